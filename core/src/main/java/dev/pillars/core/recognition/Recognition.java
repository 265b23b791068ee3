package dev.pillars.core.recognition;

import dev.pillars.core.Checks;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A peer recognition: one employee thanks one or many others for living one of the company's
 * values, with a message, a visibility and an optional award of points to each receiver.
 *
 * <p>Every instance is valid: the message is well-formed text of 1 to {@value #MAX_MESSAGE_LENGTH}
 * characters (code points) with no control characters other than tabs and line breaks; there are 1
 * to {@value #MAX_RECEIVERS} distinct receivers, none of them the giver; the points per receiver
 * are 0 (no award) to {@value #MAX_POINTS}; a withdrawal is not dated before the recognition.
 *
 * <p>A recognition is an aggregate with a short lifecycle: {@link #give} announces it, {@link
 * #withdraw} takes it back (its points go back to the giver's budget, which the caller refunds). A
 * withdrawn recognition is kept, so that history stays complete, but no longer counts in the
 * {@linkplain RecognitionReach reach}.
 */
@Value.Immutable
@PillarsStyle
public abstract class Recognition {
  /** The most characters (Unicode code points) a message may hold. */
  public static final int MAX_MESSAGE_LENGTH = 2000;

  /** The most receivers one recognition may name. */
  public static final int MAX_RECEIVERS = 100;

  /** The most points one recognition may award each receiver. */
  public static final int MAX_POINTS = 10_000;

  Recognition() {}

  /**
   * Returns the recognition's id.
   *
   * @return the id
   */
  public abstract RecognitionId id();

  /**
   * Returns who gives the recognition.
   *
   * @return the giver
   */
  public abstract EmployeeId giver();

  /**
   * Returns who receives it, in the order the giver named them.
   *
   * @return 1 to {@value #MAX_RECEIVERS} distinct receivers, none of them the giver
   */
  public abstract List<EmployeeId> receivers();

  /**
   * Returns the company value the receivers lived.
   *
   * @return the value's id
   */
  public abstract CompanyValueId value();

  /**
   * Returns the giver's message.
   *
   * @return the message, not blank, at most {@value #MAX_MESSAGE_LENGTH} characters
   */
  public abstract String message();

  /**
   * Returns who may read the recognition.
   *
   * @return the visibility
   */
  public abstract Visibility visibility();

  /**
   * Returns the points awarded to each receiver; 0 (no award) unless set.
   *
   * @return 0 to {@value #MAX_POINTS}
   */
  @Value.Default
  public int pointsEach() {
    return 0;
  }

  /**
   * Returns the day the recognition was given, which decides the period and budget it counts in.
   *
   * @return the day
   */
  public abstract LocalDate givenOn();

  /**
   * Returns the day the recognition was withdrawn, if it was.
   *
   * @return the day of withdrawal, not before {@link #givenOn()}; empty while it stands
   */
  public abstract Optional<LocalDate> withdrawnOn();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the points the recognition awards in all: the points per receiver times the receivers.
   *
   * @return the total, 0 if it awards none
   */
  public final long totalPoints() {
    return (long) pointsEach() * receivers().size();
  }

  /**
   * Returns whether the recognition stands: it was not withdrawn.
   *
   * @return true until it is withdrawn
   */
  public final boolean isActive() {
    return withdrawnOn().isEmpty();
  }

  /**
   * Returns whether the recognition names an employee, as giver or receiver.
   *
   * @param employee the employee
   * @return true if they gave or received it
   * @throws NullPointerException if {@code employee} is null
   */
  public final boolean names(EmployeeId employee) {
    Checks.notNull("employee", employee);
    return giver().equals(employee) || receivers().contains(employee);
  }

  /**
   * Announces a new recognition: returns it unchanged with the {@link RecognitionGiven} event.
   *
   * @param recognition the new recognition, not withdrawn
   * @param clock the clock that dates the event
   * @return the recognition and one {@link RecognitionGiven} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code recognition} is withdrawn already
   */
  public static Change<Recognition> give(Recognition recognition, Clock clock) {
    Checks.notNull("recognition", recognition);
    Checks.notNull("clock", clock);
    Checks.require(
        recognition.isActive(), "withdrawnOn", recognition.withdrawnOn().orElse(null), "must be empty for a new recognition");
    return Change.of(recognition, new RecognitionGiven(recognition, clock.instant()));
  }

  /**
   * Withdraws the recognition on the clock's day. Its points, if any, are for the caller to refund
   * to the giver's budget ({@link PointsBudget#refund}).
   *
   * @param clock the clock that dates the withdrawal and its event
   * @return the withdrawn recognition and one {@link RecognitionWithdrawn} event
   * @throws NullPointerException if {@code clock} is null
   * @throws dev.pillars.core.InvalidInputException if the recognition is withdrawn already, or the
   *     clock's day is before the day it was given
   */
  public final Change<Recognition> withdraw(Clock clock) {
    Checks.notNull("clock", clock);
    Checks.require(isActive(), "withdrawnOn", withdrawnOn().orElse(null), "must be empty: the recognition is withdrawn already");
    LocalDate today = LocalDate.now(clock);
    Recognition next = ((ImmutableRecognition) ImmutableRecognition.copyOf(this)).withWithdrawnOn(today);
    return Change.of(next, new RecognitionWithdrawn(id(), giver(), totalPoints(), clock.instant()));
  }

  /**
   * Returns this recognition with one employee's id replaced by a pseudonym wherever it appears,
   * as giver or receiver, and everything else unchanged; an erasure uses it.
   *
   * @param employee the id to replace
   * @param pseudonym the id that stands for them; named neither as giver nor receiver yet
   * @return the recognition naming the pseudonym; this recognition if it does not name {@code
   *     employee}
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the recognition names the pseudonym already
   */
  public final Recognition pseudonymised(EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    if (!names(employee)) {
      return this;
    }
    Checks.require(!names(pseudonym), "pseudonym", pseudonym, "must not be named by recognition " + id() + " yet");
    List<EmployeeId> receivers = new ArrayList<>(receivers());
    receivers.replaceAll(receiver -> receiver.equals(employee) ? pseudonym : receiver);
    return ((ImmutableRecognition) ImmutableRecognition.copyOf(this))
        .withGiver(giver().equals(employee) ? pseudonym : giver())
        .withReceivers(receivers);
  }

  @Value.Check
  void check() {
    Checks.notBlank("message", message());
    int length = message().codePointCount(0, message().length());
    Checks.require(
        length <= MAX_MESSAGE_LENGTH,
        "message.length",
        length,
        "must be at most " + MAX_MESSAGE_LENGTH + " characters");
    message()
        .codePoints()
        .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')
        .findFirst()
        .ifPresent(
            c -> Checks.require(
                false,
                "message",
                String.format("U+%04X at index %d", c, message().indexOf(c)),
                "must hold no control characters other than tabs and line breaks"));
    int count = receivers().size();
    Checks.require(count >= 1 && count <= MAX_RECEIVERS, "receivers.size", count, "must be between 1 and " + MAX_RECEIVERS);
    Set<EmployeeId> seen = new HashSet<>();
    for (EmployeeId receiver : receivers()) {
      Checks.require(seen.add(receiver), "receivers", receiver, "must be named once");
      Checks.require(!receiver.equals(giver()), "receivers", receiver, "must not include the giver");
    }
    Checks.inRange("pointsEach", pointsEach(), 0, MAX_POINTS);
    withdrawnOn()
        .ifPresent(
            day -> Checks.require(!day.isBefore(givenOn()), "withdrawnOn", day, "must not be before givenOn " + givenOn()));
  }

  /** Builds a {@link Recognition}; each attribute may be set once. */
  public static final class Builder extends ImmutableRecognition.Builder {
    Builder() {}
  }
}
