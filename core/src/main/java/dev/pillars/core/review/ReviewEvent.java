package dev.pillars.core.review;

import dev.pillars.core.event.DomainEvent;

/**
 * A change to a review template, cycle or review. The set is closed, so a host can handle every
 * kind; {@link #aggregateId()} is the template's, cycle's or review's id.
 */
public sealed interface ReviewEvent extends DomainEvent
    permits TemplateDefined,
        CycleCreated,
        ParticipantsEnrolled,
        CyclePhaseChanged,
        ReviewAssigned,
        ReviewDrafted,
        ReviewSubmitted,
        ReviewAmended,
        ReviewAcknowledged {}
