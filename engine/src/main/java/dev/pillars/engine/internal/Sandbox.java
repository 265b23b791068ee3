package dev.pillars.engine.internal;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.engine.score.ScoreChange;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs candidate changes against a copy of a tenant's committed data in memory: reads the data
 * once, applies the candidates with the same domain rules as the real workflows, scores both the
 * copy before and after with the engine's strategies (or another roll-up), and returns the goals
 * whose score differs. Writes nothing and delivers no event.
 */
public final class Sandbox {
  private Sandbox() {}

  /**
   * Runs candidates.
   *
   * @param call the call context, whose actor needs the rights each candidate would need for real
   *     and may see the score of every goal that changes
   * @param candidates the changes, in order
   * @param rollUp the roll-up strategy to score the copy with; empty for the engine's own
   * @return the goals whose score would change, in the order of their ids
   */
  public static List<ScoreChange> run(Call call, List<Candidate> candidates, Optional<AggregationStrategy> rollUp) {
    Engine engine = call.engine();
    return call.read(scope -> {
      Repositories store = scope.repositories();
      TenantData before = TenantData.read(store);
      TenantData after = before;
      for (Candidate candidate : candidates) {
        after = apply(scope, store, after, candidate, call);
      }
      Function<Goal, AggregationStrategy> rule = goal -> engine.rollUp.strategyFor(call.tenant(), goal);
      TenantScores was = new TenantScores(before, rule, engine.attainment);
      TenantScores would = new TenantScores(after, rollUp.<Function<Goal, AggregationStrategy>>map(s -> goal -> s)
          .orElse(rule), engine.attainment);
      Map<GoalId, Optional<GoalScore>> old = was.all();
      Map<GoalId, Optional<GoalScore>> now = would.all();
      List<ScoreChange> changes = new ArrayList<>();
      for (Goal goal : after.goals()) {
        Optional<GoalScore> a = old.getOrDefault(goal.id(), Optional.empty());
        Optional<GoalScore> b = now.get(goal.id());
        if (!Objects.equals(a, b)) {
          scope.require(Action.VIEW_SCORE, Resources.ofGoal(goal));
          changes.add(new ScoreChange(goal.id(), a, b));
        }
      }
      return List.copyOf(changes);
    });
  }

  private static TenantData apply(Call.Scope scope, Repositories store, TenantData data, Candidate candidate, Call call) {
    if (candidate instanceof Candidate.Measure m) {
      scope.require(Action.RECORD_MEASUREMENT, Resources.ofKpi(m.kpi()));
      store.kpiDefinitions().find(m.kpi()).orElseThrow(() -> Resources.unknownKpi(m.kpi()));
      boolean scored = data.series().containsKey(m.kpi());
      MeasurementSeries series = scored ? data.series().get(m.kpi()) : store.measurements().series(m.kpi());
      MeasurementSeries next = series.valueOn(m.day()).isPresent()
          ? series.correct(m.day(), m.value(), call.clock()).value()
          : series.record(m.day(), m.value(), call.clock()).value();
      return scored ? data.withSeries(next) : data;
    }
    if (candidate instanceof Candidate.CheckIn c) {
      Goal goal = goal(data, c.goal());
      scope.require(Action.CHECK_IN, Resources.ofGoal(goal));
      return data.withGoal(goal.checkIn(c.progress(), 1.0, Optional.empty(), call.clock()).value());
    }
    AlignmentGraph graph = data.graph();
    if (candidate instanceof Candidate.Link l) {
      scope.require(Action.ALIGN_GOAL, Resources.ofGoal(goal(data, l.link().child())));
      scope.require(Action.VIEW_GOAL, Resources.ofGoal(goal(data, l.link().parent())));
      return data.withLinks(graph.withLink(l.link(), call.clock()).value().links());
    }
    Candidate.Unlink u = (Candidate.Unlink) candidate;
    scope.require(Action.ALIGN_GOAL, Resources.ofGoal(goal(data, u.child())));
    List<AlignmentLink> links = graph.withoutLink(u.child(), u.parent(), call.clock()).value().links();
    return data.withLinks(links);
  }

  private static Goal goal(TenantData data, GoalId id) {
    for (Goal goal : data.goals()) {
      if (goal.id().equals(id)) {
        return goal;
      }
    }
    throw Resources.unknownGoal(id);
  }
}
