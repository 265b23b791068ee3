package dev.pillars.engine.score;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.scoring.aggregation.AggregationStrategy;

/**
 * Which strategy scores a goal from its children, per tenant and goal: the weighted mean
 * everywhere by default, a custom strategy for some goals (for example one found by name in a
 * {@link dev.pillars.scoring.registry.StrategyRegistry}).
 *
 * <p><b>Duties of an implementation.</b> Thread-safe, quick and stable: the same tenant and goal
 * give the same strategy every time, since the engine asks whenever it builds a tenant's scores.
 */
@FunctionalInterface
public interface RollUpRule {
  /**
   * Returns the strategy that scores a goal from its children.
   *
   * @param tenant the goal's tenant
   * @param goal the goal
   * @return the strategy
   */
  AggregationStrategy strategyFor(TenantId tenant, Goal goal);

  /**
   * Returns a rule that uses one strategy for every goal.
   *
   * @param strategy the strategy
   * @return the rule
   * @throws NullPointerException if {@code strategy} is null
   */
  static RollUpRule everywhere(AggregationStrategy strategy) {
    requireNonNull(strategy, "strategy");
    return (tenant, goal) -> strategy;
  }
}
