package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import org.junit.jupiter.api.Test;

/**
 * An update recomputes each ancestor once, children before parents, however many ways lead to it.
 *
 * <pre>
 * leaf -> p1 .. p6 -> q -> r          other -> p6
 * </pre>
 */
class RecomputeCountTest {
  @Test
  void eachAncestorIsRecomputedOnceAfterAllItsChildren() {
    AlignmentGraph.Builder graph = AlignmentGraph.builder()
        .addGoal(UnitGoals.goal("leaf", GoalMeasure.manual(0))).addGoal(UnitGoals.goal("other", GoalMeasure.manual(0)))
        .addGoal(UnitGoals.goal("q", GoalMeasure.derived())).addGoal(UnitGoals.goal("r", GoalMeasure.derived()))
        .addLink(GoalId.of("q"), GoalId.of("r"), 1);
    for (int i = 1; i <= 6; i++) {
      GoalId p = GoalId.of("p" + i);
      graph.addGoal(UnitGoals.goal(p, GoalMeasure.derived())).addLink(GoalId.of("leaf"), p, i).addLink(p, GoalId.of("q"), i);
    }
    graph.addLink(GoalId.of("other"), GoalId.of("p6"), 1);
    Cascade cascade = Cascade.of(graph.build());
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(GoalId.of("leaf"), 0.2).set(GoalId.of("other"), 0.6));
    assertThat(result.update(GoalId.of("leaf"), 0.8)).isEqualTo(8); // p1 .. p6, q, r
    assertThat(result.score(GoalId.of("p6")).getAsDouble()).isCloseTo((0.8 * 6 + 0.6) / 7, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(result.scores()).isEqualTo(cascade.rollUp(cascade.leafValues().set(GoalId.of("leaf"), 0.8)
        .set(GoalId.of("other"), 0.6)).scores());
    assertThat(result.update(GoalId.of("other"), 0.6)).isZero();
    assertThat(result.update(GoalId.of("other"), 0.2)).isEqualTo(3); // p6, q, r
  }
}
