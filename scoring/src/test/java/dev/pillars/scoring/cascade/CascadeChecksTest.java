package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cascade's public checks: settings for goals the graph does not hold, settings made twice, a
 * null status, leaf indices out of range or naming a goal scored from its children; a failed update
 * leaves whether a value was supplied as it was; a leaf under many parents updates them all; and
 * the footprint counts the arrays that missing scores counted as 0 and blends add.
 *
 * <pre>
 * top (kpi measure) <- a (1), b (1)
 * </pre>
 */
class CascadeChecksTest {
  private static final Period QUARTER = Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
  private static final GoalId TOP = GoalId.of("top");
  private static final GoalId A = GoalId.of("a");
  private static final GoalId B = GoalId.of("b");
  private static final GoalId NOWHERE = GoalId.of("nowhere");
  private static final String UNKNOWN = "goal was nowhere: must name a goal of the cascade's alignment graph";

  private static Goal goal(GoalId id, GoalMeasure measure) {
    return Goal.builder().id(id).title("the " + id.value() + " goal").owner(GoalOwner.unit(OrgUnitId.of("u-" + id.value())))
        .level(GoalLevel.UNIT).period(QUARTER).status(GoalStatus.ACTIVE).measure(measure).build();
  }

  private static final AlignmentGraph GRAPH = AlignmentGraph.builder()
      .addGoal(goal(TOP, GoalMeasure.manual(0.2))).addGoal(goal(A, GoalMeasure.manual(0))).addGoal(goal(B, GoalMeasure.manual(0)))
      .addLink(A, TOP, 1).addLink(B, TOP, 1)
      .build();

  @Test
  void settingsForAGoalTheGraphDoesNotHoldAreRefusedNamingIt() {
    Cascade.Builder builder = Cascade.builder(GRAPH);
    assertThatThrownBy(() -> builder.strategy(NOWHERE, AggregationStrategy.mean()))
        .isInstanceOf(UnknownReferenceException.class).hasMessage(UNKNOWN);
    assertThatThrownBy(() -> builder.missingScores(NOWHERE, MissingScorePolicy.ZERO))
        .isInstanceOf(UnknownReferenceException.class).hasMessage(UNKNOWN);
    assertThatThrownBy(() -> builder.measuredParent(NOWHERE, MeasuredParentRule.ownMeasure()))
        .isInstanceOf(UnknownReferenceException.class).hasMessage(UNKNOWN);
    assertThat(builder.build().missingScores(TOP)).isEqualTo(MissingScorePolicy.EXCLUDE);
  }

  @Test
  void settingsMadeTwiceOrHoldingNullAreRefused() {
    Cascade.Builder builder = Cascade.builder(GRAPH).measuredParents(MeasuredParentRule.ownMeasure());
    assertThatThrownBy(() -> builder.measuredParents(MeasuredParentRule.children()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("measuredParents was children(): must be set once; it is already ownMeasure()");
    Set<GoalStatus> withNull = new HashSet<>();
    withNull.add(GoalStatus.ACTIVE);
    withNull.add(null);
    assertThatThrownBy(() -> builder.countedStatuses(withNull)).isInstanceOf(NullPointerException.class).hasMessage("statuses");
    assertThat(builder.build().measuredParentRule(TOP)).isEqualTo(MeasuredParentRule.ownMeasure());
  }

  @Test
  void leafIndicesOutOfRangeOrOfAGoalScoredFromItsChildrenAreRefused() {
    Cascade cascade = Cascade.of(GRAPH);
    LeafValues values = cascade.leafValues();
    assertThatThrownBy(() -> values.setAt(-1, 0.5)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("index was -1");
    assertThatThrownBy(() -> values.setAt(3, 0.5)).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("index was 3");
    int top = cascade.indexOf(TOP);
    assertThat(top).isEqualTo(cascade.leafCount());
    assertThatThrownBy(() -> values.setAt(top, 0.5)).isInstanceOf(InvalidInputException.class).hasMessage(
        "goal was top: must be a goal without children, or one scored from its own measure (MeasuredParentRule"
            + " ownMeasure() or blend), to take a leaf value; its score is rolled up from its 2 counted children");
    assertThat(values.count()).isZero();
  }

  @Test
  void aFailedUpdateLeavesTheLeafWithoutItsValue() {
    AggregationStrategy fussy = new AggregationStrategy() {
      @Override
      public StrategyConfig config() {
        return StrategyConfig.of("fussy");
      }

      @Override
      public Score aggregate(List<WeightedScore> inputs) {
        for (WeightedScore input : inputs) {
          if (input.value() > 0.9) {
            throw new InvalidInputException("score", input.value(), "must be at most 0.9 for fussy");
          }
        }
        return AggregationStrategy.mean().aggregate(inputs);
      }
    };
    Cascade cascade = Cascade.builder(GRAPH).defaultStrategy(fussy).missingScores(MissingScorePolicy.ZERO).build();
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(B, 0.5));
    assertThat(result.hasLeafValue(A)).isFalse();
    assertThatThrownBy(() -> result.update(A, 0.95)).isInstanceOf(InvalidInputException.class);
    assertThat(result.hasLeafValue(A)).isFalse();
    assertThat(result.score(A)).hasValue(0.0);
    assertThat(result.score(TOP)).hasValue(0.25);
  }

  @Test
  void aLeafUnderManyParentsUpdatesThemAll() {
    AlignmentGraph.Builder graph = AlignmentGraph.builder().addGoal(goal(A, GoalMeasure.manual(0)));
    for (int i = 0; i < 100; i++) {
      GoalId parent = GoalId.of("p" + i);
      graph.addGoal(goal(parent, GoalMeasure.derived())).addLink(A, parent, 1);
    }
    Cascade cascade = Cascade.of(graph.build());
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(A, 0.5));
    assertThat(result.update(A, 0.75)).isEqualTo(100);
    assertThat(result.scores().values()).containsOnly(0.75);
  }

  @Test
  void theFootprintCountsTheBitsOfMissingScoresCountedAsZeroAndTheOwnValuesOfBlends() {
    Cascade plain = Cascade.of(GRAPH);
    Cascade zero = Cascade.builder(GRAPH).missingScores(MissingScorePolicy.ZERO).build();
    Cascade blend = Cascade.builder(GRAPH).measuredParents(MeasuredParentRule.blend(0.5)).build();
    long base = plain.rollUp(plain.leafValues()).footprintBytes();
    // one 64-bit word of bits for three goals; one own value for the one goal with children
    assertThat(zero.rollUp(zero.leafValues()).footprintBytes() - base).isEqualTo(24);
    assertThat(blend.rollUp(blend.leafValues()).footprintBytes() - base).isEqualTo(24);
    // three scores, the two links' copies of their children's scores, a heap and an undo log of 64
    // entries each
    assertThat(base).isEqualTo(40 + (16 + 2 * 8) + (16 + 64 * 4) + (16 + 64 * 4) + (16 + 64 * 8));
  }
}
