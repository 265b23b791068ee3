package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Attainment;
import dev.pillars.core.kpi.AttainmentPolicy;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.Improvement;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.kpi.PayoutCurve;
import dev.pillars.core.kpi.Trend;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.smart.SmartAssessment;
import dev.pillars.core.smart.SmartAssessor;
import dev.pillars.core.smart.SmartContext;
import dev.pillars.core.smart.SmartFinding;
import dev.pillars.core.smart.SmartLetter;
import dev.pillars.core.smart.Verdict;
import dev.pillars.testing.KpiSeries;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A mid-sized manufacturing firm cascading "Improve production quality" from the organisation to its
 * two plants, their teams and their people, measured by two KPIs over the first half of 2026.
 *
 * <p>The report shows the cascade with each goal's progress, the SMART findings of every goal, the
 * KPIs' attainment, payout, trend, projection and improvement, and how well the goals are aligned.
 * Everything is deterministic: the data is fixed and the clock stands still on 6 July 2026.
 */
public final class ManufacturingExample {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-06T08:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);
  private static final int WEEKS = 26;
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final Period TO_MID_2028 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 6, 30));

  /** A KPI as a goal measures it: its definition, the goal's target and the measurements. */
  private record Kpi(KpiDefinition definition, KpiTarget target, MeasurementSeries series) {
    /** The current value: the KPI's aggregation over the last four weeks. */
    double current() {
      return series.aggregate(lastFourWeeks(), definition.aggregation()).orElseThrow();
    }
  }

  private ManufacturingExample() {}

  /**
   * Runs the example and prints its report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Organisation org = organisation();
    Kpi defects = defectRate();
    Kpi output = unitsPerLabourHour();
    AlignmentGraph graph = cascade(defects, output);
    Map<KpiId, Kpi> kpis = new LinkedHashMap<>();
    kpis.put(defects.definition().id(), defects);
    kpis.put(output.definition().id(), output);

    printOrganisation(out, org);
    printCascade(out, org, graph, kpis);
    printSmart(out, graph, kpis);
    for (Kpi kpi : kpis.values()) {
      printKpi(out, kpi, dueDateOf(graph, kpi));
    }
    printAlignment(out, graph);
  }

  // ---- the firm ----------------------------------------------------------------------------

  private static Organisation organisation() {
    return Organisation.builder(TenantId.of("acme-precision"))
        .addUnit(OrgUnit.root(unit("acme"), "Acme Precision Parts"))
        .addUnit(OrgUnit.within(unit("plant-north"), "North plant", unit("acme")))
        .addUnit(OrgUnit.within(unit("plant-south"), "South plant", unit("acme")))
        .addUnit(OrgUnit.within(unit("north-assembly"), "North assembly", unit("plant-north")))
        .addUnit(OrgUnit.within(unit("north-quality"), "North quality lab", unit("plant-north")))
        .addUnit(OrgUnit.within(unit("south-machining"), "South machining", unit("plant-south")))
        .addUnit(OrgUnit.within(unit("south-inspection"), "South inspection", unit("plant-south")))
        .addEmployee(employee("maria", "Maria Keller", null, "acme", "Chief executive", "G10"))
        .addEmployee(employee("tom", "Tom Berger", "maria", "acme", "Quality director", "G9"))
        .addEmployee(employee("ana", "Ana Silva", "maria", "plant-north", "Plant manager", "G9"))
        .addEmployee(employee("ben", "Ben Okafor", "maria", "plant-south", "Plant manager", "G9"))
        .addEmployee(employee("chen", "Chen Wei", "ana", "north-assembly", "Assembly lead", "G6"))
        .addEmployee(employee("dana", "Dana Novak", "chen", "north-assembly", "Assembler", "G3"))
        .addEmployee(employee("eli", "Eli Haddad", "chen", "north-assembly", "Assembler", "G3"))
        .addEmployee(employee("farah", "Farah Khan", "ana", "north-quality", "Quality lab lead", "G6"))
        .addEmployee(employee("gus", "Gus Moreau", "farah", "north-quality", "Quality technician", "G4"))
        .addEmployee(employee("hana", "Hana Sato", "ben", "south-machining", "Machining lead", "G6"))
        .addEmployee(employee("ivan", "Ivan Petrov", "hana", "south-machining", "Machinist", "G4"))
        .addEmployee(employee("kofi", "Kofi Mensah", "ben", "south-inspection", "Inspection lead", "G6"))
        .addEmployee(employee("lena", "Lena Fischer", "kofi", "south-inspection", "Inspector", "G4"))
        .addEmployee(employee("marco", "Marco Rossi", "tom", "acme", "Continuous-improvement engineer", "G7"))
        // a contractor outside the management line: the manager forest has a second root
        .addEmployee(employee("nina", "Nina Berg", null, "acme", "Contract safety officer", "G7"))
        .build();
  }

  private static Employee employee(String id, String name, @Nullable String manager, String unit, String role, String grade) {
    return Employee.builder()
        .id(EmployeeId.of(id))
        .displayName(name)
        .manager(Optional.ofNullable(manager).map(EmployeeId::of))
        .unit(unit(unit))
        .role(role)
        .grade(grade)
        .hireDate(LocalDate.of(2019, 3, 1))
        .build();
  }

  // ---- the KPIs ------------------------------------------------------------------------------

  /** Defect rate, lower is better, to be cut by 30 %: from 5.0 % to 3.5 %. */
  private static Kpi defectRate() {
    KpiDefinition definition = definition("defect-rate", "Defect rate", "%", Direction.LOWER_IS_BETTER);
    KpiTarget target = KpiTarget.builder().baseline(5.0).target(3.5).threshold(4.5).stretch(3.0).build();
    // 26 weekly values drifting down by about 0.028 points a week, with noise
    MeasurementSeries series = KpiSeries.weekly(definition.id(), FIRST_WEEK, WEEKS, 5.0, -0.028, 0.12, 11);
    // week 10 was keyed in 0.5 points too high; the correction keeps the old value in the history
    LocalDate week10 = FIRST_WEEK.plusWeeks(9);
    Clock correctedAt = Clock.fixed(Instant.parse("2026-07-02T10:00:00Z"), ZoneOffset.UTC);
    series = series.correct(week10, series.valueOn(week10).orElseThrow().value() - 0.5, correctedAt).value();
    return new Kpi(definition, definition.requireCompatible(target), series);
  }

  /** Units per labour hour, higher is better, to rise by 20 %: from 40 to 48. */
  private static Kpi unitsPerLabourHour() {
    KpiDefinition definition = definition("units-per-hour", "Units per labour hour", "units/h", Direction.HIGHER_IS_BETTER);
    KpiTarget target = KpiTarget.builder().baseline(40).target(48).threshold(44).stretch(50).build();
    MeasurementSeries series = KpiSeries.weekly(definition.id(), FIRST_WEEK, WEEKS, 40, 0.17, 0.6, 3);
    return new Kpi(definition, definition.requireCompatible(target), series);
  }

  private static KpiDefinition definition(String id, String name, String unit, Direction direction) {
    return KpiDefinition.builder()
        .id(KpiId.of(id))
        .name(name)
        .unit(unit)
        .direction(direction)
        .aggregation(Aggregation.MEAN)
        .frequency(Frequency.WEEKLY)
        .build();
  }

  private static Period lastFourWeeks() {
    return Period.of(FIRST_WEEK.plusWeeks(WEEKS - 4), FIRST_WEEK.plusWeeks(WEEKS - 1));
  }

  private static Period firstFourWeeks() {
    return Period.of(FIRST_WEEK, FIRST_WEEK.plusWeeks(3));
  }

  // ---- the goals and their alignment -------------------------------------------------------

  private static AlignmentGraph cascade(Kpi defects, Kpi output) {
    return AlignmentGraph.builder()
        .addGoal(unitGoal("quality", GoalLevel.ORGANISATION, "acme", "Improve production quality", YEAR, GoalMeasure.derived()))
        .addGoal(unitGoal("north-defects", GoalLevel.UNIT, "plant-north",
            "Cut the North plant's defect rate by 30 %, from 5.0 % to 3.5 %", YEAR, kpiMeasure(defects)))
        .addGoal(unitGoal("south-output", GoalLevel.UNIT, "plant-south",
            "Raise South plant output by 20 %, to 48 units per labour hour", YEAR, kpiMeasure(output)))
        .addGoal(unitGoal("inspection-returns", GoalLevel.UNIT, "south-inspection",
            "Halve customer returns from the South plant by December", YEAR, GoalMeasure.derived()))
        .addGoal(unitGoal("assembly-fixtures", GoalLevel.UNIT, "north-assembly",
            "Fit error-proofing fixtures at all 4 assembly stations", YEAR, milestones(2, "Station 1", "Station 2", "Station 3", "Station 4")))
        .addGoal(unitGoal("lab-root-cause", GoalLevel.UNIT, "north-quality",
            "Find the root cause of every defect within 48 hours", YEAR, GoalMeasure.derived()))
        .addGoal(unitGoal("machining-setups", GoalLevel.UNIT, "south-machining",
            "Standardise setups on 3 machine families", YEAR, milestones(1, "Lathes", "Mills", "Grinders")))
        .addGoal(personalGoal("chen-training", "chen", "Train 12 assemblers on the new fixtures by June", H1, GoalMeasure.manual(0.75)))
        .addGoal(personalGoal("dana-stops", "dana", "Log every line stop longer than 5 minutes", YEAR, GoalMeasure.manual(0.6)))
        .addGoal(personalGoal("farah-playbook", "farah", "Publish a root-cause playbook for the lab", YEAR,
            milestones(2, "Outline", "Five worked cases", "Published")))
        .addGoal(personalGoal("gus-reports", "gus", "Close 90 % of defect reports within 48 hours", YEAR, GoalMeasure.manual(0.55)))
        .addGoal(personalGoal("ivan-changeover", "ivan", "Cut changeover time on machine 7 from 45 to 30 minutes", YEAR,
            GoalMeasure.manual(0.5)))
        .addGoal(personalGoal("marco-kaizen", "marco", "Run 6 kaizen workshops, 3 in each plant", YEAR,
            milestones(3, "North 1", "South 1", "North 2", "South 2", "North 3", "South 3")))
        .addGoal(personalGoal("lena-quality", "lena", "Help with quality", YEAR, GoalMeasure.manual(0.2)))
        .addGoal(unitGoal("south-iso", GoalLevel.UNIT, "plant-south",
            "Certify the South plant to ISO 9001 by mid-2028", TO_MID_2028, milestones(0, "Gap analysis", "Audit", "Certificate")))
        .addLink(id("north-defects"), id("quality"), 2.0)
        .addLink(id("south-output"), id("quality"), 1.0)
        .addLink(id("inspection-returns"), id("quality"), 1.0)
        .addLink(id("assembly-fixtures"), id("north-defects"), 1.0)
        .addLink(id("lab-root-cause"), id("north-defects"), 1.0)
        .addLink(id("machining-setups"), id("south-output"), 1.0)
        .addLink(id("chen-training"), id("assembly-fixtures"), 1.0)
        .addLink(id("dana-stops"), id("assembly-fixtures"), 1.0)
        .addLink(id("farah-playbook"), id("lab-root-cause"), 2.0)
        .addLink(id("gus-reports"), id("lab-root-cause"), 1.0)
        .addLink(id("ivan-changeover"), id("machining-setups"), 1.0)
        // Marco's workshops serve both plants: one goal, two parents
        .addLink(id("marco-kaizen"), id("lab-root-cause"), 1.0)
        .addLink(id("marco-kaizen"), id("machining-setups"), 1.0)
        .build();
  }

  private static Goal unitGoal(String id, GoalLevel level, String unit, String title, Period period, GoalMeasure measure) {
    return activate(Goal.builder().id(id(id)).title(title).owner(GoalOwner.unit(unit(unit))).level(level).period(period)
        .measure(measure).build());
  }

  private static Goal personalGoal(String id, String employee, String title, Period period, GoalMeasure measure) {
    return activate(Goal.builder().id(id(id)).title(title).owner(GoalOwner.employee(EmployeeId.of(employee)))
        .level(GoalLevel.INDIVIDUAL).period(period).measure(measure).build());
  }

  /** Creates the goal as a draft and activates it, as a host would on agreement. */
  private static Goal activate(Goal draft) {
    return Goal.create(draft, CLOCK).value().transitionTo(GoalStatus.ACTIVE, CLOCK).value();
  }

  private static GoalMeasure kpiMeasure(Kpi kpi) {
    return GoalMeasure.kpi(kpi.definition().id(), kpi.target());
  }

  /** A checklist whose first {@code done} milestones are reached. */
  private static GoalMeasure milestones(int done, String... titles) {
    List<Milestone> list = new ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      list.add(new Milestone(titles[i], i < done));
    }
    return GoalMeasure.milestones(list);
  }

  private static LocalDate dueDateOf(AlignmentGraph graph, Kpi kpi) {
    return graph.goals().stream()
        .filter(g -> g.measure() instanceof GoalMeasure.Kpi && ((GoalMeasure.Kpi) g.measure()).kpi().equals(kpi.definition().id()))
        .map(Goal::dueDate)
        .findFirst()
        .orElseThrow();
  }

  // ---- progress ----------------------------------------------------------------------------

  /**
   * Each goal's progress from 0 to 1: a manual or milestone goal's own progress, a KPI goal's
   * attainment capped at 1, and for a derived goal the mean of its children's progress weighted by
   * the links. This small roll-up is only for the example; the scoring module's cascade roll-up
   * replaces it.
   */
  private static Map<GoalId, Double> progress(AlignmentGraph graph, Map<KpiId, Kpi> kpis) {
    Map<GoalId, Double> progress = new HashMap<>();
    List<GoalId> order = new ArrayList<>(graph.topologicalOrder());
    Collections.reverse(order); // children before their parents
    for (GoalId id : order) {
      Goal goal = graph.goal(id).orElseThrow();
      if (goal.progress().isPresent()) {
        progress.put(id, goal.progress().getAsDouble());
      } else if (goal.measure() instanceof GoalMeasure.Kpi) {
        Kpi kpi = kpis.get(((GoalMeasure.Kpi) goal.measure()).kpi());
        progress.put(id, Attainment.of(kpi.target(), kpi.current(), AttainmentPolicy.cappedAtOne()));
      } else {
        double weights = 0;
        double sum = 0;
        for (AlignmentLink link : graph.children(id)) {
          weights += link.weight();
          sum += link.weight() * progress.get(link.child());
        }
        progress.put(id, weights == 0 ? 0 : sum / weights);
      }
    }
    return progress;
  }

  // ---- the report --------------------------------------------------------------------------

  private static void printOrganisation(PrintStream out, Organisation org) {
    String company = org.rootUnits().get(0).name();
    out.println(company + ", performance report on " + LocalDate.now(CLOCK));
    out.printf(Locale.ROOT, "  %d units, %d employees; management roots: %s%n", org.units().size(), org.employees().size(),
        org.rootEmployees().stream().map(e -> e.displayName() + " (" + e.role() + ")").collect(Collectors.joining(", ")));
    for (Employee manager : List.of(org.employee(EmployeeId.of("ana")).orElseThrow(), org.employee(EmployeeId.of("ben")).orElseThrow())) {
      out.printf(Locale.ROOT, "  %s leads %d people in %s%n", manager.displayName(), org.allReports(manager.id()).size(),
          org.unit(manager.unit()).orElseThrow().name());
    }
  }

  private static void printCascade(PrintStream out, Organisation org, AlignmentGraph graph, Map<KpiId, Kpi> kpis) {
    Map<GoalId, Double> progress = progress(graph, kpis);
    out.println();
    out.println("Goal cascade (" + graph.size() + " goals, " + graph.linkCount() + " links), progress as of " + LocalDate.now(CLOCK));
    for (Goal goal : graph.goals()) {
      if (goal.level() == GoalLevel.ORGANISATION) {
        printTree(out, org, graph, progress, goal.id(), 1.0, 1);
      }
    }
    out.println("  not aligned to anything:");
    for (GoalId orphan : graph.orphans()) {
      printGoalLine(out, org, graph, progress, orphan, 1.0, 2);
    }
  }

  private static void printTree(
      PrintStream out, Organisation org, AlignmentGraph graph, Map<GoalId, Double> progress, GoalId id, double weight, int depth) {
    printGoalLine(out, org, graph, progress, id, weight, depth);
    for (AlignmentLink child : graph.children(id)) {
      printTree(out, org, graph, progress, child.child(), child.weight(), depth + 1);
    }
  }

  private static void printGoalLine(
      PrintStream out, Organisation org, AlignmentGraph graph, Map<GoalId, Double> progress, GoalId id, double weight, int depth) {
    Goal goal = graph.goal(id).orElseThrow();
    String shared = graph.parents(id).size() > 1 ? ", " + graph.parents(id).size() + " parents" : "";
    String weighted = weight == 1.0 ? "" : String.format(Locale.ROOT, ", weight %.0f", weight);
    out.printf(Locale.ROOT, "%s%-4s %s  [%s, %s%s%s]%n", "  ".repeat(depth), percent(progress.get(id)), goal.title(),
        owner(org, goal), how(graph, goal), weighted, shared);
  }

  private static String owner(Organisation org, Goal goal) {
    if (goal.owner() instanceof GoalOwner.Employee) {
      return org.employee(((GoalOwner.Employee) goal.owner()).id()).orElseThrow().displayName();
    }
    return org.unit(((GoalOwner.Unit) goal.owner()).id()).orElseThrow().name();
  }

  private static String how(AlignmentGraph graph, Goal goal) {
    GoalMeasure measure = goal.measure();
    if (measure instanceof GoalMeasure.Kpi) {
      return "KPI " + ((GoalMeasure.Kpi) measure).kpi() + " attainment";
    }
    if (measure instanceof GoalMeasure.Milestones) {
      List<Milestone> list = ((GoalMeasure.Milestones) measure).milestones();
      return list.stream().filter(Milestone::done).count() + " of " + list.size() + " milestones";
    }
    if (measure instanceof GoalMeasure.Manual) {
      return "self-reported";
    }
    return graph.children(goal.id()).isEmpty() ? "derived, but nothing is aligned under it" : "weighted mean of aligned goals";
  }

  private static void printSmart(PrintStream out, AlignmentGraph graph, Map<KpiId, Kpi> kpis) {
    SmartContext context = SmartContext.of(graph);
    for (Kpi kpi : kpis.values()) {
      context = context.withKpi(kpi.definition(), kpi.series());
    }
    SmartAssessor assessor = SmartAssessor.withDefaults(CLOCK);
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

  private static void printKpi(PrintStream out, Kpi kpi, LocalDate due) {
    KpiDefinition definition = kpi.definition();
    KpiTarget target = kpi.target();
    MeasurementSeries series = kpi.series();
    String unit = definition.unit();
    out.println();
    out.printf(Locale.ROOT, "%s (%s, %s): %s -> %s by %s, threshold %s, stretch %s%n", definition.name(), unit,
        definition.direction(), number(target.baseline()), number(target.target()), due,
        number(target.threshold().orElseThrow()), number(target.stretch().orElseThrow()));
    out.printf(Locale.ROOT, "  %d weeks measured, %d records%n", series.dates(), series.history().size());
    for (Measurement m : series.history()) {
      List<Measurement> trail = series.historyOf(m.observedOn());
      if (trail.size() > 1 && trail.get(0).equals(m)) {
        out.printf(Locale.ROOT, "  correction: %s read %.2f, corrected to %.2f on %s%n", m.observedOn(), m.value(),
            trail.get(trail.size() - 1).value(), trail.get(trail.size() - 1).recordedAt());
      }
    }
    double current = kpi.current();
    out.printf(Locale.ROOT, "  now (mean of the last 4 weeks): %.2f %s; attainment %.2f; payout %.2f (curve 0.5 / 1.0 / 1.5)%n",
        current, unit, Attainment.of(target, current), PayoutCurve.standard().payout(definition, target, current));
    Trend trend = Trend.of(definition, series).orElseThrow();
    out.printf(Locale.ROOT, "  trend: %+.4f %s per week, R^2 %.2f%n", trend.slope(), unit, trend.rSquared());
    out.printf(Locale.ROOT, "  projection for %s: %.2f %s, attainment %.2f -> %s%n", due, trend.valueAt(due), unit,
        trend.projectedAttainment(target, due), trend.status(target, due));
    Improvement improvement = Improvement.measure(definition, series, firstFourWeeks(), lastFourWeeks()).orElseThrow();
    out.printf(Locale.ROOT, "  improvement, first 4 weeks vs last 4: %.2f -> %.2f %s, %+.1f %% (%s)%n",
        improvement.baselineValue(), improvement.laterValue(), unit, improvement.relativeImprovement().orElseThrow() * 100,
        improvement.improved() ? "better" : "not better");
  }

  private static void printAlignment(PrintStream out, AlignmentGraph graph) {
    List<Goal> individual = graph.goals().stream().filter(g -> g.level() == GoalLevel.INDIVIDUAL).collect(Collectors.toList());
    long covered = individual.stream().filter(g -> graph.pathToObjective(g.id()).isPresent()).count();
    out.println();
    out.printf(Locale.ROOT, "Alignment coverage: %s of individual goals reach the objective (%d of %d)%n",
        percent(graph.alignmentCoverage().orElseThrow()), covered, individual.size());
    out.println("Orphans: " + graph.orphans().stream()
        .map(id -> id + " (" + graph.goal(id).orElseThrow().title() + ")")
        .collect(Collectors.joining(", ")));
  }

  private static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%.1f", value) : String.valueOf(value);
  }

  private static GoalId id(String value) {
    return GoalId.of(value);
  }

  private static OrgUnitId unit(String value) {
    return OrgUnitId.of(value);
  }
}
