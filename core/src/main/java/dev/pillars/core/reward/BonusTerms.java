package dev.pillars.core.reward;

import dev.pillars.core.Checks;
import java.util.List;

/**
 * The numbers of a bonus plan: an individual multiplier per rating level, the company factor, the
 * cap and who is eligible. Multipliers, factor and cap are basis points (10000 is 100 %).
 *
 * @param multipliersBp the individual multiplier for each level of the plan's scale, lowest level
 *     first; they do not fall as the rating rises
 * @param companyFactorBp the company factor, 0 to {@value IncreaseRange#MAX_BP}
 * @param capBp the most an award can be, as a fraction of the prorated target bonus
 * @param eligibility who is paid
 */
public record BonusTerms(List<Integer> multipliersBp, int companyFactorBp, int capBp, BonusEligibility eligibility) {
  /**
   * Creates the terms.
   *
   * @param multipliersBp the multipliers, lowest level first, not falling
   * @param companyFactorBp the company factor
   * @param capBp the cap
   * @param eligibility who is paid
   * @throws dev.pillars.core.InvalidInputException if a number is out of range or a multiplier
   *     falls as the rating rises
   */
  public BonusTerms {
    Checks.notNull("multipliersBp", multipliersBp);
    Checks.notNull("eligibility", eligibility);
    multipliersBp = List.copyOf(multipliersBp);
    Checks.require(!multipliersBp.isEmpty(), "multipliersBp", multipliersBp, "must hold one multiplier per level");
    for (int i = 0; i < multipliersBp.size(); i++) {
      Checks.inRange("multipliersBp[" + i + "]", multipliersBp.get(i), i == 0 ? 0 : multipliersBp.get(i - 1),
          IncreaseRange.MAX_BP);
    }
    Checks.inRange("companyFactorBp", companyFactorBp, 0, IncreaseRange.MAX_BP);
    Checks.inRange("capBp", capBp, 0, IncreaseRange.MAX_BP);
    Checks.notNull("eligibility", eligibility);
  }
}
