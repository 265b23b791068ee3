package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.org.Organisation;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the example knows about a firm: its organisation, KPI definitions with their
 * measurements, goals, alignment links and check-ins.
 *
 * <p>The parts are kept in one canonical order (goals by level then id; links by parent, heavier
 * first, then child; KPIs by id; check-ins by goal then time), so two firms with the same data are
 * equal and print the same report whichever store they were read from.
 */
record Firm(
    Organisation organisation,
    List<KpiDefinition> kpis,
    List<MeasurementSeries> measurements,
    List<Goal> goals,
    List<AlignmentLink> links,
    List<CheckIn> checkIns) {

  Firm {
    kpis = sorted(kpis, Comparator.comparing(KpiDefinition::id));
    measurements = sorted(measurements, Comparator.comparing(MeasurementSeries::kpi));
    goals = sorted(goals, Comparator.comparing(Goal::level).thenComparing(Goal::id));
    links = sorted(links, Comparator.comparing(AlignmentLink::parent)
        .thenComparing(Comparator.comparingDouble(AlignmentLink::weight).reversed())
        .thenComparing(AlignmentLink::child));
    checkIns = sorted(checkIns, Comparator.comparing(CheckIn::goalId).thenComparing(CheckIn::at));
  }

  private static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
    return list.stream().sorted(order).collect(Collectors.toUnmodifiableList());
  }

  /** The alignment graph of the goals and links, built in one pass. */
  AlignmentGraph graph() {
    AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoals(goals);
    links.forEach(builder::addLink);
    return builder.build();
  }

  /** The goal with the given id. */
  Goal goal(GoalId id) {
    return goals.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  /** The KPIs as their goals measure them, in KPI order. */
  Map<KpiId, Kpi> kpiReadings() {
    Map<KpiId, Kpi> readings = new LinkedHashMap<>();
    for (KpiDefinition definition : kpis) {
      Goal goal = goals.stream()
          .filter(g -> g.measure() instanceof GoalMeasure.Kpi && ((GoalMeasure.Kpi) g.measure()).kpi().equals(definition.id()))
          .findFirst()
          .orElseThrow();
      KpiTarget target = ((GoalMeasure.Kpi) goal.measure()).target();
      MeasurementSeries series = measurements.stream().filter(s -> s.kpi().equals(definition.id())).findFirst().orElseThrow();
      readings.put(definition.id(), new Kpi(definition, target, series, goal));
    }
    return readings;
  }

  /** The check-ins of one goal, oldest first. */
  List<CheckIn> checkInsOf(GoalId goal) {
    return checkIns.stream().filter(c -> c.goalId().equals(goal)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns this firm as it is once every check-in is recorded on its goal: a manual goal's
   * progress becomes its latest check-in's, exactly as {@link Goal#checkIn} does it.
   */
  Firm withCheckInsRecorded() {
    List<Goal> recorded = goals.stream().map(this::recordCheckIns).collect(Collectors.toUnmodifiableList());
    return new Firm(organisation, kpis, measurements, recorded, links, checkIns);
  }

  private Goal recordCheckIns(Goal goal) {
    Goal current = goal;
    for (CheckIn checkIn : checkInsOf(goal.id())) {
      current = current.checkIn(checkIn.progress(), checkIn.confidence(), checkIn.comment(),
          Clock.fixed(checkIn.at(), ZoneOffset.UTC)).value();
    }
    return current;
  }

  /**
   * A KPI as a goal measures it: its definition, the goal's target, the measurements and the goal.
   *
   * @param definition the KPI's definition
   * @param target the goal's target for it
   * @param series its measurements, corrections included
   * @param goal the goal it measures
   */
  record Kpi(KpiDefinition definition, KpiTarget target, MeasurementSeries series, Goal goal) {
    /** The KPI's aggregation over a period, such as its current value over the last four weeks. */
    double over(Period period) {
      return series.aggregate(period, definition.aggregation()).orElseThrow();
    }
  }

  /** The latest check-in of a goal, if it has any. */
  Optional<CheckIn> latestCheckIn(GoalId goal) {
    List<CheckIn> list = checkInsOf(goal);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }
}
