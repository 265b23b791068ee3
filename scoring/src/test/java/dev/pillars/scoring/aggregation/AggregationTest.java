package dev.pillars.scoring.aggregation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AggregationTest {
  private static final Offset<Double> EPS = Offset.offset(1e-12);

  @Test
  void weightedMeanWeighsByLinkWeight() {
    Score score = AggregationStrategy.weightedMean().aggregate(List.of(
        WeightedScore.of("a", 1.0, 3), WeightedScore.of("b", 0.0, 1)));
    assertThat(score.value()).isCloseTo(0.75, EPS);
    assertThat(score.receipt().lines()).extracting(ReceiptLine::contribution).containsExactly(0.75, 0.0);
  }

  @Test
  void meanIgnoresLinkWeights() {
    Score score = AggregationStrategy.mean().aggregate(List.of(
        WeightedScore.of("a", 1.0, 3), WeightedScore.of("b", 0.0, 1)));
    assertThat(score.value()).isEqualTo(0.5);
    assertThat(score.receipt().lines()).extracting(ReceiptLine::weight).containsExactly(1.0, 1.0);
  }

  @Test
  void proportionalToTargetCountsEachTargetForItsShare() {
    Score score = AggregationStrategy.proportionalToTarget().aggregate(List.of(
        WeightedScore.of("big", 1.0, 1, 100_000),
        WeightedScore.of("mid", 0.0, 1, 20_000),
        WeightedScore.of("small", 0.0, 1, 1_000)));
    assertThat(score.value()).isCloseTo(100.0 / 121, EPS);
    assertThat(AggregationStrategy.mean().aggregate(List.of(
        WeightedScore.of("big", 1.0, 1, 100_000),
        WeightedScore.of("mid", 0.0, 1, 20_000),
        WeightedScore.of("small", 0.0, 1, 1_000))).value()).isCloseTo(1.0 / 3, EPS);
  }

  @Test
  void minimumIsGatedByTheWeakestChildWhichContributesEverything() {
    Score score = AggregationStrategy.minimum().aggregate(List.of(
        WeightedScore.of("c", 0.9), WeightedScore.of("b", 0.4), WeightedScore.of("a", 0.4)));
    assertThat(score.value()).isEqualTo(0.4);
    assertThat(score.receipt().lines()).extracting(ReceiptLine::name, ReceiptLine::contribution)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 0.4),
            org.assertj.core.groups.Tuple.tuple("b", 0.0),
            org.assertj.core.groups.Tuple.tuple("c", 0.0));
    assertThat(score.receipt().notes()).containsExactly("gated by a, the lowest child; weights do not apply");
    assertThat(score.receipt().lines()).extracting(ReceiptLine::weight).containsExactly(1.0, 0.0, 0.0);
    assertThat(score.receipt().shares()).containsExactly(
        org.assertj.core.api.Assertions.entry("a", 1.0),
        org.assertj.core.api.Assertions.entry("b", 0.0),
        org.assertj.core.api.Assertions.entry("c", 0.0));
  }

  @Test
  void okrGradesAnObjectiveAsTheMeanOfItsKeyResults() {
    Score score = AggregationStrategy.okr().aggregate(List.of(
        WeightedScore.of("kr1", 1.0), WeightedScore.of("kr2", 0.0), WeightedScore.of("kr3", 0.7)));
    assertThat(score.value()).isCloseTo(1.7 / 3, EPS);
    assertThatThrownBy(() -> AggregationStrategy.okr().aggregate(List.of(WeightedScore.of("kr1", 1.3))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("kr1.value was 1.3: must be between 0.0 and 1.0");
  }

  @Test
  void childrenAllAtOneValueGiveTheirParentExactlyThatValue() {
    Score score = AggregationStrategy.weightedMean().aggregate(List.of(
        WeightedScore.of("a", 0.7, 1), WeightedScore.of("b", 0.7, 1), WeightedScore.of("c", 0.7, 1)));
    assertThat(score.value()).isEqualTo(0.7);
  }

  @Test
  void rejectsInputsItCannotWeigh() {
    assertThatThrownBy(() -> AggregationStrategy.weightedMean().aggregate(List.of(WeightedScore.of("a", 1, 0))))
        .hasMessage("inputs was 0.0: must have a positive, finite total weight");
    assertThatThrownBy(() -> AggregationStrategy.proportionalToTarget().aggregate(List.of(WeightedScore.of("a", 1, 1, 0))))
        .hasMessageContaining("weight times target size");
    assertThatThrownBy(() -> AggregationStrategy.mean().aggregate(List.of(WeightedScore.of("a", 1), WeightedScore.of("a", 2))))
        .hasMessage("inputs was 'a': must name each child once");
    assertThatThrownBy(() -> WeightedScore.of("a", 1, -1)).hasMessage("a.weight was -1.0: must be zero or positive and finite");
    assertThatThrownBy(() -> WeightedScore.of("a", Double.NaN)).hasMessage("a.value was NaN: must be a finite number");
  }
}
