/**
 * Review cycles: templates, cycles and reviews by role.
 *
 * <ul>
 *   <li>{@link dev.pillars.core.review.ReviewTemplate}: the components and their weights, the
 *       rating scale, the composite strategy stored by name ({@link
 *       dev.pillars.core.review.CompositeRule}, resolved by scoring), the {@link
 *       dev.pillars.core.review.MissingComponentPolicy}, and the roles asked with their questions.
 *   <li>{@link dev.pillars.core.review.ReviewCycle}: a period, a template, participants, due dates
 *       and the {@link dev.pillars.core.review.ReviewPhase} with guarded transitions, read from a
 *       {@link dev.pillars.core.review.CycleStatus}; HR's overrides are kept with their reasons.
 *   <li>{@link dev.pillars.core.review.Review}: one author's review of one person in a {@link
 *       dev.pillars.core.review.ReviewRole}, its draft, and its {@link
 *       dev.pillars.core.review.ReviewRevision}s: the submitted snapshot and every amendment, so
 *       any past state can be read back.
 *   <li>{@link dev.pillars.core.review.ProposedRating}: the manager ratings calibration reads.
 * </ul>
 *
 * <p>Every change returns a {@code Change} with a {@link dev.pillars.core.review.ReviewEvent}.
 * Every type is null-marked.
 */
@NullMarked
package dev.pillars.core.review;

import org.jspecify.annotations.NullMarked;
