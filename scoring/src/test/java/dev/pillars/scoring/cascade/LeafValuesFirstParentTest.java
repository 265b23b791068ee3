package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import org.junit.jupiter.api.Test;

/**
 * {@link LeafValues#putGoalProgress()} gives a goal with children a value of its own only where it
 * blends one in: the first goal above the leaves, measured but scored from its children, keeps none
 * even when another goal blends (so the values hold an own value per goal with children).
 *
 * <pre>
 * p &lt;- x (0.5);  q &lt;- y (0.3);  p and q are measured manually (0.1 and 0.2)
 * </pre>
 */
class LeafValuesFirstParentTest {
  @Test
  void theFirstParentScoredFromItsChildrenTakesNoProgressBesideABlend() {
    AlignmentGraph graph = AlignmentGraph.builder()
        .addGoal(UnitGoals.goal("x", GoalMeasure.manual(0.5))).addGoal(UnitGoals.goal("y", GoalMeasure.manual(0.3)))
        .addGoal(UnitGoals.goal("p", GoalMeasure.manual(0.1))).addGoal(UnitGoals.goal("q", GoalMeasure.manual(0.2)))
        .addLink(GoalId.of("x"), GoalId.of("p"), 1).addLink(GoalId.of("y"), GoalId.of("q"), 1)
        .build();
    Cascade probe = Cascade.of(graph);
    GoalId first = probe.goalAt(probe.leafCount());
    GoalId blended = first.equals(GoalId.of("p")) ? GoalId.of("q") : GoalId.of("p");
    Cascade cascade = Cascade.builder(graph).measuredParents(MeasuredParentRule.children())
        .measuredParent(blended, MeasuredParentRule.blend(0.5)).build();

    LeafValues values = cascade.leafValues().putGoalProgress();

    assertThat(values.count()).isEqualTo(3); // x, y and the blended goal's own progress
    CascadeResult result = cascade.rollUp(values);
    double child = first.equals(GoalId.of("p")) ? 0.5 : 0.3;
    assertThat(result.score(first).getAsDouble()).isEqualTo(child);
  }
}
