package dev.pillars.engine.internal;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.scoring.cascade.LeafValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One tenant's scores: the cascade built from its goals and links, the leaf values from the goals'
 * own progress and their KPIs' attainment, and the roll-up. The live scores are updated in place as
 * check-ins and measurements commit (guarded by this object's monitor; each update re-reads what
 * changed from committed data, so updates applied in any order converge on the stored state); the
 * sandbox computes a pair of them from in-memory data.
 */
final class TenantScores {
  /** The cascade's default; goals the roll-up rule gives another strategy are set one by one. */
  private static final AggregationStrategy DEFAULT = AggregationStrategy.weightedMean();

  /**
   * Above this many goals changed at once (a bulk assignment), the scores load again from the
   * store rather than move to the changed graph goal by goal.
   */
  static final int MOST_GOALS_CARRIED = 256;

  private final Function<Goal, AggregationStrategy> rollUp;
  private final AttainmentStrategy attainment;
  private Cascade cascade;
  private CascadeResult result;
  /** The goals each KPI measures, among the cascade's leaves. */
  private Map<KpiId, List<GoalId>> goalsByKpi;
  /** How each KPI that measures a goal aggregates over a goal's period. */
  private final Map<KpiId, Aggregation> aggregations = new HashMap<>();
  /** The attainment score, with its receipt, of each KPI-measured leaf that has one. */
  private final Map<GoalId, Score> attainments = new HashMap<>();

  TenantScores(TenantData data, Function<Goal, AggregationStrategy> rollUp, AttainmentStrategy attainment) {
    this.rollUp = rollUp;
    AlignmentGraph graph = data.graph();
    Cascade.Builder builder = Cascade.builder(graph).defaultStrategy(DEFAULT);
    for (Goal goal : data.goals()) {
      if (!graph.children(goal.id()).isEmpty()) {
        AggregationStrategy strategy = rollUp.apply(goal);
        if (!isDefault(strategy)) {
          builder.strategy(goal.id(), strategy);
        }
      }
    }
    this.cascade = builder.build();
    this.attainment = attainment;
    Map<KpiId, List<GoalId>> byKpi = new HashMap<>();
    LeafValues leaves = cascade.leafValues().putGoalProgress();
    for (Goal goal : data.goals()) {
      if (cascade.isLeaf(goal.id()) && goal.measure() instanceof GoalMeasure.Kpi kpi) {
        byKpi.computeIfAbsent(kpi.kpi(), k -> new ArrayList<>()).add(goal.id());
        KpiDefinition definition = data.definitions().get(kpi.kpi());
        if (definition != null) {
          aggregations.put(kpi.kpi(), definition.aggregation());
          leaves.putAttainment(goal.id(), data.series().get(kpi.kpi()), definition.aggregation(), attainment)
              .ifPresent(score -> attainments.put(goal.id(), score));
        }
      }
    }
    this.goalsByKpi = byKpi;
    this.result = cascade.rollUp(leaves);
  }

  /** Loads a tenant's scores from its committed data. */
  static TenantScores load(
      Repositories committed, Function<Goal, AggregationStrategy> rollUp, AttainmentStrategy attainment) {
    return new TenantScores(TenantData.read(committed), rollUp, attainment);
  }

  synchronized Optional<GoalScore> score(GoalId goal) {
    if (cascade.indexOf(goal) < 0) {
      return Optional.empty();
    }
    OptionalDouble value = result.score(goal);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<Score> receipt = result.receipt(goal).map(Score::of);
    if (receipt.isEmpty()) {
      receipt = Optional.ofNullable(attainments.get(goal));
    }
    return Optional.of(new GoalScore(goal, value.getAsDouble(), receipt.map(Score::receipt)));
  }

  /** Every goal's score, in the graph's order. */
  synchronized Map<GoalId, Optional<GoalScore>> all() {
    Map<GoalId, Optional<GoalScore>> all = new java.util.LinkedHashMap<>();
    for (Goal goal : cascade.graph().goals()) {
      all.put(goal.id(), score(goal.id()));
    }
    return all;
  }

  /**
   * Re-reads one goal's own progress from committed data and updates its ancestors. A goal with
   * children keeps its own measure only for its receipt's note: it moves to the graph with the goal
   * read again, as {@link #refreshGraph} does.
   *
   * @return false, with nothing changed, when the scores should load again instead
   */
  synchronized boolean refreshGoal(GoalId goal, Repositories committed) {
    if (cascade.indexOf(goal) < 0) {
      return true;
    }
    if (!cascade.isLeaf(goal)) {
      return refreshGraph(Set.of(goal), false, committed);
    }
    Optional<Goal> stored = committed.goals().find(goal).map(Versioned::value);
    OptionalDouble progress = stored.map(Goal::progress).orElse(OptionalDouble.empty());
    if (progress.isPresent()) {
      result.update(goal, progress.getAsDouble());
    }
    return true;
  }

  /** Re-reads one KPI's measurements from committed data and updates the goals it measures. */
  synchronized void refreshKpi(KpiId kpi, Repositories committed) {
    List<GoalId> goals = goalsByKpi.getOrDefault(kpi, List.of());
    Aggregation aggregation = aggregations.get(kpi);
    if (goals.isEmpty() || aggregation == null) {
      return;
    }
    for (GoalId goal : goals) {
      Goal g = cascade.graph().goal(goal).orElseThrow();
      GoalMeasure.Kpi measure = (GoalMeasure.Kpi) g.measure();
      OptionalDouble measured = measured(committed, kpi, g, aggregation);
      if (measured.isEmpty()) {
        result.clear(goal);
        attainments.remove(goal);
        continue;
      }
      Score score = attainment.attainment(measured.getAsDouble(), measure.target());
      attainments.put(goal, score);
      result.update(goal, score.receipt().unroundedValue());
    }
  }

  /**
   * Moves the scores to the graph after goals were created or changed and links added or removed,
   * carrying every current value over ({@link CascadeResult#withGraph}): the changed goals and the
   * tenant's links are read again from committed data, the goals touched take their values afresh,
   * and only what the change reaches is recomputed, equal bit for bit to a load from the store.
   *
   * @param changed the goals created or changed
   * @param links whether links were added or removed
   * @param committed the tenant's committed data
   * @return false, with nothing changed, when the change is better served by loading again: too
   *     many goals, or a goal the roll-up rule gives a strategy the carried cascade would not have
   */
  synchronized boolean refreshGraph(Set<GoalId> changed, boolean links, Repositories committed) {
    if (changed.size() > MOST_GOALS_CARRIED) {
      return false;
    }
    AlignmentGraph before = cascade.graph();
    Map<GoalId, Goal> goals = new LinkedHashMap<>();
    before.goals().forEach(g -> goals.put(g.id(), g));
    Set<GoalId> touched = new HashSet<>(changed);
    List<AlignmentLink> next = before.links();
    if (links) {
      next = TenantGraph.links(committed);
      Set<AlignmentLink> was = new HashSet<>(before.links());
      Set<AlignmentLink> is = new HashSet<>(next);
      for (AlignmentLink link : before.links()) {
        if (!is.contains(link)) {
          touched.add(link.child());
          touched.add(link.parent());
        }
      }
      for (AlignmentLink link : next) {
        if (!was.contains(link)) {
          touched.add(link.child());
          touched.add(link.parent());
        }
      }
    }
    // every goal touched is read again: the graph's copy has the structure, not the latest progress
    for (GoalId id : touched) {
      Optional<Goal> stored = committed.goals().find(id).map(Versioned::value);
      if (stored.isPresent()) {
        goals.put(id, stored.get());
      } else {
        goals.remove(id);
      }
    }
    if (!links) {
      next = next.stream().filter(l -> goals.containsKey(l.child()) && goals.containsKey(l.parent())).toList();
    }
    AlignmentGraph graph = TenantData.graph(goals.values(), next);
    Cascade moved = cascade.withGraph(graph);
    for (GoalId id : touched) {
      Optional<Goal> goal = graph.goal(id);
      if (goal.isPresent() && !moved.isLeaf(id)) {
        AggregationStrategy wanted = rollUp.apply(goal.get());
        Optional<AggregationStrategy> carried = moved.strategy(id);
        boolean same = carried.isPresent()
            ? carried.get().config().equals(wanted.config()) && carried.get().getClass() == wanted.getClass()
            : isDefault(wanted);
        if (!same) {
          return false;
        }
      }
    }
    CascadeResult nextResult = result.withGraph(graph);
    Map<GoalId, Score> nextAttainments = new HashMap<>(attainments);
    Map<KpiId, Aggregation> nextAggregations = new HashMap<>(aggregations);
    for (GoalId id : touched) {
      nextAttainments.remove(id);
      if (graph.goal(id).isPresent() && nextResult.cascade().isLeaf(id)) {
        leafValue(graph.goal(id).get(), committed, nextAggregations, nextResult, nextAttainments);
      }
    }
    nextAttainments.keySet().removeIf(id -> graph.goal(id).isEmpty() || !nextResult.cascade().isLeaf(id));
    this.cascade = nextResult.cascade();
    this.result = nextResult;
    this.goalsByKpi = goalsByKpi(cascade);
    this.aggregations.putAll(nextAggregations);
    this.attainments.clear();
    this.attainments.putAll(nextAttainments);
    return true;
  }

  /**
   * Scores the goals a newly defined KPI measures, read from committed data.
   *
   * @return false, with nothing changed, when the scores should load again instead (as {@link
   *     #refreshGraph})
   */
  synchronized boolean refreshDefinition(KpiId kpi, Repositories committed) {
    Set<GoalId> measured = new HashSet<>();
    for (Goal goal : cascade.graph().goals()) {
      if (goal.measure() instanceof GoalMeasure.Kpi m && m.kpi().equals(kpi)) {
        measured.add(goal.id());
      }
    }
    return measured.isEmpty() || refreshGraph(measured, false, committed);
  }

  /**
   * Gives one leaf its value from committed data as a load would: a KPI's attainment over the
   * goal's period, or the goal's own progress; none if it has neither.
   */
  private void leafValue(
      Goal goal, Repositories committed, Map<KpiId, Aggregation> aggregations, CascadeResult into,
      Map<GoalId, Score> attainments) {
    OptionalDouble value = OptionalDouble.empty();
    if (goal.measure() instanceof GoalMeasure.Kpi kpi) {
      Optional<KpiDefinition> definition = committed.kpiDefinitions().find(kpi.kpi()).map(Versioned::value);
      if (definition.isPresent()) {
        Aggregation aggregation = definition.get().aggregation();
        aggregations.put(kpi.kpi(), aggregation);
        OptionalDouble measured = measured(committed, kpi.kpi(), goal, aggregation);
        if (measured.isPresent()) {
          Score score = attainment.attainment(measured.getAsDouble(), kpi.target());
          attainments.put(goal.id(), score);
          value = OptionalDouble.of(score.receipt().unroundedValue());
        }
      }
    } else {
      value = goal.progress();
    }
    if (value.isPresent()) {
      into.update(goal.id(), value.getAsDouble());
    } else if (into.hasLeafValue(goal.id())) {
      into.clear(goal.id());
    }
  }

  /**
   * A KPI's committed values over a goal's period, aggregated as {@link
   * MeasurementSeries#aggregate} does: the current value of each date, in date order.
   */
  private static OptionalDouble measured(Repositories committed, KpiId kpi, Goal goal, Aggregation aggregation) {
    List<Measurement> current = committed.measurements().range(kpi, goal.period().start(), goal.period().end());
    return aggregation.apply(current.stream().mapToDouble(Measurement::value).toArray());
  }

  private static Map<KpiId, List<GoalId>> goalsByKpi(Cascade cascade) {
    Map<KpiId, List<GoalId>> byKpi = new HashMap<>();
    for (Goal goal : cascade.graph().goals()) {
      if (cascade.isLeaf(goal.id()) && goal.measure() instanceof GoalMeasure.Kpi kpi) {
        byKpi.computeIfAbsent(kpi.kpi(), k -> new ArrayList<>()).add(goal.id());
      }
    }
    return byKpi;
  }

  private static boolean isDefault(AggregationStrategy strategy) {
    return strategy.getClass() == DEFAULT.getClass() && strategy.config().equals(DEFAULT.config());
  }

  @Override
  public String toString() {
    return "TenantScores[goals=" + cascade.size() + ", kpis="
        + goalsByKpi.keySet().stream().map(KpiId::value).sorted().collect(Collectors.joining(",")) + "]";
  }
}
