package dev.pillars.core;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A closed range of dates, both ends included: a quarter, a review year, a measurement window.
 *
 * @param start the first day, included
 * @param end the last day, included; not before {@code start}
 */
public record Period(LocalDate start, LocalDate end) {
  /**
   * Creates a period.
   *
   * @param start the first day, included
   * @param end the last day, included; not before {@code start}
   * @throws NullPointerException if either end is null
   * @throws InvalidInputException if {@code end} is before {@code start}
   */
  public Period {
    Checks.notNull("start", start);
    Checks.notNull("end", end);
    Checks.require(!end.isBefore(start), "end", end, "must not be before start " + start);
  }

  /**
   * Returns the period from {@code start} to {@code end}, both included.
   *
   * @param start the first day, included
   * @param end the last day
   * @return the period
   * @throws InvalidInputException if {@code end} is before {@code start}
   */
  public static Period of(LocalDate start, LocalDate end) {
    return new Period(start, end);
  }

  /**
   * Returns whether a day lies inside this period, ends included.
   *
   * @param day the day
   * @return true if {@code start <= day <= end}
   */
  public boolean contains(LocalDate day) {
    return !requireNonNull(day, "day").isBefore(start) && !day.isAfter(end);
  }

  /**
   * Returns whether another period lies wholly inside this one, ends included.
   *
   * @param other the other period
   * @return true if {@code other} starts no earlier and ends no later than this period
   */
  public boolean encloses(Period other) {
    return !requireNonNull(other, "other").start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Returns whether the two periods share at least one day.
   *
   * @param other the other period
   * @return true if they overlap
   */
  public boolean overlaps(Period other) {
    return !requireNonNull(other, "other").end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * Returns the number of days in the period, both ends counted.
   *
   * @return at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Returns a readable form such as {@code 2026-01-01..2026-03-31}.
   *
   * @return the period as text
   */
  @Override
  public String toString() {
    return start + ".." + end;
  }

}
