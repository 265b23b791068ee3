package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The points one giver may award in recognitions during a period, and how many they have spent.
 *
 * <p>Every instance is valid: the allowance is 0 to {@value #MAX_ALLOWANCE} points, and the points
 * spent are 0 to the allowance, so a budget can never be overspent. {@link #spend} and {@link
 * #refund} return the changed budget with an event and reject an overspend or an over-refund
 * without changing anything.
 *
 * <p>A budget is a versioned aggregate. Its rule holds against concurrent awards because every
 * award writes the budget with the version it read: of two units of work that both spend the last
 * points, the store lets the first commit and fails the second with a stale version.
 *
 * @param id the budget's id
 * @param giver whose budget it is
 * @param period the days whose recognitions spend it
 * @param allowance the points the giver may award in the period, 0 to {@value #MAX_ALLOWANCE}
 * @param spent the points awarded so far, 0 to {@code allowance}
 */
public record PointsBudget(PointsBudgetId id, EmployeeId giver, Period period, long allowance, long spent) {
  /** The largest allowance a budget may have. */
  public static final long MAX_ALLOWANCE = 1_000_000_000L;

  /**
   * Creates a budget.
   *
   * @param id the budget's id
   * @param giver whose budget it is
   * @param period the days whose recognitions spend it
   * @param allowance the points the giver may award in the period, 0 to {@value #MAX_ALLOWANCE}
   * @param spent the points awarded so far, 0 to {@code allowance}
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code allowance} or {@code spent} is out of
   *     range
   */
  public PointsBudget {
    Checks.notNull("id", id);
    Checks.notNull("giver", giver);
    Checks.notNull("period", period);
    Checks.require(
        allowance >= 0 && allowance <= MAX_ALLOWANCE, "allowance", allowance, "must be between 0 and " + MAX_ALLOWANCE);
    Checks.require(spent >= 0 && spent <= allowance, "spent", spent, "must be between 0 and the allowance " + allowance);
  }

  /**
   * Returns a new, unspent budget.
   *
   * @param id the budget's id
   * @param giver whose budget it is
   * @param period the days whose recognitions spend it
   * @param allowance the points the giver may award in the period
   * @return the budget, nothing spent
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if {@code allowance} is out of range
   */
  public static PointsBudget of(PointsBudgetId id, EmployeeId giver, Period period, long allowance) {
    return new PointsBudget(id, giver, period, allowance, 0);
  }

  /**
   * Announces a new budget: returns it unchanged with the {@link PointsBudgetAllotted} event.
   *
   * @param budget the new budget
   * @param clock the clock that dates the event
   * @return the budget and one {@link PointsBudgetAllotted} event
   * @throws NullPointerException if an argument is null
   */
  public static Change<PointsBudget> allot(PointsBudget budget, Clock clock) {
    Checks.notNull("budget", budget);
    Checks.notNull("clock", clock);
    return Change.of(budget, new PointsBudgetAllotted(budget, clock.instant()));
  }

  /**
   * Returns the points the giver has left to award.
   *
   * @return the allowance less the points spent, 0 or more
   */
  public long remaining() {
    return allowance - spent;
  }

  /**
   * Returns whether a recognition given on a day spends this budget: the day lies in its period.
   *
   * @param day the day
   * @return true if the period contains the day
   * @throws NullPointerException if {@code day} is null
   */
  public boolean covers(LocalDate day) {
    return period.contains(Checks.notNull("day", day));
  }

  /**
   * Spends points on a recognition's award.
   *
   * @param recognition the recognition that awards them
   * @param points how many, at least 1 and at most {@link #remaining()}
   * @param clock the clock that dates the event
   * @return the budget with the points spent and one {@link PointsSpent} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code points} is below 1 or more than the
   *     points left
   */
  public Change<PointsBudget> spend(RecognitionId recognition, long points, Clock clock) {
    Checks.notNull("recognition", recognition);
    Checks.notNull("clock", clock);
    Checks.require(points >= 1, "points", points, "must be at least 1");
    Checks.require(
        points <= remaining(),
        "points",
        points,
        "must not exceed the " + remaining() + " points left of budget " + id + " (allowance " + allowance + ")");
    PointsBudget next = new PointsBudget(id, giver, period, allowance, spent + points);
    return Change.of(next, new PointsSpent(id, recognition, points, next.remaining(), clock.instant()));
  }

  /**
   * Gives back points of a withdrawn recognition.
   *
   * @param recognition the recognition that was withdrawn
   * @param points how many, at least 1 and at most the points spent
   * @param clock the clock that dates the event
   * @return the budget with the points back and one {@link PointsRefunded} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code points} is below 1 or more than the
   *     points spent
   */
  public Change<PointsBudget> refund(RecognitionId recognition, long points, Clock clock) {
    Checks.notNull("recognition", recognition);
    Checks.notNull("clock", clock);
    Checks.require(points >= 1, "points", points, "must be at least 1");
    Checks.require(points <= spent, "points", points, "must not exceed the " + spent + " points spent of budget " + id);
    PointsBudget next = new PointsBudget(id, giver, period, allowance, spent - points);
    return Change.of(next, new PointsRefunded(id, recognition, points, next.remaining(), clock.instant()));
  }

  /**
   * Returns this budget with another giver and everything else unchanged; an erasure uses it to
   * name a pseudonym instead of the erased giver.
   *
   * @param pseudonym the id that stands for the giver
   * @return the budget of {@code pseudonym}
   * @throws NullPointerException if {@code pseudonym} is null
   */
  public PointsBudget withGiver(EmployeeId pseudonym) {
    return new PointsBudget(id, Checks.notNull("pseudonym", pseudonym), period, allowance, spent);
  }
}
