/**
 * Competencies: the skills and behaviours an organisation names, which feedback, reviews and
 * development plans refer to by {@link dev.pillars.core.competency.CompetencyId}.
 */
@NullMarked
package dev.pillars.core.competency;

import org.jspecify.annotations.NullMarked;
