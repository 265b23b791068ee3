package dev.pillars.persistence.spi;

import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;

/**
 * The feedback requests of one tenant, each with its version. Everything {@link
 * AggregateRepository} says holds here; a request's id is {@link FeedbackRequest#id()}.
 */
public interface FeedbackRequestRepository extends AggregateRepository<FeedbackRequestId, FeedbackRequest> {}
