package dev.pillars.core.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rating scales: the exact levels they keep, and a rejecting test for each of their rules. */
class RatingScaleMutationTest {
  static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("poor", "weak", "good", "strong", "outstanding"));

  @Test
  void keepsItsLevelsInOrder() {
    assertThat(FIVE.values()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
    assertThat(FIVE.labels()).containsExactly("poor", "weak", "good", "strong", "outstanding");
    assertThat(FIVE.lowest()).isEqualTo(RatingLevel.of(1.0, "poor"));
    assertThat(FIVE.highest()).isEqualTo(RatingLevel.of(5.0, "outstanding"));
    assertThat(FIVE.level("strong")).contains(RatingLevel.of(4.0, "strong"));
    assertThat(FIVE.level("average")).isEmpty();
  }

  @Test
  void twoLevelsAreEnough() {
    RatingScale two = RatingScale.of(RatingLevel.of(-1.0, "no"), RatingLevel.of(0.5, "yes"));
    assertThat(two.lowest().label()).isEqualTo("no");
    assertThat(two.highest().label()).isEqualTo("yes");
  }

  @Test
  void copiesTheLevelsItIsGiven() {
    RatingLevel[] given = {RatingLevel.of(1, "a"), RatingLevel.of(2, "b")};
    List<RatingLevel> list = Arrays.asList(given);
    RatingScale scale = new RatingScale(list);
    given[0] = RatingLevel.of(0, "z");
    assertThat(scale.lowest()).isEqualTo(RatingLevel.of(1, "a"));
  }

  @Test
  void rejectsASingleLevel() {
    assertThatThrownBy(() -> RatingScale.of(RatingLevel.of(1, "only")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("levels was ")
        .hasMessageEndingWith(": must hold at least two levels");
  }

  @Test
  void rejectsARepeatedLabel() {
    assertThatThrownBy(() -> RatingScale.of(RatingLevel.of(1, "a"), RatingLevel.of(2, "b"), RatingLevel.of(3, "a")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("levels[2].label was 'a': must be unique in the scale");
  }

  @Test
  void rejectsAValueNotAboveThePrevious() {
    assertThatThrownBy(() -> RatingScale.of(RatingLevel.of(1, "a"), RatingLevel.of(2, "b"), RatingLevel.of(2, "c")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("levels[2].value was 2.0: must be above the previous level's value 2.0");
    assertThatThrownBy(() -> RatingScale.of(RatingLevel.of(3, "a"), RatingLevel.of(2, "b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("levels[1].value was 2.0: must be above the previous level's value 3.0");
  }

  @Test
  void rejectsValuesAndLabelsOfDifferentLengths() {
    assertThatThrownBy(() -> RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("a", "b")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("labels was [a, b]: must be as many as the values [1.0, 2.0, 3.0]");
  }

  @Test
  void rejectsABadLevel() {
    assertThatThrownBy(() -> RatingLevel.of(Double.NaN, "a"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("value was NaN: must be a finite number");
    assertThatThrownBy(() -> RatingLevel.of(1, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("label was ");
  }

  @Test
  void namesTheMissingLevel() {
    assertThatThrownBy(() -> new RatingScale(Arrays.asList(RatingLevel.of(1, "a"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("levels[1]");
    assertThatThrownBy(() -> RatingScale.of(Arrays.asList(1.0, null), List.of("a", "b")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("values[1]");
  }
}
