/**
 * The development and coaching workflows: {@link dev.pillars.engine.development.CompetencyService}
 * (competency models, assessments, gaps), {@link
 * dev.pillars.engine.development.DevelopmentService} (plans, coaching, the leadership view) and
 * {@link dev.pillars.engine.development.SuccessionService} (succession plans and the pipeline).
 * Hosts reach them from {@code Session}. Every type is null-marked.
 */
@NullMarked
package dev.pillars.engine.development;

import org.jspecify.annotations.NullMarked;
