package dev.pillars.core.reward;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A bonus plan: target bonus times company factor times an individual multiplier from the rating,
 * prorated by the days counted in the period (joiners, leavers, leave), for eligible people, capped.
 *
 * @param id the plan's id
 * @param name the plan's name, not blank
 * @param period the plan's period
 * @param scale the rating scale whose levels the multipliers follow
 * @param terms the multipliers, company factor, cap and eligibility
 */
public record BonusPlan(BonusPlanId id, String name, Period period, RatingScale scale, BonusTerms terms) {
  /**
   * Creates a plan.
   *
   * @param id the plan's id
   * @param name the plan's name
   * @param period the period
   * @param scale the rating scale
   * @param terms the terms
   * @throws dev.pillars.core.InvalidInputException if the terms have not one multiplier per level,
   *     or name a minimum level the scale lacks
   */
  public BonusPlan {
    Checks.notNull("id", id);
    Checks.notNull("name", name);
    Checks.notNull("period", period);
    Checks.notNull("scale", scale);
    Checks.notNull("terms", terms);
    Checks.notBlank("name", name);
    Checks.require(terms.multipliersBp().size() == scale.levels().size(), "terms.multipliersBp",
        terms.multipliersBp(), "must hold one multiplier per level of the scale " + scale.labels());
    terms.eligibility().minimumLevel().ifPresent(label -> Checks.require(scale.level(label).isPresent(),
        "terms.eligibility.minimumLevel", label, "must be a label of the scale " + scale.labels()));
  }

  /**
   * Returns the days of the period a case counts: the days employed inside the period, less leave.
   *
   * @param c the case
   * @return 0 to the period's days
   * @throws dev.pillars.core.InvalidInputException if the leave is longer than the days employed in
   *     the period
   */
  public long countedDays(BonusCase c) {
    Checks.notNull("case", c);
    LocalDate from = max(c.employed().start(), period.start());
    LocalDate to = c.employed().end().isBefore(period.end()) ? c.employed().end() : period.end();
    long employed = to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    Checks.require(c.leaveDays() <= employed, c.employee() + ".leaveDays", c.leaveDays(),
        "must be at most the " + employed + " days employed in the period " + period);
    return employed - c.leaveDays();
  }

  /**
   * Returns the individual multiplier of a rating level.
   *
   * @param level a level of the scale
   * @return the multiplier in basis points
   * @throws dev.pillars.core.InvalidInputException if the level is not the scale's
   */
  public int multiplierBp(RatingLevel level) {
    return terms.multipliersBp().get(row(level));
  }

  /**
   * Returns the range a pool allocation keeps a person in, as fractions of their prorated target
   * bonus: from zero, through company factor times multiplier (at most the cap), to the cap.
   *
   * @param level a level of the scale
   * @return the range
   */
  public IncreaseRange range(RatingLevel level) {
    long target = (long) terms.companyFactorBp() * multiplierBp(level) / IncreaseRange.ONE;
    return IncreaseRange.of(0, (int) Math.min(target, terms.capBp()), terms.capBp());
  }

  /**
   * Computes a person's bonus under the plan, with its receipt.
   *
   * @param c the person's case
   * @return the award
   * @throws dev.pillars.core.InvalidInputException if the rating is not of the plan's scale or the
   *     leave is longer than the days employed
   */
  public BonusAward award(BonusCase c) {
    long counted = countedDays(c);
    int row = row(c.rating());
    int multiplier = terms.multipliersBp().get(row);
    BonusEligibility rules = terms.eligibility();
    String reason = "eligible";
    if (counted < rules.minimumDays()) {
      reason = "counted " + counted + " days, fewer than the plan's minimum " + rules.minimumDays();
    } else if (!rules.leaversEligible() && c.employed().end().isBefore(period.end())) {
      reason = "left on " + c.employed().end() + " before the period ends, and the plan does not pay leavers";
    } else if (rules.minimumLevel().isPresent() && row < row(scale.level(rules.minimumLevel().get()).orElseThrow())) {
      reason = "rated " + c.rating().label() + ", below the plan's minimum " + rules.minimumLevel().get();
    }
    boolean eligible = reason.equals("eligible");
    boolean capped = eligible && counted > 0 && BonusAward.capApplies(terms.companyFactorBp(), multiplier, terms.capBp());
    return new BonusAward(c.employee(), c.targetBonus(), counted, period.days(), terms.companyFactorBp(), multiplier,
        terms.capBp(), eligible, reason, capped,
        BonusAward.compute(c.targetBonus(), counted, period.days(), terms.companyFactorBp(), multiplier, terms.capBp(),
            eligible));
  }

  /**
   * Returns a person's target bonus prorated by the days counted, in minor units, rounded down.
   *
   * @param c the case
   * @return {@code floor(target * counted / periodDays)}
   */
  public long proratedTarget(BonusCase c) {
    Checks.notNull("case", c);
    return java.math.BigInteger.valueOf(c.targetBonus().minor()).multiply(java.math.BigInteger.valueOf(countedDays(c)))
        .divide(java.math.BigInteger.valueOf(period.days())).longValueExact();
  }

  private int row(RatingLevel level) {
    Checks.notNull("level", level);
    int row = scale.levels().indexOf(level);
    Checks.require(row >= 0, "rating", level, "must be a level of the plan's scale " + scale.labels());
    return row;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
