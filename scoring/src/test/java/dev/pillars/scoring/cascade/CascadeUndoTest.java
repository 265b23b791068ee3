package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An update that a strategy rejects high up the cascade, after the goals below it were already
 * recomputed, puts every score back: the undo log, not only the leaf.
 */
class CascadeUndoTest {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private static Goal unit(String id) {
    return Goal.builder().id(GoalId.of(id)).title(id).owner(GoalOwner.unit(OrgUnitId.of(id)))
        .level(GoalLevel.UNIT).period(YEAR).measure(GoalMeasure.derived()).status(GoalStatus.ACTIVE).build();
  }

  private static Goal person(String id) {
    return Goal.builder().id(GoalId.of(id)).title(id).owner(GoalOwner.employee(EmployeeId.of(id)))
        .level(GoalLevel.INDIVIDUAL).period(YEAR).measure(GoalMeasure.manual(0.5)).status(GoalStatus.ACTIVE).build();
  }

  /** A chain leaf -> g1 -> ... -> g{depth} -> top, each link of weight 1. */
  private static AlignmentGraph chain(int depth) {
    AlignmentGraph.Builder graph = AlignmentGraph.builder().addGoal(person("leaf")).addGoal(unit("top"));
    String below = "leaf";
    for (int i = 1; i <= depth; i++) {
      graph.addGoal(unit("g" + i)).addLink(GoalId.of(below), GoalId.of("g" + i), 1);
      below = "g" + i;
    }
    return graph.addLink(GoalId.of(below), GoalId.of("top"), 1).build();
  }

  @Test
  void aRejectionTwoLevelsUpRestoresTheGoalsBetween() {
    Cascade cascade = Cascade.builder(chain(2)).strategy(GoalId.of("top"), new AtMost(0.6)).build();
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(GoalId.of("leaf"), 0.5));
    Map<GoalId, Double> before = result.scores();
    assertThat(before).containsEntry(GoalId.of("g1"), 0.5).containsEntry(GoalId.of("g2"), 0.5);

    assertThatThrownBy(() -> result.update(GoalId.of("leaf"), 0.9))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 0.6");
    assertThat(result.scores()).isEqualTo(before);
    LinkedScores.assertAgree(result);

    assertThat(result.update(GoalId.of("leaf"), 0.55)).isEqualTo(3);
    assertThat(result.scores()).containsEntry(GoalId.of("g2"), 0.55).containsEntry(GoalId.of("top"), 0.55);
  }

  @Test
  void aRejectionAtTheTopOfALongChainRestoresEveryGoalOnTheWay() {
    int depth = 150; // more goals than the undo log first holds
    Cascade cascade = Cascade.builder(chain(depth)).strategy(GoalId.of("top"), new AtMost(0.6)).build();
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(GoalId.of("leaf"), 0.5));
    Map<GoalId, Double> before = result.scores();
    long footprint = result.footprintBytes();

    assertThatThrownBy(() -> result.update(GoalId.of("leaf"), 0.9)).isInstanceOf(InvalidInputException.class);
    assertThat(result.scores()).isEqualTo(before);
    assertThat(result.footprintBytes()).isGreaterThan(footprint);
    LinkedScores.assertAgree(result);

    assertThat(result.update(GoalId.of("leaf"), 0.4)).isEqualTo(depth + 1);
    assertThat(result.scores()).isEqualTo(cascade.rollUp(cascade.leafValues().set(GoalId.of("leaf"), 0.4)).scores());
  }

  @Test
  void aRejectionAboveALeafWithTwoParentsRestoresTheCopiesOfItsScoreAtBothLinks() {
    // leaf -> a -> top, leaf -> b -> top, and a sibling under a: the update reaches top twice
    AlignmentGraph graph = AlignmentGraph.builder()
        .addGoal(person("leaf")).addGoal(person("sibling")).addGoal(unit("a")).addGoal(unit("b")).addGoal(unit("top"))
        .addLink(GoalId.of("leaf"), GoalId.of("a"), 1).addLink(GoalId.of("sibling"), GoalId.of("a"), 1)
        .addLink(GoalId.of("leaf"), GoalId.of("b"), 2).addLink(GoalId.of("a"), GoalId.of("top"), 1)
        .addLink(GoalId.of("b"), GoalId.of("top"), 1).build();
    Cascade cascade = Cascade.builder(graph).strategy(GoalId.of("top"), new AtMost(0.6)).build();
    CascadeResult result = cascade.rollUp(
        cascade.leafValues().set(GoalId.of("leaf"), 0.5).set(GoalId.of("sibling"), 0.25));
    Map<GoalId, Double> before = result.scores();

    assertThatThrownBy(() -> result.update(GoalId.of("leaf"), 0.9)).isInstanceOf(InvalidInputException.class);
    assertThat(result.scores()).isEqualTo(before);
    LinkedScores.assertAgree(result);

    assertThat(result.update(GoalId.of("leaf"), 0.55)).isEqualTo(3);
    LinkedScores.assertAgree(result);
    assertThat(result.scores()).isEqualTo(cascade.rollUp(
        cascade.leafValues().set(GoalId.of("leaf"), 0.55).set(GoalId.of("sibling"), 0.25)).scores());
  }

  @Test
  void theBuilderTakesEachSettingOnceAndOnlyForGoalsOfTheGraph() {
    AlignmentGraph graph = chain(1);
    GoalId nowhere = GoalId.of("nowhere");
    assertThatThrownBy(() -> Cascade.builder(graph).strategy(nowhere, AggregationStrategy.mean()))
        .isInstanceOf(dev.pillars.core.UnknownReferenceException.class).hasMessageContaining("nowhere");
    assertThatThrownBy(() -> Cascade.builder(graph).targetSize(nowhere, 1))
        .isInstanceOf(dev.pillars.core.UnknownReferenceException.class).hasMessageContaining("nowhere");
    assertThatThrownBy(() -> Cascade.builder(graph).targetSize(GoalId.of("leaf"), 1).targetSize(GoalId.of("leaf"), 2))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must have its target size set once");
    assertThatThrownBy(() -> Cascade.builder(graph).missingScores(MissingScorePolicy.ZERO).missingScores(MissingScorePolicy.ZERO))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be set once");
    assertThatThrownBy(() -> Cascade.builder(graph).leafRange(dev.pillars.scoring.Scale.FRACTION).leafRange(dev.pillars.scoring.Scale.FRACTION))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be set once");
    Cascade cascade = Cascade.builder(graph).targetSize(GoalId.of("leaf"), 40).missingScores(MissingScorePolicy.ZERO).build();
    assertThat(cascade.targetSize(GoalId.of("leaf"))).isEqualTo(40.0);
    assertThat(cascade.missingScores()).isEqualTo(MissingScorePolicy.ZERO);
    CascadeResult result = cascade.rollUp(cascade.leafValues());
    assertThat(result.hasLeafValue(GoalId.of("leaf"))).isFalse();
    assertThat(result.score(GoalId.of("top"))).hasValue(0.0);
    assertThat(result.update(GoalId.of("leaf"), 0.0)).isZero(); // same score, now supplied
    assertThat(result.hasLeafValue(GoalId.of("leaf"))).isTrue();
    assertThat(result.clear(GoalId.of("leaf"))).isZero();
    assertThat(result.hasLeafValue(GoalId.of("leaf"))).isFalse();
    result.update(GoalId.of("leaf"), 0.5);
    assertThat(result.clear(GoalId.of("leaf"))).isEqualTo(2);
  }

  @Test
  void leafValuesListTheFirstFortyLeavesAndCountTheRest() {
    AlignmentGraph.Builder graph = AlignmentGraph.builder().addGoal(unit("top"));
    for (int i = 0; i < 42; i++) {
      graph.addGoal(person("e" + (100 + i))).addLink(GoalId.of("e" + (100 + i)), GoalId.of("top"), 1);
    }
    Cascade cascade = Cascade.of(graph.build());
    LeafValues values = cascade.leafValues().set(cascade.goalAt(0), 0.25);
    assertThat(values.toString())
        .startsWith("LeafValues[" + cascade.goalAt(0) + "=0.25, " + cascade.goalAt(1) + "=none, ")
        .endsWith(", " + cascade.goalAt(39) + "=none, and 2 more]")
        .doesNotContain(cascade.goalAt(40) + "=");
    Cascade small = Cascade.of(chain(1));
    assertThat(small.leafValues().set(GoalId.of("leaf"), 1.0)).hasToString("LeafValues[leaf=1.0]");
  }

  /** The weighted mean, refusing any child above a limit: a custom strategy's own rule. */
  private static final class AtMost implements AggregationStrategy {
    private final double limit;

    AtMost(double limit) {
      this.limit = limit;
    }

    @Override
    public StrategyConfig config() {
      return StrategyConfig.of("at-most").with("limit", limit);
    }

    @Override
    public Score aggregate(List<WeightedScore> inputs) {
      for (WeightedScore in : inputs) {
        if (in.value() > limit) {
          throw new InvalidInputException(in.name() + ".value", in.value(), "must be at most " + limit);
        }
      }
      return AggregationStrategy.weightedMean().aggregate(inputs);
    }
  }
}
