package dev.pillars.persistence.spi;

import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;

/**
 * The calibration sessions of one tenant, each with its version: the proposed ratings, the
 * calibrators, their notes and every adjustment applied.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. A session's id
 * is {@link CalibrationSession#id()}. A store keeps a session whole and gives it back equal to what
 * was written, its adjustments and notes in their order; it does not check who may read the notes
 * (the engine's access policy does).
 */
public interface CalibrationSessionRepository extends AggregateRepository<CalibrationSessionId, CalibrationSession> {}
