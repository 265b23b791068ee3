package dev.pillars.scoring.cascade;

import static dev.pillars.scoring.cascade.UnitGoals.goal;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;

/**
 * The small graph that the cascade's edge-index and settings tests share: a goal with children and
 * a manual measure of its own, under a derived top.
 *
 * <pre>
 * top &lt;- mid (1), y (1);  mid &lt;- x (1);  mid manual 0.1, x and y manual 0.5
 * </pre>
 */
final class MeasuredMidGraph {
  static final GoalId TOP = GoalId.of("top");
  static final GoalId MID = GoalId.of("mid");
  static final GoalId X = GoalId.of("x");
  static final GoalId Y = GoalId.of("y");

  static final AlignmentGraph GRAPH = AlignmentGraph.builder()
      .addGoal(goal(TOP, GoalMeasure.derived())).addGoal(goal(MID, GoalMeasure.manual(0.1)))
      .addGoal(goal(X, GoalMeasure.manual(0.5))).addGoal(goal(Y, GoalMeasure.manual(0.5)))
      .addLink(MID, TOP, 1).addLink(Y, TOP, 1).addLink(X, MID, 1)
      .build();

  private MeasuredMidGraph() {}
}
