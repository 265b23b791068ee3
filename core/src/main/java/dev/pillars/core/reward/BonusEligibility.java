package dev.pillars.core.reward;

import dev.pillars.core.Checks;
import java.util.Optional;

/**
 * Who a bonus plan pays: a minimum of days counted in the period, whether people who leave before
 * the period ends are paid, and an optional lowest rating level.
 *
 * @param minimumDays the fewest days counted in the period (employed, less leave) to be eligible, 0
 *     or more
 * @param leaversEligible whether someone whose employment ends before the period does is paid
 *     (prorated)
 * @param minimumLevel the label of the lowest rating level that is paid, or empty for every level
 */
public record BonusEligibility(int minimumDays, boolean leaversEligible, Optional<String> minimumLevel) {
  /**
   * Creates the rules.
   *
   * @param minimumDays the fewest days counted, 0 to 366
   * @param leaversEligible whether leavers are paid
   * @param minimumLevel the lowest level paid, or empty
   * @throws dev.pillars.core.InvalidInputException if {@code minimumDays} is out of range or the
   *     label blank
   */
  public BonusEligibility {
    Checks.inRange("minimumDays", minimumDays, 0, 366);
    Checks.notNull("minimumLevel", minimumLevel).ifPresent(l -> Checks.notBlank("minimumLevel", l));
  }

  /**
   * Returns rules that pay everyone, leavers included, from their first day.
   *
   * @return the rules
   */
  public static BonusEligibility everyone() {
    return new BonusEligibility(0, true, Optional.empty());
  }
}
