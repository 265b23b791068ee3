package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.MeasurementCorrected;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** KPIs through the engine: a goal measured before its KPI is defined, corrections, series, unknown KPIs. */
class KpiChecksTest extends EngineTestBase {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 23);

  /** A clock that moves on, so a correction is recorded after the value it corrects. */
  @Override
  Pillars.Builder configure(Pillars.Builder builder) {
    return builder.clock(new TickingClock(EngineFixture.CLOCK.instant()));
  }

  @Test
  void aGoalIsScoredOnceItsKpiIsDefinedAndCorrectionsMoveTheScore() {
    as(HR).goals().create(EngineFixture.anaGoal());
    as(HR).goals().activate(ANA_GOAL);
    assertThat(as(HR).scores().of(ANA_GOAL)).isEmpty();

    as(HR).kpis().define(EngineFixture.defectRate());
    as(FEED).kpis().record(DEFECTS, DAY, 3.0);
    assertThat(as(HR).scores().of(ANA_GOAL).orElseThrow().value()).isCloseTo(0.5, within(1e-12));

    as(FEED).kpis().correct(DEFECTS, DAY, 2.0);
    assertThat(as(HR).scores().of(ANA_GOAL).orElseThrow().value()).isCloseTo(1.0, within(1e-12));
    assertThat(as(Actor.person(ANA)).kpis().series(DEFECTS).latest().orElseThrow().value()).isEqualTo(2.0);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).endsWith(MeasurementCorrected.class);
  }

  @Test
  void anUnknownKpiIsNamedAndRecordingTakesTheRight() {
    as(HR).kpis().define(EngineFixture.defectRate());
    KpiId none = KpiId.of("none");
    assertThatThrownBy(() -> as(FEED).kpis().record(none, DAY, 1.0))
        .isInstanceOf(UnknownReferenceException.class).hasMessage("kpi was none: must name a KPI the tenant has defined");
    assertThatThrownBy(() -> as(HR).kpis().series(none))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("kpi was none");
    assertThatThrownBy(() -> as(Actor.person(ANA)).kpis().record(DEFECTS, DAY, 1.0))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("RECORD_MEASUREMENT");
    assertThatThrownBy(() -> as(Actor.person(ANA)).kpis().define(EngineFixture.defectRate()))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("DEFINE_KPI");
    assertThat(as(HR).kpis().series(DEFECTS).isEmpty()).isTrue();
  }
}
