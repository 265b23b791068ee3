package dev.pillars.core.reward;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A merit matrix whose last band stops names that band, by its index, in the refusal. */
class MeritMatrixBandsTest {
  @Test
  void aLastBandThatStopsIsNamedByItsIndex() {
    assertThatThrownBy(() -> MeritMatrixTest.matrix(List.of(CompaRatioBand.of(0, 9_000), CompaRatioBand.of(9_000, 20_000))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("bands[1] was [0.9, 2): must be open above so the bands cover the axis");
  }
}
