package dev.pillars.core.recognition;

/**
 * Who may read a recognition, besides HR, which reads every recognition of its tenant.
 *
 * <p>The levels are ordered from the narrowest to the widest; each includes the readers of the
 * levels before it.
 */
public enum Visibility {
  /** The giver and the receivers only. */
  PRIVATE,
  /** The giver, the receivers, and everyone in the management chain of any of them. */
  MANAGERS,
  /** Everyone in the tenant. */
  PUBLIC;

  /**
   * Returns whether this level lets at least the readers of another level read.
   *
   * @param other the other level
   * @return true if this level is {@code other} or wider
   * @throws NullPointerException if {@code other} is null
   */
  public boolean includes(Visibility other) {
    return compareTo(java.util.Objects.requireNonNull(other, "other")) >= 0;
  }
}
