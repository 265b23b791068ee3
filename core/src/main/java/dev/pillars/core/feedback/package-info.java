/**
 * Continuous feedback: {@link dev.pillars.core.feedback.Feedback} of every kind (praise,
 * constructive, requested, 360, upward) with its visibility, anonymity, link to a goal, competency
 * or company value and ratings; {@link dev.pillars.core.feedback.FeedbackRequest}s with their
 * respondents, questions, due dates and reminders; and {@link
 * dev.pillars.core.feedback.ThreeSixtyRound}s, whose anonymous rater groups are shown under the
 * rule of {@link dev.pillars.core.anonymity}.
 */
@NullMarked
package dev.pillars.core.feedback;

import org.jspecify.annotations.NullMarked;
