/**
 * Peer recognition tied to company values: a {@link dev.pillars.core.recognition.Recognition} from
 * one giver to one or many receivers, with a message, a {@link
 * dev.pillars.core.recognition.Visibility} and an optional points award; the giver's {@link
 * dev.pillars.core.recognition.PointsBudget} for a period, which no award may overspend; and the
 * {@link dev.pillars.core.recognition.RecognitionReach reach} of recognition in a period, per
 * unit, with its inequality as a {@link dev.pillars.core.recognition.Gini Gini coefficient}.
 *
 * <p>Every change returns a {@link dev.pillars.core.event.Change} with a {@link
 * dev.pillars.core.recognition.RecognitionEvent} or a {@link
 * dev.pillars.core.recognition.PointsBudgetEvent}; bad input fails with an {@link
 * dev.pillars.core.InvalidInputException} and changes nothing.
 *
 * <p>A points budget is a versioned aggregate: two units of work that spend its last points at the
 * same time both read the same version, and the store lets only one of them write it, so a budget
 * is never overspent however many awards race for it.
 */
@NullMarked
package dev.pillars.core.recognition;

import org.jspecify.annotations.NullMarked;
