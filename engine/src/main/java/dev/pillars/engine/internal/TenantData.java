package dev.pillars.engine.internal;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.spi.Repositories;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a tenant's scores are computed from: its goals and links, and the definition and
 * measurements of every KPI a goal is measured by. Read in one place for the live scores and the
 * sandbox alike, and always laid out in one canonical order (goals by id, links by child then
 * parent), so that the same data gives the same scores bit for bit however the store streamed it.
 *
 * @param goals the goals, sorted by id
 * @param links the links, sorted by child then parent
 * @param definitions the definitions of the KPIs that measure goals
 * @param series the measurements of those KPIs
 */
record TenantData(
    List<Goal> goals, List<AlignmentLink> links, Map<KpiId, KpiDefinition> definitions,
    Map<KpiId, MeasurementSeries> series) {
  private static final Comparator<AlignmentLink> LINK_ORDER =
      Comparator.comparing((AlignmentLink l) -> l.child().value()).thenComparing(l -> l.parent().value());

  TenantData {
    goals = goals.stream().sorted(Comparator.comparing(g -> g.id().value())).collect(Collectors.toUnmodifiableList());
    links = links.stream().sorted(LINK_ORDER).collect(Collectors.toUnmodifiableList());
    definitions = Map.copyOf(definitions);
    series = Map.copyOf(series);
  }

  /** Reads a tenant's data from a store's repositories. */
  static TenantData read(Repositories store) {
    List<Goal> goals = TenantGraph.goals(store);
    List<AlignmentLink> links = TenantGraph.links(store);
    Map<KpiId, KpiDefinition> definitions = new HashMap<>();
    Map<KpiId, MeasurementSeries> series = new HashMap<>();
    for (Goal goal : goals) {
      if (goal.measure() instanceof GoalMeasure.Kpi kpi && !definitions.containsKey(kpi.kpi())) {
        store.kpiDefinitions().find(kpi.kpi()).ifPresent(d -> {
          definitions.put(kpi.kpi(), d.value());
          series.put(kpi.kpi(), store.measurements().series(kpi.kpi()));
        });
      }
    }
    return new TenantData(goals, links, definitions, series);
  }

  /** Returns the alignment graph of these goals and links. */
  AlignmentGraph graph() {
    AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoals(goals);
    links.forEach(builder::addLink);
    return builder.build();
  }

  /**
   * Builds the graph of some goals and links in the canonical order a load uses, so that scores
   * computed over it equal those of a load bit for bit.
   */
  static AlignmentGraph graph(Collection<Goal> goals, List<AlignmentLink> links) {
    return new TenantData(List.copyOf(goals), links, Map.of(), Map.of()).graph();
  }

  /** Returns this data with one goal replaced. */
  TenantData withGoal(Goal goal) {
    List<Goal> next = new ArrayList<>(goals);
    next.replaceAll(g -> g.id().equals(goal.id()) ? goal : g);
    return new TenantData(next, links, definitions, series);
  }

  /** Returns this data with other links. */
  TenantData withLinks(List<AlignmentLink> next) {
    return new TenantData(goals, next, definitions, series);
  }

  /** Returns this data with one KPI's series replaced. */
  TenantData withSeries(MeasurementSeries next) {
    Map<KpiId, MeasurementSeries> all = new HashMap<>(series);
    all.put(next.kpi(), next);
    return new TenantData(goals, links, definitions, all);
  }
}
