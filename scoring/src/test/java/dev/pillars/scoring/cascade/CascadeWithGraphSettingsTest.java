package dev.pillars.scoring.cascade;

import static dev.pillars.scoring.cascade.MeasuredMidGraph.GRAPH;
import static dev.pillars.scoring.cascade.MeasuredMidGraph.MID;
import static dev.pillars.scoring.cascade.MeasuredMidGraph.TOP;
import static dev.pillars.scoring.cascade.MeasuredMidGraph.X;
import static dev.pillars.scoring.cascade.MeasuredMidGraph.Y;
import static dev.pillars.scoring.cascade.UnitGoals.goal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * {@link Cascade#withGraph} keeps every per-goal setting that still applies (strategy, parent
 * rule, target size, missing-score policy) and drops those of a goal that left the graph or lost
 * its last child, so that they do not come back when the goal returns or regains a child.
 *
 * <pre>
 * top &lt;- mid (1), y (1); mid &lt;- x (1); mid has a manual measure of its own ({@link MeasuredMidGraph})
 * </pre>
 */
class CascadeWithGraphSettingsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
  private static final GoalId Z = GoalId.of("z");

  private static Cascade configured() {
    return Cascade.builder(GRAPH)
        .strategy(MID, AggregationStrategy.minimum())
        .measuredParent(MID, MeasuredParentRule.blend(0.25))
        .targetSize(Y, 40)
        .missingScores(Y, MissingScorePolicy.ZERO)
        .build();
  }

  @Test
  void settingsThatStillApplyAreKeptAfterAnUnrelatedChange() {
    AlignmentGraph changed = GRAPH.withGoal(goal(Z, GoalMeasure.manual(0)), CLOCK).value()
        .withLink(AlignmentLink.of(Z, TOP, 1), CLOCK).value();
    Cascade cascade = configured().withGraph(changed);
    assertThat(cascade.strategy(MID).map(AggregationStrategy::config)).hasValue(AggregationStrategy.minimum().config());
    assertThat(cascade.measuredParentRule(MID)).isEqualTo(MeasuredParentRule.blend(0.25));
    assertThat(cascade.targetSize(Y)).isEqualTo(40.0);
    assertThat(cascade.missingScores(Y)).isEqualTo(MissingScorePolicy.ZERO);
    assertThat(cascade.missingScores(Z)).isEqualTo(MissingScorePolicy.EXCLUDE);
  }

  @Test
  void aGoalThatLostItsLastChildDoesNotGetItsStrategyOrRuleBackWithANewChild() {
    Cascade without = configured().withGraph(GRAPH.withoutLink(X, MID, CLOCK).value());
    assertThat(without.strategy(MID)).isEmpty();
    Cascade again = without.withGraph(GRAPH);
    assertThat(again.strategy(MID).map(AggregationStrategy::config)).hasValue(AggregationStrategy.weightedMean().config());
    assertThat(again.measuredParentRule(MID)).isEqualTo(MeasuredParentRule.children());
  }

  @Test
  void aGoalThatLeftTheGraphDoesNotGetItsSizeOrPolicyBackWhenItReturns() {
    Cascade without = configured().withGraph(GRAPH.withoutGoal(Y, CLOCK).value());
    Cascade again = without.withGraph(GRAPH);
    assertThat(again.targetSize(Y)).isEqualTo(1.0);
    assertThat(again.missingScores(Y)).isEqualTo(MissingScorePolicy.EXCLUDE);
    assertThat(again.strategy(MID).map(AggregationStrategy::config)).hasValue(AggregationStrategy.minimum().config());
  }
}
