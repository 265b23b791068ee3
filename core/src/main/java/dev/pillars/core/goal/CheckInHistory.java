package dev.pillars.core.goal;

import dev.pillars.core.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The check-ins of one goal, ordered by time.
 *
 * <p>A {@link Goal} does not hold its check-ins, so that it stays small however long it runs; the
 * host keeps each goal's history (for example through the persistence SPI) and appends the {@link
 * CheckIn} carried by every {@link CheckInRecorded} event. The history is immutable: {@link
 * #append} returns a new history. Check-ins at the same instant keep the order they were appended
 * in.
 */
public final class CheckInHistory {
  private static final Comparator<CheckIn> BY_TIME = Comparator.comparing(CheckIn::at);

  private final GoalId goalId;
  private final List<CheckIn> checkIns;

  private CheckInHistory(GoalId goalId, List<CheckIn> sorted) {
    this.goalId = goalId;
    this.checkIns = Collections.unmodifiableList(sorted);
  }

  /**
   * Returns the empty history of a goal.
   *
   * @param goalId the goal
   * @return a history without check-ins
   */
  public static CheckInHistory empty(GoalId goalId) {
    return new CheckInHistory(Checks.notNull("goalId", goalId), new ArrayList<>());
  }

  /**
   * Returns the history of a goal holding the given check-ins, sorted by time.
   *
   * @param goalId the goal
   * @param checkIns the check-ins, in any order; those at the same instant keep their order
   * @return the history
   * @throws NullPointerException if a check-in is null
   * @throws dev.pillars.core.InvalidInputException if a check-in belongs to another goal
   */
  public static CheckInHistory of(GoalId goalId, List<CheckIn> checkIns) {
    Checks.notNull("goalId", goalId);
    Checks.notNull("checkIns", checkIns);
    List<CheckIn> sorted = new ArrayList<>(checkIns.size());
    for (CheckIn checkIn : checkIns) {
      sorted.add(requireOwn(goalId, checkIn));
    }
    sorted.sort(BY_TIME);
    return new CheckInHistory(goalId, sorted);
  }

  /**
   * Returns the goal whose check-ins these are.
   *
   * @return the goal's id
   */
  public GoalId goalId() {
    return goalId;
  }

  /**
   * Returns a history with one more check-in, placed by its time after any at the same instant.
   * This history is unchanged.
   *
   * @param checkIn the check-in
   * @return the new history
   * @throws NullPointerException if the check-in is null
   * @throws dev.pillars.core.InvalidInputException if a check-in belongs to another goal
   */
  public CheckInHistory append(CheckIn checkIn) {
    requireOwn(goalId, checkIn);
    int at = checkIns.size();
    while (at > 0 && checkIns.get(at - 1).at().isAfter(checkIn.at())) {
      at--;
    }
    List<CheckIn> next = new ArrayList<>(checkIns.size() + 1);
    next.addAll(checkIns);
    next.add(at, checkIn);
    return new CheckInHistory(goalId, next);
  }

  /**
   * Returns every check-in, oldest first.
   *
   * @return the check-ins
   */
  public List<CheckIn> all() {
    return checkIns;
  }

  /**
   * Returns the most recent check-in; of several at the same instant, the last appended.
   *
   * @return the latest check-in, or empty if there is none
   */
  public Optional<CheckIn> latest() {
    return checkIns.isEmpty() ? Optional.empty() : Optional.of(checkIns.get(checkIns.size() - 1));
  }

  /**
   * Returns the check-ins made from {@code from} to {@code to}, both included, oldest first.
   *
   * @param from the first instant
   * @param to the last instant
   * @return the check-ins in the range
   * @throws NullPointerException if an end is null
   * @throws dev.pillars.core.InvalidInputException if {@code to} is before {@code from}
   */
  public List<CheckIn> between(Instant from, Instant to) {
    Checks.notNull("from", from);
    Checks.notNull("to", to);
    Checks.require(!to.isBefore(from), "to", to, "must not be before from " + from);
    int start = firstNotBefore(from);
    int end = start;
    while (end < checkIns.size() && !checkIns.get(end).at().isAfter(to)) {
      end++;
    }
    return checkIns.subList(start, end);
  }

  /**
   * Returns the number of check-ins.
   *
   * @return the size of the history
   */
  public int size() {
    return checkIns.size();
  }

  /**
   * Returns whether another history is of the same goal and holds the same check-ins in the same
   * order.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof CheckInHistory
        && goalId.equals(((CheckInHistory) other).goalId)
        && checkIns.equals(((CheckInHistory) other).checkIns);
  }

  @Override
  public int hashCode() {
    return 31 * goalId.hashCode() + checkIns.hashCode();
  }

  @Override
  public String toString() {
    return "CheckInHistory[goalId=" + goalId + ", checkIns=" + checkIns.size() + "]";
  }

  private int firstNotBefore(Instant from) {
    int low = 0;
    int high = checkIns.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (checkIns.get(mid).at().isBefore(from)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static CheckIn requireOwn(GoalId goalId, CheckIn checkIn) {
    Checks.notNull("checkIn", checkIn);
    Checks.require(
        checkIn.goalId().equals(goalId), "checkIn.goalId", checkIn.goalId(), "must be the history's goal " + goalId);
    return checkIn;
  }
}
