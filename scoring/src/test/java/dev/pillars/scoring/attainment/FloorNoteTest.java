package dev.pillars.scoring.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.kpi.KpiTarget;
import org.junit.jupiter.api.Test;

/** Linear attainment notes a raw attainment below its floor, and not one on it. */
class FloorNoteTest {
  @Test
  void onTheFloorIsNotBelowIt() {
    KpiTarget target = KpiTarget.of(10, 20);
    assertThat(AttainmentStrategy.linear().attainment(10, target).receipt().notes()).isEmpty();
    assertThat(AttainmentStrategy.linear().attainment(10, target).value()).isZero();
    assertThat(AttainmentStrategy.linear().attainment(9, target).receipt().notes()).containsExactly("below the floor 0.0");
  }
}
