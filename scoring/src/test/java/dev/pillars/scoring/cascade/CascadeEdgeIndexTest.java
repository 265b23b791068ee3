package dev.pillars.scoring.cascade;

import static dev.pillars.scoring.cascade.MeasuredMidGraph.GRAPH;
import static dev.pillars.scoring.cascade.MeasuredMidGraph.MID;
import static dev.pillars.scoring.cascade.MeasuredMidGraph.TOP;
import static dev.pillars.scoring.cascade.MeasuredMidGraph.X;
import static dev.pillars.scoring.cascade.MeasuredMidGraph.Y;
import static dev.pillars.scoring.cascade.UnitGoals.goal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cases at the edges of the cascade's numbering that the random properties rarely reach (found by
 * mutation testing): the goal at the first index above the leaves taking an own value under a
 * blend, a leaf other than the first whose supplied bit a failed update must put back, a goal with
 * children at that index among a parent's children under {@link MissingScorePolicy#ZERO}, weights
 * large enough that the shares are summed scaled, and an overflowing target size on a child other
 * than the first. Most cases use {@link MeasuredMidGraph}.
 */
class CascadeEdgeIndexTest {
  @Test
  void aBlendAtTheFirstIndexAboveTheLeavesComparesItsOwnValueNotItsScore() {
    Cascade cascade = Cascade.builder(GRAPH).measuredParent(MID, MeasuredParentRule.blend(0.5)).build();
    assertThat(cascade.indexOf(MID)).isEqualTo(cascade.leafCount());
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(X, 0.5).set(Y, 0.5).set(MID, 0.1));
    assertThat(result.score(MID)).hasValue(0.5 * 0.1 + 0.5 * 0.5);
    // the new own value equals mid's current score (and its copy at its link), not its own value
    assertThat(result.update(MID, 0.5 * 0.1 + 0.5 * 0.5)).isEqualTo(2);
    LeafValues same = cascade.leafValues().set(X, 0.5).set(Y, 0.5).set(MID, 0.5 * 0.1 + 0.5 * 0.5);
    assertThat(result.scores()).isEqualTo(cascade.rollUp(same).scores());
    LinkedScores.assertAgree(result);
  }

  @Test
  void aRejectedOwnValueAtTheFirstIndexAboveTheLeavesLeavesEveryCopyAsItWas() {
    Cascade cascade = Cascade.builder(GRAPH)
        .measuredParent(MID, MeasuredParentRule.blend(0.5)).strategy(TOP, AggregationStrategy.okr()).build();
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(X, 0.5).set(Y, 0.5).set(MID, 0.1));
    Map<GoalId, Double> before = result.scores();
    assertThatThrownBy(() -> result.update(MID, 3.0)).isInstanceOf(InvalidInputException.class);
    assertThat(result.scores()).isEqualTo(before);
    assertThat(result.valueAt(cascade.indexOf(MID))).isEqualTo(0.1);
    LinkedScores.assertAgree(result);
  }

  @Test
  void aFailedUpdateOfALaterLeafUnderZeroKeepsWhetherItsValueWasSupplied() {
    Cascade cascade = Cascade.builder(GRAPH)
        .missingScores(MissingScorePolicy.ZERO).strategy(TOP, AggregationStrategy.okr()).build();
    int later = Math.max(cascade.indexOf(X), cascade.indexOf(Y));
    GoalId leaf = cascade.goalAt(later);
    assertThat(later).isPositive();
    CascadeResult supplied = cascade.rollUp(cascade.leafValues().set(leaf, 0.5));
    assertThatThrownBy(() -> supplied.update(leaf, 3.0)).isInstanceOf(InvalidInputException.class);
    assertThat(supplied.hasLeafValue(leaf)).isTrue();
    CascadeResult missing = cascade.rollUp(cascade.leafValues());
    assertThatThrownBy(() -> missing.update(leaf, 3.0)).isInstanceOf(InvalidInputException.class);
    assertThat(missing.hasLeafValue(leaf)).isFalse();
    assertThat(missing.score(leaf)).hasValue(0.0);
  }

  @Test
  void underZeroAReceiptNamesOnlyLeavesWithoutValuesAsCountedAsZero() {
    Cascade cascade = Cascade.builder(GRAPH).missingScores(MissingScorePolicy.ZERO).build();
    assertThat(cascade.indexOf(MID)).isEqualTo(cascade.leafCount());
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(X, 0.5));
    assertThat(result.receipt(TOP).orElseThrow().notes())
        .anySatisfy(note -> assertThat(note).startsWith("y has no leaf value"))
        .noneSatisfy(note -> assertThat(note).contains("mid"));
  }

  @Test
  void weightsFromTwoToThe990UpGiveTheStrategysMeanBitForBit() {
    AlignmentGraph graph = AlignmentGraph.builder()
        .addGoal(goal(TOP, GoalMeasure.derived())).addGoal(goal(X, GoalMeasure.manual(0))).addGoal(goal(Y, GoalMeasure.manual(0)))
        .addLink(X, TOP, 6e307).addLink(Y, TOP, 1.2e308).build();
    Cascade cascade = Cascade.of(graph);
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(X, 0.2).set(Y, 0.6));
    double expected = AggregationStrategy.weightedMean().aggregate(List.of(
        new WeightedScore("x", 0.2, 6e307, 1), new WeightedScore("y", 0.6, 1.2e308, 1))).receipt().unroundedValue();
    assertThat(result.score(TOP)).hasValue(expected);
    assertThat(expected).isBetween(0.46, 0.47); // 0.2 / 3 + 0.6 * 2 / 3; the weights overflow unless summed scaled
  }

  @Test
  void anOverflowingTargetSizeIsNamedWithItsChildAndWeight() {
    AlignmentGraph graph = AlignmentGraph.builder()
        .addGoal(goal(TOP, GoalMeasure.derived())).addGoal(goal(X, GoalMeasure.manual(0))).addGoal(goal(Y, GoalMeasure.manual(0)))
        .addLink(X, TOP, 1).addLink(Y, TOP, 4).build();
    Cascade.Builder builder = Cascade.builder(graph)
        .defaultStrategy(AggregationStrategy.proportionalToTarget()).targetSize(Y, 1e308);
    assertThatThrownBy(builder::build)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("targetSize was 1.0E308: times the link weight 4.0 of y -> top must be finite");
  }

  @Test
  void goalsThatDoNotBlendTakeNoOwnValueSoRejectingMissingScoresDoesNotReachThem() {
    Cascade cascade = Cascade.builder(GRAPH)
        .measuredParent(MID, MeasuredParentRule.blend(0.5)).missingScores(MissingScorePolicy.REJECT).build();
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(X, 0.5).set(Y, 0.25).set(MID, 0.1));
    assertThat(result.score(TOP)).hasValue(((0.5 * 0.1 + 0.5 * 0.5) + 0.25) / 2);
  }

  @Test
  void aLeafValueForAGoalWithChildrenAboveTheFirstIsRefusedCountingItsOwnChildren() {
    Cascade cascade = Cascade.of(GRAPH);
    assertThat(cascade.indexOf(TOP)).isGreaterThan(cascade.leafCount());
    assertThatThrownBy(() -> cascade.leafValues().set(TOP, 0.5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("to take a leaf value; its score is rolled up from its 2 counted children");
  }

  @Test
  void goalProgressWithoutBlendsFillsOnlyTheLeavesNotAMeasuredGoalWithChildren() {
    Cascade cascade = Cascade.of(GRAPH);
    assertThat(cascade.indexOf(MID)).isEqualTo(cascade.leafCount());
    LeafValues values = cascade.leafValues().putGoalProgress();
    assertThat(values.count()).isEqualTo(2);
    assertThat(values.get(X)).hasValue(0.5);
    assertThat(cascade.rollUp(values).score(MID)).hasValue(0.5);
  }
}
