package dev.pillars.engine.access;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The standard policy's rules for recognition, by relation; HR grants are checked after them by
 * the policy itself. A recognition is checked against its giver and each receiver as resources,
 * with the action of its visibility: readable if any of them allows it.
 *
 * <ul>
 *   <li>People give and withdraw recognitions in their own name only.
 *   <li>A public recognition is readable by every employee; one for managers by the people it
 *       names and everyone above them in the management chain; a private one by the people it
 *       names only.
 *   <li>A points budget is readable by its giver and their management chain; only an HR grant
 *       allots one.
 *   <li>A unit's recognition reach is readable by who manages, down the chain, a member of the unit
 *       or of a unit below it; the whole tenant's only through an HR grant.
 * </ul>
 */
final class RecognitionRules {
  /** The actions these rules decide by relation; no other rule of the policy does. */
  static final Set<Action> ACTIONS = EnumSet.of(
      Action.GIVE_RECOGNITION,
      Action.WITHDRAW_RECOGNITION,
      Action.VIEW_PUBLIC_RECOGNITION,
      Action.VIEW_MANAGERS_RECOGNITION,
      Action.VIEW_PRIVATE_RECOGNITION,
      Action.VIEW_POINTS_BUDGET,
      Action.ALLOT_POINTS_BUDGET,
      Action.VIEW_RECOGNITION_REACH);

  private RecognitionRules() {}

  /** Returns the relation that allows the request, or empty if none does (HR grants may still). */
  static Optional<AccessDecision> byRelation(
      Actor.Person person, Action action, Resource resource, Organisation organisation) {
    EmployeeId self = person.employee();
    if (resource instanceof Resource.OfEmployee of) {
      EmployeeId named = of.employee();
      boolean own = named.equals(self);
      boolean above = organisation.employee(named).isPresent() && organisation.manages(self, named);
      switch (action) {
        case GIVE_RECOGNITION, WITHDRAW_RECOGNITION, VIEW_PRIVATE_RECOGNITION:
          return own ? allow("people may " + action + " in their own name") : Optional.empty();
        case VIEW_PUBLIC_RECOGNITION:
          return allow("every employee may read public recognitions");
        case VIEW_MANAGERS_RECOGNITION, VIEW_POINTS_BUDGET:
          return own || above
              ? allow("the person named and their management chain may " + action)
              : Optional.empty();
        default:
          return Optional.empty();
      }
    }
    if (resource instanceof Resource.OfUnit of && action == Action.VIEW_RECOGNITION_REACH) {
      for (Employee report : organisation.allReports(self)) {
        if (StandardAccessPolicy.within(report.unit(), of.unit(), organisation)) {
          return allow("who manages a member of unit " + of.unit() + " may read its recognition reach");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<AccessDecision> allow(String rule) {
    return Optional.of(AccessDecision.allow(rule));
  }
}
