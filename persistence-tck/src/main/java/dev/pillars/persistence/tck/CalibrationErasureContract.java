package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Erasure reaches calibration sessions: ids pseudonymised everywhere, the person's notes removed. */
public abstract class CalibrationErasureContract extends TenantContract {
  /** Creates the contract. */
  protected CalibrationErasureContract() {}

  @Test
  @DisplayName("erasing a person pseudonymises every session naming them and removes their notes")
  void erasurePseudonymisesSessions() {
    TenantStore tenant = newTenant();
    CalibrationSession session = TckCalibration.session(CalibrationSessionId.of("s-0"), 3);
    CalibrationSession other = TckCalibration.session(CalibrationSessionId.of("s-1"), 5);
    EmployeeId calibrator = session.notes().get(0).author();
    EmployeeId rated = session.proposed().get(0).employee();
    tenant.runInTransaction(work -> {
      work.calibrationSessions().insert(session);
      work.calibrationSessions().insert(other);
    });
    EmployeeId pseudonym = EmployeeId.of("erased-c41");

    ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(calibrator, pseudonym));

    Versioned<CalibrationSession> stored = tenant.calibrationSessions().find(session.id()).orElseThrow();
    assertThat(stored).isEqualTo(Versioned.of(session.pseudonymised(calibrator, pseudonym), 2));
    assertThat(stored.value().names(calibrator)).isFalse();
    assertThat(stored.value().notes()).isEmpty();
    assertThat(report.pseudonymised()).isGreaterThanOrEqualTo(1);
    assertThat(report.redacted()).isEqualTo(session.notes().size());
    assertThat(tenant.calibrationSessions().find(other.id()).orElseThrow().value().names(calibrator))
        .isFalse();
    tenant.runInTransaction(work -> work.personalData().erase(rated, EmployeeId.of("erased-c42")));
    assertThat(tenant.calibrationSessions().find(session.id()).orElseThrow().value().level(EmployeeId.of("erased-c42")))
        .isEqualTo(session.level(rated));
  }
}
