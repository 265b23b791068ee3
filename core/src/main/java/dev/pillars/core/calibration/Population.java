package dev.pillars.core.calibration;

import dev.pillars.core.Checks;
import dev.pillars.core.org.OrgUnitId;

/**
 * The people a distribution is compared over: a whole cycle, one unit, or one grade.
 *
 * @param kind what the population is keyed on
 * @param key the unit id or the grade; empty text for the whole cycle
 */
public record Population(Kind kind, String key) {
  /** What a population is keyed on. */
  public enum Kind {
    /** Everyone rated in the cycle. */
    CYCLE,
    /** The people of one organisational unit. */
    UNIT,
    /** The people of one grade. */
    GRADE
  }

  /**
   * Creates a population.
   *
   * @param kind what the population is keyed on
   * @param key the unit id or the grade; empty text for the whole cycle
   * @throws dev.pillars.core.InvalidInputException if the key is empty for a unit or grade, or not
   *     empty for the whole cycle
   */
  public Population {
    Checks.notNull("kind", kind);
    Checks.notNull("key", key);
    if (kind == Kind.CYCLE) {
      Checks.require(key.isEmpty(), "key", key, "must be empty for the whole cycle");
    } else {
      Checks.notBlank("key", key);
    }
  }

  /**
   * Returns everyone rated in the cycle.
   *
   * @return the population
   */
  public static Population cycle() {
    return new Population(Kind.CYCLE, "");
  }

  /**
   * Returns the people of one unit.
   *
   * @param unit the unit
   * @return the population
   */
  public static Population unit(OrgUnitId unit) {
    return new Population(Kind.UNIT, Checks.notNull("unit", unit).value());
  }

  /**
   * Returns the people of one grade.
   *
   * @param grade the grade, not blank
   * @return the population
   */
  public static Population grade(String grade) {
    return new Population(Kind.GRADE, grade);
  }

  /**
   * Tells whether a rating belongs to this population.
   *
   * @param rating the rating
   * @return whether the rated person is in the population
   */
  public boolean contains(ProposedRating rating) {
    Checks.notNull("rating", rating);
    return switch (kind) {
      case CYCLE -> true;
      case UNIT -> rating.unit().value().equals(key);
      case GRADE -> rating.grade().equals(key);
    };
  }

  @Override
  public String toString() {
    return kind == Kind.CYCLE ? "the whole cycle" : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + key;
  }
}
