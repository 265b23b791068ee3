package dev.pillars.core.kpi;

import dev.pillars.core.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How often a KPI is measured, and the unit in which a {@link Trend} counts its slope.
 *
 * <p>A step is a calendar step: a day, a week (7 days), a month, a quarter (3 months) or a year
 * (12 months). Month-based steps are always taken from the starting date ({@code start + n
 * months}), so a series starting on 31 January continues on 28 (or 29) February, 31 March, 30
 * April: each date is clamped to the end of its month, and no drift accumulates.
 */
public enum Frequency {
  /** One measurement a day. */
  DAILY(ChronoUnit.DAYS, 1),
  /** One measurement a week. */
  WEEKLY(ChronoUnit.DAYS, 7),
  /** One measurement a month. */
  MONTHLY(ChronoUnit.MONTHS, 1),
  /** One measurement a quarter. */
  QUARTERLY(ChronoUnit.MONTHS, 3),
  /** One measurement a year. */
  YEARLY(ChronoUnit.MONTHS, 12);

  private final ChronoUnit unit;
  private final int amount;

  Frequency(ChronoUnit unit, int amount) {
    this.unit = unit;
    this.amount = amount;
  }

  /**
   * Returns the date {@code steps} steps after {@code start} (before it, if negative).
   *
   * @param start the starting date
   * @param steps how many steps to take
   * @return {@code start} plus {@code steps} steps
   * @throws NullPointerException if {@code start} is null
   * @throws java.time.DateTimeException if the result is outside the supported date range
   */
  public LocalDate step(LocalDate start, long steps) {
    Checks.notNull("start", start);
    return start.plus(Math.multiplyExact(steps, (long) amount), unit);
  }

  /**
   * Returns the date one step after {@code date}.
   *
   * @param date the date
   * @return the next date at this frequency
   * @throws NullPointerException if {@code date} is null
   */
  public LocalDate next(LocalDate date) {
    return step(date, 1);
  }

  /**
   * Returns how many steps lie between two dates, with a fraction for a partial step.
   *
   * <p>For every whole {@code n}, {@code stepsBetween(start, step(start, n)) == n} exactly. A date
   * between {@code step(start, n)} and {@code step(start, n + 1)} gets {@code n} plus the share of
   * the days of that step already passed. Negative when {@code to} is before {@code start}.
   *
   * @param start the date counted as step 0
   * @param to the date to measure
   * @return the number of steps from {@code start} to {@code to}
   * @throws NullPointerException if a date is null
   */
  public double stepsBetween(LocalDate start, LocalDate to) {
    Checks.notNull("start", start);
    Checks.notNull("to", to);
    if (unit == ChronoUnit.DAYS) {
      return (double) ChronoUnit.DAYS.between(start, to) / amount;
    }
    long whole = ChronoUnit.MONTHS.between(start, to) / amount;
    // Move to the largest n with step(start, n) <= to: month clamping can leave the estimate off by one.
    while (step(start, whole).isAfter(to)) {
      whole--;
    }
    while (!step(start, whole + 1).isAfter(to)) {
      whole++;
    }
    LocalDate from = step(start, whole);
    long stepDays = ChronoUnit.DAYS.between(from, step(start, whole + 1));
    return whole + (double) ChronoUnit.DAYS.between(from, to) / stepDays;
  }
}
