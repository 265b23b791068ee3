package dev.pillars.examples;

import dev.pillars.core.Period;
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
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.scoring.cascade.LeafValues;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores a manufacturer's goal cascade from its leaves up: KPI attainment, manual progress and
 * milestones at the bottom; a custom roll-up strategy found through ServiceLoader for one plant,
 * OKR grading for the quality lab that serves both plants, and the weighted mean elsewhere. It
 * prints every score, explains the top goal with its receipt, and then records new measurements,
 * each recomputing only the goals above it.
 */
public final class CascadeExample {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final KpiId DEFECT_RATE = KpiId.of("defect-rate");
  private static final KpiId ON_TIME = KpiId.of("on-time-delivery");
  private static final KpiId ROOT_CAUSE_HOURS = KpiId.of("root-cause-hours");

  private CascadeExample() {}

  /**
   * Runs the example and prints its report.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, Clock.fixed(Instant.parse("2026-06-30T17:00:00Z"), ZoneOffset.UTC));
  }

  static void run(PrintStream out, Clock clock) {
    // The registry holds the built-ins and whatever jars on the class path provide: here the
    // examples' own "weakest-mean", listed in META-INF/services.
    StrategyRegistry registry =
        StrategyRegistry.builder().withServiceLoader(CascadeExample.class.getClassLoader()).build();
    out.println("Roll-up strategies: " + registry.names(StrategyKind.AGGREGATION));

    AlignmentGraph graph = graph();
    Cascade cascade =
        Cascade.builder(graph)
            .defaultStrategy(AggregationStrategy.weightedMean())
            .strategy(id("north"), registry.aggregation(StrategyConfig.of("weakest-mean")))
            .strategy(id("lab"), registry.aggregation(StrategyConfig.of(AggregationStrategy.OKR)))
            .build();

    // Leaves: manual progress and milestones from the goals themselves, KPIs from their measurements.
    MeasurementSeries defects =
        series(DEFECT_RATE, clock, "2026-01-31", 4.0, "2026-03-31", 3.6, "2026-05-31", 3.4);
    MeasurementSeries onTime = series(ON_TIME, clock, "2026-05-31", 92.0);
    MeasurementSeries rootCause = series(ROOT_CAUSE_HOURS, clock, "2026-05-31", 60.0);
    AttainmentStrategy linear = AttainmentStrategy.linear(1.0);
    LeafValues leaves = cascade.leafValues().putGoalProgress();
    leaves.putAttainment(id("ana"), defects, Aggregation.LAST, linear);
    leaves.putAttainment(id("dan"), onTime, Aggregation.LAST, linear);
    Score keyResult = leaves.putAttainment(id("kr-root-cause"), rootCause, Aggregation.LAST, AttainmentStrategy.binary())
        .orElseThrow();
    out.println("Key result 'root cause within 48 h': " + keyResult.receipt().notes());

    CascadeResult result = cascade.rollUp(leaves);
    out.println();
    out.println("Scores in June (" + cascade + "):");
    print(out, cascade, result, id("acme-2026"), 1.0, 1);

    out.println();
    out.println("Why acme-2026 scores " + fmt(result.score(id("acme-2026")).orElseThrow()) + ":");
    out.print(result.receipt(id("acme-2026")).orElseThrow().explain());
    out.println("Why Plant North scores " + fmt(result.score(id("north")).orElseThrow()) + " (custom strategy):");
    out.print(result.receipt(id("north")).orElseThrow().explain());

    // A new measurement: Ana's line records a defect rate of 2.9 % for June.
    defects = defects.record(LocalDate.of(2026, 6, 30), 2.9, clock).value();
    double ana = linear.attainment(defects.aggregate(YEAR, Aggregation.LAST).orElseThrow(), target(id("ana"), graph))
        .value();
    int recomputed = result.update(id("ana"), ana);
    out.println();
    out.println("June defect rate 2.9 %: ana -> " + fmt(ana) + ", recomputed " + recomputed
        + " goals, acme-2026 -> " + fmt(result.score(id("acme-2026")).orElseThrow()));

    // The lab finds a root cause in 40 hours: the binary key result is reached.
    rootCause = rootCause.record(LocalDate.of(2026, 6, 30), 40.0, clock).value();
    double reached = AttainmentStrategy.binary()
        .attainment(rootCause.aggregate(YEAR, Aggregation.LAST).orElseThrow(), target(id("kr-root-cause"), graph))
        .value();
    recomputed = result.update(id("kr-root-cause"), reached);
    out.println("Root cause in 40 h: kr-root-cause -> " + fmt(reached) + ", recomputed " + recomputed
        + " goals (lab, both plants, acme-2026), acme-2026 -> " + fmt(result.score(id("acme-2026")).orElseThrow()));

    out.println();
    out.println("Scores at the end of June:");
    print(out, cascade, result, id("acme-2026"), 1.0, 1);
    out.println();
    out.println("Why acme-2026 now scores " + fmt(result.score(id("acme-2026")).orElseThrow()) + ":");
    out.print(result.receipt(id("acme-2026")).orElseThrow().explain());

    // Ben's retraining is cancelled: the goal stays in the graph, but a cancelled goal no longer
    // counts in its parent's roll-up. The scores move to the changed graph with every leaf value.
    Goal ben = graph.goal(id("ben")).orElseThrow();
    Goal cancelled = ben.transitionTo(GoalStatus.CANCELLED, clock).value();
    AlignmentGraph changed = graph.withoutGoal(ben.id(), clock).value()
        .withGoal(cancelled, clock).value()
        .withLink(link("ben", "north", 1), clock).value();
    CascadeResult moved = result.withGraph(changed);
    out.println();
    out.println("Ben's goal cancelled: north -> " + fmt(moved.score(id("north")).orElseThrow())
        + ", acme-2026 -> " + fmt(moved.score(id("acme-2026")).orElseThrow()));
    out.println("Why Plant North now scores " + fmt(moved.score(id("north")).orElseThrow()) + ":");
    out.print(moved.receipt(id("north")).orElseThrow().explain());
  }

  private static AlignmentGraph graph() {
    return AlignmentGraph.builder()
        .addGoal(unit("acme-2026", GoalLevel.ORGANISATION, "Ship right first time", GoalMeasure.derived()))
        .addGoal(unit("north", GoalLevel.UNIT, "Plant North: cut defects by 30 %", GoalMeasure.derived()))
        .addGoal(unit("south", GoalLevel.UNIT, "Plant South: deliver on time", GoalMeasure.derived()))
        .addGoal(unit("lab", GoalLevel.UNIT, "Quality lab OKR: find root causes fast", GoalMeasure.derived()))
        .addGoal(person("ana", "Ana: defect rate from 4.0 % to 2.8 %", GoalMeasure.kpi(DEFECT_RATE, KpiTarget.of(4.0, 2.8))))
        .addGoal(person("ben", "Ben: retrain the line operators", GoalMeasure.manual(0.7)))
        .addGoal(person("cleo", "Cleo: new supplier audits", GoalMeasure.milestones(List.of(
            Milestone.open("checklist").complete(), Milestone.open("pilot audit").complete(),
            Milestone.open("all suppliers"), Milestone.open("report")))))
        .addGoal(person("dan", "Dan: on-time delivery from 88 % to 96 %", GoalMeasure.kpi(ON_TIME, KpiTarget.of(88, 96))))
        .addGoal(person("kr-root-cause", "KR: root cause within 48 h", GoalMeasure.kpi(ROOT_CAUSE_HOURS, KpiTarget.of(96, 48))))
        .addGoal(person("kr-training", "KR: train 40 analysts", GoalMeasure.manual(0.6)))
        .addLink(link("north", "acme-2026", 2))
        .addLink(link("south", "acme-2026", 1))
        .addLink(link("ana", "north", 1))
        .addLink(link("ben", "north", 1))
        .addLink(link("lab", "north", 1))
        .addLink(link("lab", "south", 1))
        .addLink(link("cleo", "south", 1))
        .addLink(link("dan", "south", 2))
        .addLink(link("kr-root-cause", "lab", 1))
        .addLink(link("kr-training", "lab", 1))
        .build();
  }

  private static void print(PrintStream out, Cascade cascade, CascadeResult result, GoalId goal, double weight, int depth) {
    Goal g = cascade.graph().goal(goal).orElseThrow();
    String how = cascade.strategy(goal).map(s -> s.config().name()).orElse("leaf");
    out.printf(Locale.ROOT, "%-20s %s  (weight %s, %s)  %s%n", "  ".repeat(depth) + goal,
        result.score(goal).isPresent() ? fmt(result.score(goal).getAsDouble()) : "  -  ", fmt(weight), how, g.title());
    cascade.graph().children(goal).stream()
        .sorted(Comparator.comparing(AlignmentLink::child))
        .forEach(link -> print(out, cascade, result, link.child(), link.weight(), depth + 1));
  }

  private static MeasurementSeries series(KpiId kpi, Clock clock, Object... datesAndValues) {
    MeasurementSeries series = MeasurementSeries.empty(kpi);
    for (int i = 0; i < datesAndValues.length; i += 2) {
      series = series.record(LocalDate.parse((String) datesAndValues[i]), (Double) datesAndValues[i + 1], clock).value();
    }
    return series;
  }

  private static KpiTarget target(GoalId goal, AlignmentGraph graph) {
    return ((GoalMeasure.Kpi) graph.goal(goal).orElseThrow().measure()).target();
  }

  private static Goal unit(String id, GoalLevel level, String title, GoalMeasure measure) {
    return Goal.builder().id(id(id)).title(title).owner(GoalOwner.unit(OrgUnitId.of(id))).level(level).period(YEAR)
        .status(GoalStatus.ACTIVE).measure(measure).build();
  }

  private static Goal person(String id, String title, GoalMeasure measure) {
    return Goal.builder().id(id(id)).title(title).owner(GoalOwner.employee(EmployeeId.of(id))).level(GoalLevel.INDIVIDUAL)
        .period(YEAR).status(GoalStatus.ACTIVE).measure(measure).build();
  }

  private static AlignmentLink link(String child, String parent, double weight) {
    return AlignmentLink.of(id(child), id(parent), weight);
  }

  private static GoalId id(String id) {
    return GoalId.of(id);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
