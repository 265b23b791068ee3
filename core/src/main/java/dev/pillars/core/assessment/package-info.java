/**
 * Competency assessments and gaps: assessments by the person, their manager or an assessor on a
 * model revision's levels with evidence ({@link dev.pillars.core.assessment.Assessment}), and the
 * {@link dev.pillars.core.assessment.GapAnalysis} that reads them into each person's gap (required
 * minus assessed, with a declared {@link dev.pillars.core.assessment.DisagreementRule}), a team's
 * or unit's largest gaps with how many share them, and the trend between two analyses.
 *
 * <p>An assessment is a plain input (assessor role, level, evidence), so that other sources, such
 * as a review's competency ratings, can be recorded as assessments. Every type is null-marked.
 */
@NullMarked
package dev.pillars.core.assessment;

import org.jspecify.annotations.NullMarked;
