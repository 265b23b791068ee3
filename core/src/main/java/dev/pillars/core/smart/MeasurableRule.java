package dev.pillars.core.smart;

import static dev.pillars.core.smart.Findings.describe;
import static dev.pillars.core.smart.Findings.finding;
import static dev.pillars.core.smart.Findings.percent;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.Milestone;
import java.util.List;
import java.util.Optional;

/** M: whether something other than self-report measures the goal; see {@link SmartAssessor}. */
final class MeasurableRule {
  private MeasurableRule() {}

  static SmartFinding assess(Goal goal, Optional<AlignmentGraph> graph, Optional<KpiHistory> history) {
    GoalMeasure measure = goal.measure();
    if (measure instanceof GoalMeasure.Kpi) {
      GoalMeasure.Kpi kpi = (GoalMeasure.Kpi) measure;
      String name = history.map(h -> " (" + h.definition().name() + ", " + h.definition().unit() + ")").orElse("");
      return finding(
          SmartLetter.MEASURABLE, Verdict.PASS, "measured by KPI " + kpi.kpi() + name + ", " + describe(kpi.target()));
    }
    if (measure instanceof GoalMeasure.Milestones) {
      List<Milestone> milestones = ((GoalMeasure.Milestones) measure).milestones();
      long done = milestones.stream().filter(Milestone::done).count();
      return finding(
          SmartLetter.MEASURABLE,
          Verdict.PASS,
          "a checklist of " + milestones.size() + (milestones.size() == 1 ? " milestone, " : " milestones, ") + done + " done");
    }
    if (measure instanceof GoalMeasure.Manual) {
      return finding(
          SmartLetter.MEASURABLE,
          Verdict.WARN,
          "manual progress (now " + percent(((GoalMeasure.Manual) measure).progress())
              + ") is only self-reported: no KPI or checklist confirms it");
    }
    if (graph.isEmpty()) {
      return finding(
          SmartLetter.MEASURABLE,
          Verdict.WARN,
          "derived from the goals aligned under it, but no alignment graph was given to check that there are any");
    }
    List<AlignmentLink> children = graph.get().children(goal.id());
    if (children.isEmpty()) {
      return finding(
          SmartLetter.MEASURABLE,
          Verdict.FAIL,
          "derived from the goals aligned under it, but none is: there is nothing to measure it by");
    }
    return finding(
        SmartLetter.MEASURABLE,
        Verdict.PASS,
        "derived from " + children.size() + (children.size() == 1 ? " aligned goal" : " aligned goals"));
  }
}
