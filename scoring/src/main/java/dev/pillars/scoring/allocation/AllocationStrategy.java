package dev.pillars.scoring.allocation;

import dev.pillars.core.Checks;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.spi.StrategyProvider;
import java.util.List;

/**
 * Shares a budget out among recipients, exact to the minor currency unit.
 *
 * <p><b>No score.</b> An allocation has no scores to miss: a zero budget, or one with nobody to go
 * to, is handled as documented on {@link #allocate}.
 *
 * <p>Duties of an implementation, besides those of {@link ScoringStrategy}: the amounts add up to
 * the budget exactly; nobody gets a negative amount; a recipient with a higher rating never gets
 * less than one with a lower rating and otherwise equal inputs; recipients with equal inputs get
 * amounts at most one minor unit apart, the unit going by a documented, deterministic tie-break.
 */
public interface AllocationStrategy extends ScoringStrategy {
  /** Name of the allocation proportional to base times rating to an exponent. */
  String RATING_PROPORTIONAL = "rating-proportional";

  /**
   * Shares a budget out.
   *
   * @param budget the budget in minor units, not negative
   * @param recipients the recipients, each once
   * @return the allocation, one line per recipient in input order
   * @throws dev.pillars.core.InvalidInputException if the budget is negative, a recipient repeats,
   *     or a positive budget has nobody to go to
   */
  Allocation allocate(long budget, List<AllocationInput> recipients);

  @Override
  default StrategyKind kind() {
    return StrategyKind.ALLOCATION;
  }

  /**
   * Allocates an allocation's budget again among its recipients.
   *
   * @param allocation an allocation of this strategy
   * @return an equal allocation
   * @throws dev.pillars.core.InvalidInputException if the allocation is not of this strategy's
   *     configuration
   */
  default Allocation replay(Allocation allocation) {
    Checks.notNull("allocation", allocation);
    Checks.require(
        allocation.config().equals(config()), "allocation.config", allocation.config(), "must be " + config());
    return allocate(allocation.budget(), allocation.inputs());
  }

  /**
   * Returns allocation proportional to base times rating: each recipient's exact share is {@code
   * budget * points / sum(points)} with {@code points = base * rating}.
   *
   * @return the strategy
   * @see #ratingProportional(double)
   */
  static AllocationStrategy ratingProportional() {
    return RatingProportionalAllocation.create(StrategyConfig.of(RATING_PROPORTIONAL));
  }

  /**
   * Returns allocation proportional to {@code base * rating^exponent}, exact to the minor unit by
   * largest remainders: every recipient first gets their exact share rounded down; the minor units
   * left over (fewer than the number of recipients) go one each to the largest remainders, ties
   * going to the higher rating, then the higher base, then the recipient id in ascending order.
   *
   * @param exponent how steeply the rating weighs, from 0 (rating ignored) to 10
   * @return the strategy
   * @throws dev.pillars.scoring.InvalidParameterException if the exponent is out of range
   */
  static AllocationStrategy ratingProportional(double exponent) {
    return RatingProportionalAllocation.create(
        StrategyConfig.of(RATING_PROPORTIONAL).with(RatingProportionalAllocation.EXPONENT, exponent));
  }

  /**
   * Returns the providers of the built-in allocation strategies, which every {@code
   * StrategyRegistry} holds.
   *
   * @return the providers
   */
  static List<StrategyProvider> builtIns() {
    return List.of(
        StrategyProvider.of(RATING_PROPORTIONAL, StrategyKind.ALLOCATION, RatingProportionalAllocation::create));
  }
}
