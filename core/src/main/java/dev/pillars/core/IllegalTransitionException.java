package dev.pillars.core;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A lifecycle was asked to move along a transition it does not allow, such as a goal from {@code
 * CANCELLED} back to {@code ACTIVE}. The aggregate stays as it was.
 */
public class IllegalTransitionException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** The state the transition started from. */
  private final String from;
  /** The state the transition was asked to reach. */
  private final String to;

  /**
   * Creates an exception for a transition that is not allowed. The message names the current and
   * the requested state plainly: {@code "status cannot move from CANCELLED (current) to ACTIVE
   * (requested): CANCELLED is final"}; its {@link #value()} is the requested state.
   *
   * @param field the lifecycle field, such as {@code "status"}
   * @param from the current state
   * @param to the requested state
   * @param allowed the states reachable from {@code from}
   */
  public IllegalTransitionException(String field, Enum<?> from, Enum<?> to, Set<? extends Enum<?>> allowed) {
    super(
        requireNonNull(field, "field") + " cannot move from " + requireNonNull(from, "from") + " (current) to "
            + requireNonNull(to, "to") + " (requested): " + allowedFrom(from, requireNonNull(allowed, "allowed")),
        field,
        to,
        "cannot move from " + from + " to " + to + "; " + allowedFrom(from, allowed));
    this.from = from.name();
    this.to = to.name();
  }

  private static String allowedFrom(Enum<?> from, Set<? extends Enum<?>> allowed) {
    return allowed.isEmpty() ? from + " is final" : "from " + from + " only " + allowed + " may follow";
  }

  /**
   * Returns the state the lifecycle was in.
   *
   * @return the current state's name
   */
  public String from() {
    return from;
  }

  /**
   * Returns the state that was requested.
   *
   * @return the requested state's name
   */
  public String to() {
    return to;
  }
}
