package dev.pillars.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.InvalidInputException;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class AttainmentTest {
  private static final KpiDefinition DEFECT_RATE =
      KpiDefinition.builder()
          .id(KpiId.of("defect-rate"))
          .name("Defect rate")
          .unit("%")
          .direction(Direction.LOWER_IS_BETTER)
          .aggregation(Aggregation.MEAN)
          .frequency(Frequency.WEEKLY)
          .build();

  @Test
  void higherIsBetterIsLinearFromBaselineToTarget() {
    KpiTarget target = KpiTarget.of(100, 120);
    assertThat(Attainment.of(target, 110)).isEqualTo(0.5);
    assertThat(Attainment.of(target, 130)).isEqualTo(1.5);
    assertThat(Attainment.of(target, 90)).isEqualTo(0.0);
    assertThat(Attainment.raw(target, 90)).isEqualTo(-0.5);
  }

  @Test
  void lowerIsBetterIsMirrored() {
    KpiTarget target = KpiTarget.of(5.0, 3.5);
    assertThat(Attainment.of(target, 4.25)).isCloseTo(0.5, within(1e-12));
    assertThat(Attainment.of(target, 3.5)).isEqualTo(1.0);
    assertThat(Attainment.of(target, 3.0)).isCloseTo(4.0 / 3, within(1e-12));
    assertThat(Attainment.of(target, 6.0)).isEqualTo(0.0);
  }

  @Test
  void withinRangeIsOneInsideTheBandAndFallsToZeroAtTheBaselineDistance() {
    KpiTarget target = KpiTarget.within(20, 24, 28);
    assertThat(target.direction()).isEqualTo(Direction.WITHIN_RANGE);
    assertThat(target.target()).isEqualTo(22.0);
    assertThat(Attainment.of(target, 21)).isEqualTo(1.0);
    assertThat(Attainment.of(target, 24)).isEqualTo(1.0);
    assertThat(Attainment.of(target, 26)).isEqualTo(0.5);
    assertThat(Attainment.of(target, 18)).isEqualTo(0.5);
    assertThat(Attainment.of(target, 16)).isEqualTo(0.0);
    assertThat(Attainment.raw(target, 14)).isEqualTo(-0.5);
    assertThat(Attainment.of(target, 14)).isEqualTo(0.0);
  }

  @Test
  void theDefaultPolicyFloorsAtZeroAndDoesNotCap() {
    assertThat(AttainmentPolicy.standard()).isEqualTo(new AttainmentPolicy(true, OptionalDouble.empty()));
    assertThat(AttainmentPolicy.standard().apply(-0.3)).isEqualTo(0.0);
    assertThat(AttainmentPolicy.standard().apply(1.7)).isEqualTo(1.7);
    assertThat(AttainmentPolicy.cappedAt(1.2).apply(1.7)).isEqualTo(1.2);
    assertThat(AttainmentPolicy.cappedAtOne().withoutFloor().apply(-0.3)).isEqualTo(-0.3);
    assertThat(AttainmentPolicy.uncapped().withFloorAtZero()).isEqualTo(AttainmentPolicy.standard());
  }

  @Test
  void aCapBelowOneOrNotFiniteIsRejected() {
    assertThatThrownBy(() -> AttainmentPolicy.cappedAt(0.9))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("cap was 0.9: must be a finite number of at least 1, so that reaching the target scores 1");
    assertThatThrownBy(() -> AttainmentPolicy.cappedAt(Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AttainmentPolicy.standard().apply(Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("attainment was NaN");
  }

  @Test
  void aValueThatIsNotFiniteIsRejected() {
    KpiTarget target = KpiTarget.of(0, 1);
    assertThatThrownBy(() -> Attainment.of(target, Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("value was NaN: must be a finite number");
    assertThatThrownBy(() -> Attainment.of(target, Double.NEGATIVE_INFINITY))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Attainment.raw(KpiTarget.of(-1e308, -0.5e308), 1.7e308))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must lie within a finite distance of baseline");
  }

  @Test
  void aTargetPointingTheOtherWayThanItsKpiIsRejected() {
    KpiTarget upwards = KpiTarget.of(3.5, 5.0);
    assertThatThrownBy(() -> Attainment.of(DEFECT_RATE, upwards, 4.0, AttainmentPolicy.standard()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be LOWER_IS_BETTER like KPI defect-rate, but its numbers make it HIGHER_IS_BETTER");
    assertThat(Attainment.of(DEFECT_RATE, KpiTarget.of(5.0, 3.5), 3.5, AttainmentPolicy.standard())).isEqualTo(1.0);
  }
}
