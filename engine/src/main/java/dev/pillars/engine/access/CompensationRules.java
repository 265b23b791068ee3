package dev.pillars.engine.access;

import dev.pillars.core.org.Organisation;
import java.util.Optional;

/**
 * The standard policy's rules for pay data: one person's award ({@link Action#VIEW_PAY}) is seen
 * by the person and by everyone up their management chain; anyone else needs an HR grant with the
 * action (a compensation role) covering the person. Managing compensation ({@link
 * Action#MANAGE_COMPENSATION}: matrices, plans, runs, scenarios) is for HR grants only. Unit
 * membership and the tenant-wide reading rights never reach pay data.
 */
final class CompensationRules {
  private CompensationRules() {}

  /** Whether the action is one of these rules'. */
  static boolean governs(Action action) {
    return action == Action.VIEW_PAY || action == Action.MANAGE_COMPENSATION;
  }

  /** The decision by relation, or empty to leave it to the person's HR grants. */
  static Optional<AccessDecision> byRelation(
      Actor.Person person, Action action, Resource resource, Organisation organisation) {
    if (action == Action.VIEW_PAY && resource instanceof Resource.OfEmployee of) {
      if (of.employee().equals(person.employee())) {
        return Optional.of(AccessDecision.allow("people may see their own pay"));
      }
      if (organisation.employee(of.employee()).isPresent() && organisation.manages(person.employee(), of.employee())) {
        return Optional.of(AccessDecision.allow("a manager may see the pay of everyone who reports to them, down the chain"));
      }
    }
    return Optional.empty();
  }
}
