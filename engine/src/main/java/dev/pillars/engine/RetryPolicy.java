package dev.pillars.engine;

import dev.pillars.core.Checks;

/**
 * How often the engine repeats an operation that lost an optimistic-concurrency race: another
 * unit of work changed the same aggregate between this operation's read and its commit. Every
 * engine operation states an intent (move this goal to ACTIVE, record this value) that it applies
 * afresh to what it reads, so repeating it after a conflict is safe; when the attempts run out the
 * conflict surfaces as the store's {@link dev.pillars.persistence.spi.StaleVersionException},
 * naming the aggregate and both versions.
 *
 * @param maxAttempts how many times an operation runs at most, at least 1 (1 means no retry)
 */
public record RetryPolicy(int maxAttempts) {
  /** The largest number of attempts a policy may allow. */
  public static final int MAX_ATTEMPTS = 100;

  /**
   * Creates a policy.
   *
   * @param maxAttempts how many times an operation runs at most, from 1 to {@value #MAX_ATTEMPTS}
   * @throws dev.pillars.core.InvalidInputException if {@code maxAttempts} is out of range
   */
  public RetryPolicy {
    Checks.inRange("maxAttempts", maxAttempts, 1, MAX_ATTEMPTS);
  }

  /**
   * Returns a policy that runs an operation at most the given number of times.
   *
   * @param maxAttempts from 1 to {@value #MAX_ATTEMPTS}
   * @return the policy
   */
  public static RetryPolicy attempts(int maxAttempts) {
    return new RetryPolicy(maxAttempts);
  }

  /**
   * Returns the default policy: three attempts.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3);
  }

  /**
   * Returns a policy that never repeats an operation.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1);
  }
}
