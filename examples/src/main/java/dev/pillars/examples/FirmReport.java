package dev.pillars.examples;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.Improvement;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.kpi.PayoutCurve;
import dev.pillars.core.kpi.Trend;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.smart.SmartAssessment;
import dev.pillars.core.smart.SmartAssessor;
import dev.pillars.core.smart.SmartContext;
import dev.pillars.core.smart.SmartFinding;
import dev.pillars.core.smart.SmartLetter;
import dev.pillars.core.smart.Verdict;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The report on a firm read back from a store: the organisation, the scored cascade with a receipt,
 * the check-ins, the SMART findings, each KPI's readings and the alignment coverage.
 */
final class FirmReport {
  private final PrintStream out;
  private final Firm firm;
  private final Organisation org;
  private final AlignmentGraph graph;
  private final EngineScores scores;

  FirmReport(PrintStream out, Firm firm, EngineScores scores) {
    this.out = out;
    this.firm = firm;
    this.org = firm.organisation();
    this.graph = scores.graph();
    this.scores = scores;
  }

  void printOrganisation() {
    String company = org.rootUnits().get(0).name();
    String title = company + ", performance report on " + LocalDate.now(AcmeFirm.CLOCK);
    out.println(title);
    out.println("=".repeat(title.length()));
    out.printf(Locale.ROOT, "  %d units, %d employees; management roots: %s%n", org.units().size(), org.employees().size(),
        org.rootEmployees().stream().map(e -> e.displayName() + " (" + e.role() + ")").collect(Collectors.joining(", ")));
    for (String id : List.of("ana", "ben")) {
      Employee manager = org.employee(EmployeeId.of(id)).orElseThrow();
      out.printf(Locale.ROOT, "  %s leads %d people in %s%n", manager.displayName(), org.allReports(manager.id()).size(),
          org.unit(manager.unit()).orElseThrow().name());
    }
  }

  void printCascade() {
    out.println();
    out.println("Goal cascade (" + graph.size() + " goals, " + graph.linkCount() + " links), scores as of "
        + LocalDate.now(AcmeFirm.CLOCK));
    out.println("  (each goal's share is what it counts for in the score of the goal above it)");
    for (Goal goal : graph.goals()) {
      if (goal.level() == GoalLevel.ORGANISATION) {
        printTree(goal.id(), "", 1);
      }
    }
    out.println("  not aligned to anything:");
    for (GoalId orphan : graph.orphans()) {
      printGoalLine(orphan, "", 2);
    }
  }

  private void printTree(GoalId id, String share, int depth) {
    printGoalLine(id, share, depth);
    for (AlignmentLink child : graph.children(id)) {
      printTree(child.child(), ", " + shareInParent(child.child(), id), depth + 1);
    }
  }

  /** What a goal counts for in its parent's score, from the parent's receipt; the receipt shows the same. */
  String shareInParent(GoalId child, GoalId parent) {
    if (scores.score(child).isEmpty()) {
      return "left out";
    }
    return "counts " + receiptTable(parent).share(child.value()) + " %";
  }

  private void printGoalLine(GoalId id, String share, int depth) {
    Goal goal = graph.goal(id).orElseThrow();
    String shared = graph.parents(id).size() > 1 ? ", " + graph.parents(id).size() + " parents" : "";
    OptionalDouble score = scores.score(id);
    out.printf(Locale.ROOT, "%s%-5s %s  [%s, %s%s%s]%n", "  ".repeat(depth), score.isPresent() ? percent(score.getAsDouble()) : "-",
        goal.title(), owner(goal), how(goal), share, shared);
  }

  private String owner(Goal goal) {
    if (goal.owner() instanceof GoalOwner.Employee) {
      return org.employee(((GoalOwner.Employee) goal.owner()).id()).orElseThrow().displayName();
    }
    return org.unit(((GoalOwner.Unit) goal.owner()).id()).orElseThrow().name();
  }

  private String how(Goal goal) {
    if (!graph.children(goal.id()).isEmpty()) {
      return scores.strategyOf(goal.id()) + " of " + graph.children(goal.id()).size() + " aligned goals";
    }
    GoalMeasure measure = goal.measure();
    if (measure instanceof GoalMeasure.Kpi) {
      return "attainment of KPI \"" + firm.kpiReadings().get(((GoalMeasure.Kpi) measure).kpi()).definition().name() + "\"";
    }
    if (measure instanceof GoalMeasure.Milestones) {
      List<Milestone> list = ((GoalMeasure.Milestones) measure).milestones();
      return list.stream().filter(Milestone::done).count() + " of " + list.size() + " milestones";
    }
    if (measure instanceof GoalMeasure.Manual) {
      return "self-reported";
    }
    return "derived, but nothing is aligned under it: no score";
  }

  void printReceipt(GoalId goal) {
    out.println();
    out.printf(Locale.ROOT, "Why \"%s\" scores %s: the %s of its aligned goals%n", title(goal),
        percent(scores.score(goal).getAsDouble()), scores.strategyOf(goal));
    List<String> leftOut = graph.children(goal).stream()
        .map(AlignmentLink::child)
        .filter(child -> scores.score(child).isEmpty())
        .map(child -> title(child) + ": no score yet, left out")
        .collect(Collectors.toList());
    receiptTable(goal).print(out, "  ", "aligned goal", leftOut);
  }

  private ReceiptTable receiptTable(GoalId goal) {
    return ReceiptTable.percentages(scores.receipt(goal), name -> title(GoalId.of(name)));
  }

  private String title(GoalId goal) {
    return graph.goal(goal).orElseThrow().title();
  }

  void printCheckIns() {
    out.println();
    out.println("Check-ins (" + firm.checkIns().size() + " recorded), the latest of each self-reported goal");
    for (Goal goal : firm.goals()) {
      List<CheckIn> checkIns = firm.checkInsOf(goal.id());
      if (checkIns.isEmpty()) {
        continue;
      }
      CheckIn latest = checkIns.get(checkIns.size() - 1);
      out.printf(Locale.ROOT, "  %-5s %-12s on %s, confidence %s, %d check-in%s%s%n", percent(latest.progress()),
          owner(goal), LocalDate.ofInstant(latest.at(), AcmeFirm.CLOCK.getZone()), percent(latest.confidence()), checkIns.size(),
          checkIns.size() == 1 ? "" : "s", latest.comment().map(c -> ": \"" + c + "\"").orElse(""));
    }
  }

  void printSmart() {
    SmartContext context = SmartContext.of(graph);
    for (Firm.Kpi kpi : firm.kpiReadings().values()) {
      context = context.withKpi(kpi.definition(), kpi.series());
    }
    SmartAssessor assessor = SmartAssessor.withDefaults(AcmeFirm.CLOCK);
    out.println();
    out.println("SMART findings (Specific, Measurable, Achievable, Relevant, Time-bound)");
    Map<Verdict, Integer> tally = new LinkedHashMap<>();
    for (Goal goal : graph.goals()) {
      SmartAssessment assessment = assessor.assess(goal, context);
      tally.merge(assessment.overall(), 1, Integer::sum);
      String letters = assessment.findings().stream()
          .map(f -> f.letter().letter() + ":" + f.verdict())
          .collect(Collectors.joining(" "));
      out.printf(Locale.ROOT, "  %-4s [%s]  %s%n", assessment.overall(), letters, goal.title());
      for (SmartFinding finding : assessment.findings()) {
        boolean kpiRates = finding.letter() == SmartLetter.ACHIEVABLE && goal.measure() instanceof GoalMeasure.Kpi;
        if (finding.verdict() != Verdict.PASS || kpiRates) {
          out.println("         " + finding);
        }
      }
    }
    out.printf(Locale.ROOT, "  %d of %d goals pass every letter, %d warn, %d fail%n", tally.getOrDefault(Verdict.PASS, 0),
        graph.size(), tally.getOrDefault(Verdict.WARN, 0), tally.getOrDefault(Verdict.FAIL, 0));
  }

  void printKpis() {
    for (Firm.Kpi kpi : firm.kpiReadings().values()) {
      printKpi(kpi);
    }
  }

  private void printKpi(Firm.Kpi kpi) {
    KpiDefinition definition = kpi.definition();
    KpiTarget target = kpi.target();
    MeasurementSeries series = kpi.series();
    LocalDate due = kpi.goal().dueDate();
    String unit = definition.unit();
    out.println();
    out.printf(Locale.ROOT, "%s (%s, %s): %s -> %s by %s, threshold %s, stretch %s%n", definition.name(), unit,
        Wording.words(definition.direction()), number(target.baseline()), number(target.target()), due,
        number(target.threshold().orElseThrow()), number(target.stretch().orElseThrow()));
    out.printf(Locale.ROOT, "  %d weeks measured, %d records%n", series.dates(), series.history().size());
    for (Measurement m : series.history()) {
      List<Measurement> trail = series.historyOf(m.observedOn());
      if (trail.size() > 1 && trail.get(0).equals(m)) {
        Measurement corrected = trail.get(trail.size() - 1);
        out.printf(Locale.ROOT, "  correction: %s read %.2f, corrected to %.2f on %s%n", m.observedOn(), m.value(),
            corrected.value(), LocalDate.ofInstant(corrected.recordedAt(), AcmeFirm.CLOCK.getZone()));
      }
    }
    double current = kpi.over(AcmeFirm.lastFourWeeks());
    out.printf(Locale.ROOT, "  now (mean of the last 4 weeks): %.2f %s; attainment %s; payout %s of target "
            + "(50 %% at threshold, 100 %% at target, 150 %% at stretch)%n",
        current, unit, percent(Attainment.of(target, current)), percent(PayoutCurve.standard().payout(definition, target, current)));
    Goal goal = kpi.goal();
    out.printf(Locale.ROOT, "  the goal's score: the %s over its period so far, %.2f %s, attainment %s%n",
        definition.aggregation().name().toLowerCase(Locale.ROOT), kpi.over(goal.period()), unit,
        percent(scores.score(goal.id()).orElseThrow()));
    Trend trend = Trend.of(definition, series).orElseThrow();
    out.printf(Locale.ROOT, "  trend: %+.4f %s per week; the straight line explains %s of the weekly ups and downs%n",
        trend.slope(), unit, percent(trend.rSquared()));
    out.printf(Locale.ROOT, "  projection for %s: %.2f %s, attainment %s: %s%n", due, trend.valueAt(due), unit,
        percent(trend.projectedAttainment(target, due)), Wording.words(trend.status(target, due)));
    Improvement improvement =
        Improvement.measure(definition, series, AcmeFirm.firstFourWeeks(), AcmeFirm.lastFourWeeks()).orElseThrow();
    out.printf(Locale.ROOT, "  improvement, first 4 weeks vs last 4: %.2f -> %.2f %s, %+.1f %% (%s)%n",
        improvement.baselineValue(), improvement.laterValue(), unit, improvement.relativeImprovement().orElseThrow() * 100,
        improvement.improved() ? "better" : "not better");
  }

  void printAlignment() {
    List<Goal> individual = graph.goals().stream().filter(g -> g.level() == GoalLevel.INDIVIDUAL).collect(Collectors.toList());
    long covered = individual.stream().filter(g -> graph.pathToObjective(g.id()).isPresent()).count();
    out.println();
    out.printf(Locale.ROOT, "Alignment coverage: %s of individual goals reach the objective (%d of %d)%n",
        percent(graph.alignmentCoverage().orElseThrow()), covered, individual.size());
    out.println("Orphans: " + graph.orphans().stream()
        .map(id -> "\"" + title(id) + "\"")
        .collect(Collectors.joining(", ")));
  }

  private static String percent(double share) {
    return Wording.percent(share);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%.1f", value) : String.valueOf(value);
  }
}
