package dev.pillars.scoring.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import org.junit.jupiter.api.Test;

/** A calibration input's builder prints how many ratings it holds and on which scale. */
class CalibrationInputBuilderTextTest {
  @Test
  void theBuilderPrintsItsCountAndScale() {
    CalibrationInput.Builder builder = CalibrationInput.builder(CalibrationGens.THREE, 2);
    assertThat(builder).hasToString("CalibrationInput.Builder[0 ratings on [below, meets, above]]");
    builder.add(EmployeeId.of("a"), EmployeeId.of("m"), 1, OrgUnitId.of("u"), "G1");
    assertThat(builder).hasToString("CalibrationInput.Builder[1 ratings on [below, meets, above]]");
  }
}
