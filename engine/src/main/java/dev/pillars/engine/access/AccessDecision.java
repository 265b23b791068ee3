package dev.pillars.engine.access;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;

/**
 * An {@link AccessPolicy}'s answer: allowed or not, and the rule that decided, in words a person
 * can check (such as {@code "a manager may act on the goals of everyone who reports to them"}).
 *
 * @param allowed whether the action may proceed
 * @param rule the rule that decided
 */
public record AccessDecision(boolean allowed, String rule) {
  /**
   * Creates a decision.
   *
   * @param allowed whether the action may proceed
   * @param rule the rule that decided
   * @throws NullPointerException if {@code rule} is null
   * @throws dev.pillars.core.InvalidInputException if {@code rule} is blank
   */
  public AccessDecision {
    Checks.notBlank("rule", requireNonNull(rule, "rule"));
  }

  /**
   * Returns a decision that allows, by the given rule.
   *
   * @param rule the rule that allows
   * @return the decision
   */
  public static AccessDecision allow(String rule) {
    return new AccessDecision(true, rule);
  }

  /**
   * Returns a decision that denies, by the given rule.
   *
   * @param rule the rule that denies, or why no rule allows
   * @return the decision
   */
  public static AccessDecision deny(String rule) {
    return new AccessDecision(false, rule);
  }
}
