package dev.pillars.benchmarks;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline of the incremental update: the per-record way many HR systems keep roll-ups
 * current, on the same data held in memory as maps of records. Saving a goal's score re-reads all
 * the siblings under each of its parents from the map, recomputes the parent's weighted mean,
 * saves the parent (a new record), and so on up the chain. A goal reached by two paths is
 * recomputed and saved once per path, as a save trigger does.
 */
final class PerRecordRollUp {
  /** A stored goal: its score and the ids of its parents. */
  record GoalRecord(String id, double score, List<String> parentIds) {}

  /** A stored link from a child, as its parent's child list holds it. */
  record LinkRecord(String childId, double weight) {}

  private final Map<String, GoalRecord> goals = new HashMap<>();
  private final Map<String, List<LinkRecord>> childrenOf = new HashMap<>();

  /** Loads the records of a graph, every goal with its score from the given map. */
  PerRecordRollUp(AlignmentGraph graph, Map<String, Double> scores) {
    Map<String, List<String>> parentsOf = new HashMap<>();
    for (AlignmentLink link : graph.links()) {
      parentsOf.computeIfAbsent(link.child().value(), k -> new ArrayList<>()).add(link.parent().value());
      childrenOf.computeIfAbsent(link.parent().value(), k -> new ArrayList<>())
          .add(new LinkRecord(link.child().value(), link.weight()));
    }
    for (Goal goal : graph.goals()) {
      String id = goal.id().value();
      goals.put(id, new GoalRecord(id, scores.get(id), List.copyOf(parentsOf.getOrDefault(id, List.of()))));
    }
  }

  /** Saves a goal's new score and cascades up; returns how many parents were recomputed. */
  int save(String id, double score) {
    GoalRecord saved = new GoalRecord(id, score, goals.get(id).parentIds());
    goals.put(id, saved);
    int recomputed = 0;
    for (String parentId : saved.parentIds()) {
      recomputed += 1 + recompute(parentId);
    }
    return recomputed;
  }

  /** Re-reads all children of a parent, recomputes it and saves it. */
  private int recompute(String parentId) {
    double sum = 0;
    double total = 0;
    for (LinkRecord link : childrenOf.get(parentId)) {
      sum += link.weight() * goals.get(link.childId()).score();
      total += link.weight();
    }
    return save(parentId, sum / total);
  }

  /** Returns a goal's stored score. */
  double score(String id) {
    return goals.get(id).score();
  }
}
