package dev.pillars.scoring.cascade;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A cascade's configuration, as its builder collected it: immutable, and carried over when the
 * cascade moves to a changed graph ({@link #forGraph}).
 */
record Settings(
    AggregationStrategy defaultStrategy,
    Map<GoalId, AggregationStrategy> strategies,
    Map<GoalId, Double> sizes,
    MissingScorePolicy missing,
    Map<GoalId, MissingScorePolicy> missingPerGoal,
    @Nullable Scale leafRange,
    Set<GoalStatus> counted,
    MeasuredParentRule parentRule,
    Map<GoalId, MeasuredParentRule> parentRules) {

  /** The statuses counted unless configured: all but draft and cancelled. */
  static final Set<GoalStatus> DEFAULT_COUNTED =
      Set.copyOf(EnumSet.complementOf(EnumSet.of(GoalStatus.DRAFT, GoalStatus.CANCELLED)));

  Settings {
    strategies = Map.copyOf(strategies);
    sizes = Map.copyOf(sizes);
    missingPerGoal = Map.copyOf(missingPerGoal);
    counted = Set.copyOf(counted);
    parentRules = Map.copyOf(parentRules);
  }

  /**
   * Returns these settings for a changed graph: per-goal settings of goals the graph no longer holds
   * are dropped, and so are those that no longer apply (a strategy or a parent rule for a goal that
   * has lost its last child).
   */
  Settings forGraph(AlignmentGraph graph) {
    Map<GoalId, AggregationStrategy> s = new HashMap<>();
    strategies.forEach((id, strategy) -> {
      if (graph.goal(id).isPresent() && !graph.children(id).isEmpty()) {
        s.put(id, strategy);
      }
    });
    Map<GoalId, MeasuredParentRule> r = new HashMap<>();
    parentRules.forEach((id, rule) -> {
      if (graph.goal(id).isPresent() && !graph.children(id).isEmpty()) {
        r.put(id, rule);
      }
    });
    Map<GoalId, Double> z = new HashMap<>(sizes);
    z.keySet().removeIf(id -> graph.goal(id).isEmpty());
    Map<GoalId, MissingScorePolicy> m = new HashMap<>(missingPerGoal);
    m.keySet().removeIf(id -> graph.goal(id).isEmpty());
    return new Settings(defaultStrategy, s, z, missing, m, leafRange, counted, parentRule, r);
  }

  AggregationStrategy strategy(GoalId goal) {
    return strategies.getOrDefault(goal, defaultStrategy);
  }

  MissingScorePolicy missing(GoalId goal) {
    return missingPerGoal.getOrDefault(goal, missing);
  }

  /** Returns how a goal with children is scored: by its rule if it has its own measure. */
  MeasuredParentRule rule(Goal goal) {
    if (goal.measure() instanceof GoalMeasure.Derived) {
      return MeasuredParentRule.children();
    }
    return parentRules.getOrDefault(goal.id(), parentRule);
  }
}
