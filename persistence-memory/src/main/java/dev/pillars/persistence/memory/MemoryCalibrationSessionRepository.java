package dev.pillars.persistence.memory;

import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.persistence.spi.CalibrationSessionRepository;
import org.jspecify.annotations.Nullable;

/** The calibration sessions of one tenant, kept whole as immutable values. */
final class MemoryCalibrationSessionRepository extends MemoryRepository<CalibrationSessionId, CalibrationSession>
    implements CalibrationSessionRepository {
  MemoryCalibrationSessionRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.CALIBRATION_SESSIONS, "CalibrationSessionRepository");
  }
}
