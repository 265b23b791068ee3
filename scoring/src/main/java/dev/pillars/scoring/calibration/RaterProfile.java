package dev.pillars.scoring.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import java.util.EnumSet;
import java.util.Set;

/**
 * One rater's ratings against the population's: the difference of mean rating values (leniency
 * when clearly above zero, severity when clearly below) and the difference of the share rated at
 * the middle of the scale (central tendency when clearly above zero), each with its group size and
 * 95 % interval. The intervals use Student's t with the group's degrees of freedom, so a rater of
 * three people is flagged only when the pattern is too strong to be noise, and a rater of one never
 * (their one rating's distance from the population is the person's as much as the rater's).
 *
 * @param rater the rater
 * @param leniency the rater's mean rating value minus the population's; its interval is {@code ±
 *     t(0.975, n - 1) σ / √n} with σ the population's standard deviation (the whole width of the
 *     scale either way for a rater of one)
 * @param centralTendency the rater's share of middle ratings minus the population's; its interval
 *     is the Wilson score interval of the rater's share with the same t quantile, shifted the same
 *     way (every possible share for a rater of one)
 */
public record RaterProfile(EmployeeId rater, Statistic leniency, Statistic centralTendency) {
  /**
   * Creates a profile.
   *
   * @param rater the rater
   * @param leniency the difference of means with its interval
   * @param centralTendency the difference of middle shares with its interval
   * @throws dev.pillars.core.InvalidInputException if the two statistics rest on different group
   *     sizes
   */
  public RaterProfile {
    Checks.notNull("rater", rater);
    Checks.notNull("leniency", leniency);
    Checks.notNull("centralTendency", centralTendency);
    if (leniency.groupSize() != centralTendency.groupSize()) {
      Checks.require(false, "centralTendency.groupSize", centralTendency.groupSize(),
          "must equal leniency.groupSize " + leniency.groupSize());
    }
  }

  /**
   * Returns how many ratings the profile rests on.
   *
   * @return the rater's group size
   */
  public int groupSize() {
    return leniency.groupSize();
  }

  /**
   * Returns the effects found beyond noise.
   *
   * @return the effects; empty for a rater in line with the population
   */
  public Set<RaterEffect> effects() {
    Set<RaterEffect> out = EnumSet.noneOf(RaterEffect.class);
    if (leniency.clearlyAboveZero()) {
      out.add(RaterEffect.LENIENCY);
    }
    if (leniency.clearlyBelowZero()) {
      out.add(RaterEffect.SEVERITY);
    }
    if (centralTendency.clearlyAboveZero()) {
      out.add(RaterEffect.CENTRAL_TENDENCY);
    }
    return Set.copyOf(out);
  }
}
