package dev.pillars.core.smart;

import static dev.pillars.core.smart.Findings.finding;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** R: whether the goal serves an organisation objective through alignment; see {@link SmartAssessor}. */
final class RelevantRule {
  private RelevantRule() {}

  static SmartFinding assess(Goal goal, Optional<AlignmentGraph> graph) {
    if (goal.level() == GoalLevel.ORGANISATION) {
      return finding(SmartLetter.RELEVANT, Verdict.PASS, "an organisation objective: relevant by definition");
    }
    if (graph.isEmpty()) {
      return finding(
          SmartLetter.RELEVANT,
          Verdict.WARN,
          "no alignment graph was given: cannot tell whether it serves an organisation objective");
    }
    Optional<List<GoalId>> path = graph.get().pathToObjective(goal.id());
    if (path.isPresent()) {
      List<GoalId> ids = path.get();
      return finding(
          SmartLetter.RELEVANT,
          Verdict.PASS,
          "serves objective " + ids.get(ids.size() - 1) + " via " + ids.stream().map(GoalId::value).collect(Collectors.joining(" -> ")));
    }
    List<AlignmentLink> parents = graph.get().parents(goal.id());
    if (parents.isEmpty()) {
      return finding(
          SmartLetter.RELEVANT, Verdict.FAIL, "aligned to nothing: an orphan that serves no organisation objective");
    }
    List<GoalId> parentIds = new ArrayList<>();
    for (AlignmentLink link : parents) {
      parentIds.add(link.parent());
    }
    return finding(
        SmartLetter.RELEVANT,
        Verdict.WARN,
        "aligned to " + parentIds + ", but no chain of links reaches an organisation objective");
  }
}
