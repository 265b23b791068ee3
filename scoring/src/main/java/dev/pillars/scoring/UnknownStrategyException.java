package dev.pillars.scoring;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.UnknownReferenceException;
import java.util.Set;

/**
 * A configuration names a strategy that no provider of that kind offers, for example a formula
 * strategy when the {@code pillars-scoring-cel} jar is not on the class path.
 */
public class UnknownStrategyException extends UnknownReferenceException {
  private static final long serialVersionUID = 1L;

  /** The kind of strategy that was looked up. */
  private final StrategyKind kind;

  /**
   * Creates an exception for an unknown strategy name.
   *
   * @param kind the kind that was asked for
   * @param name the unknown name
   * @param known the names registered for that kind
   */
  public UnknownStrategyException(StrategyKind kind, String name, Set<String> known) {
    super(
        "strategy",
        requireNonNull(name, "name"),
        "must name a registered " + requireNonNull(kind, "kind") + " strategy, one of " + requireNonNull(known, "known"));
    this.kind = kind;
  }

  /**
   * Returns the kind of strategy that was asked for.
   *
   * @return the kind
   */
  public StrategyKind kind() {
    return kind;
  }
}
