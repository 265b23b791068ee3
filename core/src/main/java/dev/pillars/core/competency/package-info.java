/**
 * Competencies and competency models: the skills and behaviours an organisation names (feedback,
 * reviews and development plans refer to them by {@link dev.pillars.core.competency.CompetencyId}),
 * their proficiency levels with behavioural descriptions, and the levels each role or grade
 * requires.
 *
 * <p>A {@link dev.pillars.core.competency.CompetencyModel} is versioned by revision ({@link
 * dev.pillars.core.competency.ModelRevision}): a change is a new revision, and assessments keep
 * the revision they were taken against. Every type is null-marked.
 */
@NullMarked
package dev.pillars.core.competency;

import org.jspecify.annotations.NullMarked;
