package dev.pillars.examples;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.AttainmentPolicy;
import dev.pillars.core.kpi.KpiId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each goal's score from 0 to 1: a manual or milestone goal's own progress, a KPI goal's attainment
 * capped at 1, and for a derived goal the mean of its children's scores weighted by the links. This
 * small roll-up is only for the example; the scoring module's cascade roll-up replaces it.
 */
final class CascadeScores {
  private final AlignmentGraph graph;
  private final Map<GoalId, Double> scores = new HashMap<>();

  CascadeScores(Firm firm) {
    this.graph = firm.graph();
    Map<KpiId, Firm.Kpi> kpis = firm.kpiReadings();
    List<GoalId> order = new ArrayList<>(graph.topologicalOrder());
    Collections.reverse(order); // children before their parents
    for (GoalId id : order) {
      Goal goal = graph.goal(id).orElseThrow();
      if (goal.progress().isPresent()) {
        scores.put(id, goal.progress().getAsDouble());
      } else if (goal.measure() instanceof GoalMeasure.Kpi) {
        Firm.Kpi kpi = kpis.get(((GoalMeasure.Kpi) goal.measure()).kpi());
        scores.put(id, Attainment.of(kpi.target(), kpi.over(AcmeFirm.lastFourWeeks()), AttainmentPolicy.cappedAtOne()));
      } else {
        double weights = 0;
        double sum = 0;
        for (AlignmentLink link : graph.children(id)) {
          weights += link.weight();
          sum += link.weight() * scores.get(link.child());
        }
        scores.put(id, weights == 0 ? 0 : sum / weights);
      }
    }
  }

  AlignmentGraph graph() {
    return graph;
  }

  double score(GoalId goal) {
    return scores.get(goal);
  }

  String strategyOf(GoalId goal) {
    return "weighted mean of aligned goals";
  }
}
