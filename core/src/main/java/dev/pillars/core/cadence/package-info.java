/**
 * Cadence analytics: how often people receive and give feedback and meet their manager, and, per
 * manager, the share of reports left without feedback or a 1:1, computed by {@link
 * dev.pillars.core.cadence.CadenceReport} from {@link dev.pillars.core.cadence.FeedbackFact}s and
 * {@link dev.pillars.core.cadence.MeetingFact}s.
 */
@NullMarked
package dev.pillars.core.cadence;

import org.jspecify.annotations.NullMarked;
