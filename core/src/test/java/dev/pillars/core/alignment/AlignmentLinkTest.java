package dev.pillars.core.alignment;

import static dev.pillars.core.alignment.Goals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlignmentLinkTest {
  @Test
  void aLinkWithoutWeightWeighsOne() {
    assertThat(AlignmentLink.of(id("a"), id("b")).weight()).isEqualTo(1.0);
    assertThat(AlignmentLink.of(id("a"), id("b"), 2.5)).hasToString("a -> b (2.5)");
  }

  @Test
  void aSelfLinkIsRejectedNamingTheGoal() {
    assertThatThrownBy(() -> AlignmentLink.of(id("g1"), id("g1"), 1.0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("parent was g1: must differ from child g1 (no self-links)");
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, -0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void aWeightThatIsNotPositiveAndFiniteIsRejected(double weight) {
    assertThatThrownBy(() -> AlignmentLink.of(id("a"), id("b"), weight))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("weight was " + weight + ": must be positive and finite");
  }

  @Test
  void nullIdsAreRejected() {
    assertThatThrownBy(() -> new AlignmentLink(null, id("b"), 1.0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("child");
    assertThatThrownBy(() -> new AlignmentLink(id("a"), null, 1.0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("parent");
  }
}
