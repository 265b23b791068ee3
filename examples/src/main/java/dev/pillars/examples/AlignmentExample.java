package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentCycleException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Aligns a small cascade of goals, from an organisation objective through plants and a shared
 * quality lab down to people, and shows what the alignment graph answers and what it refuses.
 */
public final class AlignmentExample {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

  private AlignmentExample() {}

  /**
   * Runs the example and prints its report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC));
  }

  static void run(PrintStream out, Clock clock) {
    AlignmentGraph graph =
        AlignmentGraph.builder()
            .addGoal(unitGoal("quality", GoalLevel.ORGANISATION, "acme", "Improve production quality", YEAR))
            .addGoal(unitGoal("north", GoalLevel.UNIT, "plant-north", "Plant North: cut defect rate by 30 %", YEAR))
            .addGoal(unitGoal("south", GoalLevel.UNIT, "plant-south", "Plant South: cut defect rate by 30 %", YEAR))
            .addGoal(unitGoal("lab", GoalLevel.UNIT, "quality-lab", "Quality lab: root cause in 48 hours", H1))
            .addGoal(personalGoal("ana", "Ana: run weekly process-control reviews", 0.4))
            .addGoal(personalGoal("ben", "Ben: retrain the line operators", 0.7))
            .addGoal(personalGoal("cleo", "Cleo: refresh the onboarding deck", 0.2))
            .addLink(link("north", "quality", 2.0))
            .addLink(link("south", "quality", 1.0))
            .addLink(link("lab", "north", 1.0))
            .addLink(link("lab", "south", 1.0))
            .addLink(link("ana", "north", 1.0))
            .addLink(link("ben", "lab", 1.0))
            .build();

    out.println("Alignment cascade (" + graph.size() + " goals, " + graph.linkCount() + " links):");
    for (Goal goal : graph.goals()) {
      if (goal.level() == GoalLevel.ORGANISATION) {
        print(out, graph, goal.id(), 1.0, 1);
      }
    }

    out.println();
    out.println("Ben's path to the objective: " + graph.pathToObjective(GoalId.of("ben")).map(AlignmentExample::arrows).orElse("none"));
    out.println("Goals behind Plant North: " + graph.descendants(GoalId.of("north")));

    out.println();
    out.println("Trying to align the objective under Ben's goal:");
    try {
      graph.withLink(link("quality", "ben", 1.0), clock);
    } catch (AlignmentCycleException e) {
      out.println("  rejected: " + e.getMessage());
    }

    out.println();
    out.println("Alignment coverage: " + percent(graph));
    out.println("Orphans: " + graph.orphans());

    Change<AlignmentGraph> change = graph.withLink(link("cleo", "south", 0.5), clock);
    graph = change.value();
    out.println("After " + change.events().get(0) + ":");
    out.println("Alignment coverage: " + percent(graph) + ", orphans: " + graph.orphans());
  }

  private static void print(PrintStream out, AlignmentGraph graph, GoalId id, double weight, int depth) {
    Goal goal = graph.goal(id).orElseThrow();
    out.printf(
        "%s%s [%s, %s, weight %.1f]%n",
        "  ".repeat(depth), goal.title(), goal.level(), goal.period(), weight);
    for (AlignmentLink child : graph.children(id)) {
      print(out, graph, child.child(), child.weight(), depth + 1);
    }
  }

  private static String percent(AlignmentGraph graph) {
    return graph.alignmentCoverage().stream()
        .mapToObj(share -> Math.round(share * 100) + " % of individual goals reach the objective")
        .findFirst()
        .orElse("no individual goals");
  }

  private static String arrows(List<GoalId> path) {
    return path.stream().map(GoalId::value).collect(Collectors.joining(" -> "));
  }

  private static Goal unitGoal(String id, GoalLevel level, String unit, String title, Period period) {
    return Goal.builder()
        .id(GoalId.of(id))
        .title(title)
        .owner(GoalOwner.unit(OrgUnitId.of(unit)))
        .level(level)
        .period(period)
        .measure(GoalMeasure.derived())
        .build();
  }

  private static Goal personalGoal(String id, String title, double progress) {
    return Goal.builder()
        .id(GoalId.of(id))
        .title(title)
        .owner(GoalOwner.employee(EmployeeId.of(id)))
        .level(GoalLevel.INDIVIDUAL)
        .period(H1)
        .measure(GoalMeasure.manual(progress))
        .build();
  }

  private static AlignmentLink link(String child, String parent, double weight) {
    return AlignmentLink.of(GoalId.of(child), GoalId.of(parent), weight);
  }
}
