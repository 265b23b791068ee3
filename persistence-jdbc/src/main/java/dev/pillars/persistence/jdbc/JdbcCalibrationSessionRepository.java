package dev.pillars.persistence.jdbc;

import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.persistence.spi.CalibrationSessionRepository;

/** The calibration sessions of one tenant, one row each. */
final class JdbcCalibrationSessionRepository extends JdbcRepository<CalibrationSessionId, CalibrationSession>
    implements CalibrationSessionRepository {
  JdbcCalibrationSessionRepository(Session session) {
    super(session, session.jdbc().calibrationSessions);
  }
}
