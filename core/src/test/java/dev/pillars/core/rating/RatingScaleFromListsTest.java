package dev.pillars.core.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A scale built from its values and labels holds one level per pair, in order. */
class RatingScaleFromListsTest {
  @Test
  void aScaleFromListsPairsEachValueWithItsLabel() {
    RatingScale scale = RatingScale.of(List.of(1.0, 2.5, 4.0), List.of("below", "meets", "exceeds"));
    assertThat(scale.levels()).containsExactly(RatingLevel.of(1.0, "below"), RatingLevel.of(2.5, "meets"), RatingLevel.of(4.0, "exceeds"));
  }
}
