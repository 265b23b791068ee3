/**
 * The continuous feedback workflows: feedback of every kind ({@link
 * dev.pillars.engine.feedback.FeedbackService}), feedback requests ({@link
 * dev.pillars.engine.feedback.FeedbackRequestService}), 360 rounds ({@link
 * dev.pillars.engine.feedback.ThreeSixtyService}), 1:1s ({@link
 * dev.pillars.engine.feedback.OneOnOneService}), pulse surveys ({@link
 * dev.pillars.engine.feedback.SurveyService}) and cadence ({@link
 * dev.pillars.engine.feedback.CadenceService}).
 *
 * <h2>Anonymity</h2>
 *
 * <p>Anonymous feedback, 360 answers and survey responses are written so that nothing but the
 * giver learns who gave them: their events are published with the actor {@value
 * dev.pillars.engine.internal.Outcome#ANONYMOUS_ACTOR} (and carry no giver themselves), an
 * exception they raise names "the caller" instead of the giver, no log line names them, and every
 * read returns a {@link dev.pillars.engine.feedback.FeedbackEntry} whose giver is shown only to
 * the giver. Aggregates follow the rule of {@link dev.pillars.core.anonymity}: at least {@code k}
 * responses per shown group, no differencing against the total, and results only after the round
 * or survey has closed. Answers to a feedback request are never anonymous: the request's status per
 * respondent would name their giver.
 */
@NullMarked
package dev.pillars.engine.feedback;

import org.jspecify.annotations.NullMarked;
