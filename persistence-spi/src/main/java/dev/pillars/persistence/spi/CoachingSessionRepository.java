package dev.pillars.persistence.spi;

import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.coaching.CoachingSession;

/**
 * The coaching sessions of one tenant, each with its version; a session's id is {@link
 * CoachingSession#id()}.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The
 * development pillar's erasure rule is in {@link PersonalDataRepository}.
 */
public interface CoachingSessionRepository extends AggregateRepository<CoachingSessionId, CoachingSession> {}
