package dev.pillars.benchmarks;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The baseline of the full roll-up: the straightforward object-graph way. Each goal is an object
 * holding the list of its children's links; a goal's score is the weighted mean of its children's
 * scores, computed recursively and memoised in a {@link HashMap} by goal id so that a goal with
 * two parents is computed once.
 */
final class ObjectGraphRollUp {
  /** A goal as an object: its id, its children's links, and its leaf value if it has no children. */
  static final class GoalNode {
    final String id;
    final List<Link> children = new ArrayList<>();
    double leafValue = Double.NaN;

    GoalNode(String id) {
      this.id = id;
    }
  }

  /** A link to a child with its weight. */
  record Link(GoalNode child, double weight) {}

  private final List<GoalNode> goals;

  private ObjectGraphRollUp(List<GoalNode> goals) {
    this.goals = goals;
  }

  /** Builds the object graph of a graph, with each leaf's value. */
  static ObjectGraphRollUp of(AlignmentGraph graph, ToDoubleFunction<GoalId> leafValue) {
    Map<GoalId, GoalNode> nodes = new HashMap<>();
    List<GoalNode> goals = new ArrayList<>(graph.size());
    for (Goal goal : graph.goals()) {
      GoalNode node = new GoalNode(goal.id().value());
      nodes.put(goal.id(), node);
      goals.add(node);
    }
    for (AlignmentLink link : graph.links()) {
      nodes.get(link.parent()).children.add(new Link(nodes.get(link.child()), link.weight()));
    }
    for (Goal goal : graph.goals()) {
      GoalNode node = nodes.get(goal.id());
      if (node.children.isEmpty()) {
        node.leafValue = leafValue.applyAsDouble(goal.id());
      }
    }
    return new ObjectGraphRollUp(goals);
  }

  /** Scores every goal; returns the scores by goal id. */
  Map<String, Double> rollUp() {
    Map<String, Double> memo = new HashMap<>();
    for (GoalNode goal : goals) {
      score(goal, memo);
    }
    return memo;
  }

  private static double score(GoalNode goal, Map<String, Double> memo) {
    Double known = memo.get(goal.id);
    if (known != null) {
      return known;
    }
    double score;
    if (goal.children.isEmpty()) {
      score = goal.leafValue;
    } else {
      double sum = 0;
      double total = 0;
      for (Link link : goal.children) {
        sum += link.weight() * score(link.child(), memo);
        total += link.weight();
      }
      score = sum / total;
    }
    memo.put(goal.id, score);
    return score;
  }
}
