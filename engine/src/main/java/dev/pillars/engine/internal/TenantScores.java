package dev.pillars.engine.internal;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final Cascade cascade;
  private final CascadeResult result;
  private final AttainmentStrategy attainment;
  /** The goals each KPI measures, among the cascade's leaves. */
  private final Map<KpiId, List<GoalId>> goalsByKpi;
  /** How each of those KPIs aggregates over a goal's period (a KPI defined later reloads the scores). */
  private final Map<KpiId, Aggregation> aggregations = new HashMap<>();
  /** The attainment score, with its receipt, of each KPI-measured leaf that has one. */
  private final Map<GoalId, Score> attainments = new HashMap<>();

  TenantScores(TenantData data, Function<Goal, AggregationStrategy> rollUp, AttainmentStrategy attainment) {
    AlignmentGraph graph = data.graph();
    Cascade.Builder builder = Cascade.builder(graph).defaultStrategy(DEFAULT);
    for (Goal goal : data.goals()) {
      if (!graph.children(goal.id()).isEmpty()) {
        AggregationStrategy strategy = rollUp.apply(goal);
        if (strategy.getClass() != DEFAULT.getClass() || !strategy.config().equals(DEFAULT.config())) {
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

  /** Re-reads one goal's own progress from committed data and updates its ancestors. */
  synchronized void refreshGoal(GoalId goal, Repositories committed) {
    if (cascade.indexOf(goal) < 0 || !cascade.isLeaf(goal)) {
      return;
    }
    Optional<Goal> stored = committed.goals().find(goal).map(Versioned::value);
    OptionalDouble progress = stored.map(Goal::progress).orElse(OptionalDouble.empty());
    if (progress.isPresent()) {
      result.update(goal, progress.getAsDouble());
    }
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
      MeasurementSeries inPeriod =
          MeasurementSeries.of(kpi, committed.measurements().range(kpi, g.period().start(), g.period().end()));
      OptionalDouble measured = inPeriod.aggregate(g.period(), aggregation);
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

  @Override
  public String toString() {
    return "TenantScores[goals=" + cascade.size() + ", kpis="
        + goalsByKpi.keySet().stream().map(KpiId::value).sorted().collect(Collectors.joining(",")) + "]";
  }
}
