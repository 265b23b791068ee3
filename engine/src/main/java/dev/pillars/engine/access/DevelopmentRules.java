package dev.pillars.engine.access;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.Organisation;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The standard policy's rules for the development pillar, by relation; what they leave undecided
 * falls to HR grants.
 *
 * <ul>
 *   <li>Everyone may read the competency models; publishing one takes an HR grant.
 *   <li>A person may read their own assessments, gaps, plans and sessions, assess themselves, and
 *       work on their own plan and log their own coaching; their managers, up the chain, may do
 *       all of that for them and coach them.
 *   <li>A unit's aggregate gaps are visible to who manages a member of the unit, down the chain.
 *   <li>A key position's succession plan is visible, and changeable, only by the incumbent's
 *       managers up the chain and HR; never by the incumbent. (That a candidate never sees the
 *       slate is checked by the succession service, which knows the slate.) A vacant position's
 *       plan takes an HR grant.
 *   <li>The leadership view across the tenant takes an HR grant.
 * </ul>
 */
final class DevelopmentRules {
  /** The actions these rules decide. */
  private static final Set<Action> GOVERNED = EnumSet.of(
      Action.VIEW_COMPETENCY_MODEL,
      Action.DEFINE_COMPETENCY_MODEL,
      Action.VIEW_DEVELOPMENT,
      Action.ASSESS_COMPETENCY,
      Action.PLAN_DEVELOPMENT,
      Action.COACH,
      Action.VIEW_SUCCESSION,
      Action.MANAGE_SUCCESSION,
      Action.VIEW_LEADERSHIP);

  /** What a person may do with their own development data, and their managers with it. */
  private static final Set<Action> PERSONAL =
      EnumSet.of(Action.VIEW_DEVELOPMENT, Action.ASSESS_COMPETENCY, Action.PLAN_DEVELOPMENT, Action.COACH);

  private static final Set<Action> SUCCESSION = EnumSet.of(Action.VIEW_SUCCESSION, Action.MANAGE_SUCCESSION);

  private DevelopmentRules() {}

  /** Whether these rules decide the action. */
  static boolean governs(Action action) {
    return GOVERNED.contains(action);
  }

  /**
   * Decides by relation, or leaves the request to HR grants (empty). The person is an employee of
   * the organisation.
   */
  static Optional<AccessDecision> byRelation(
      Actor.Person person, Action action, Resource resource, Organisation organisation) {
    if (action == Action.VIEW_COMPETENCY_MODEL && resource instanceof Resource.OfTenant) {
      return Optional.of(AccessDecision.allow("every employee may read the competency models"));
    }
    if (resource instanceof Resource.OfEmployee of && PERSONAL.contains(action)) {
      if (of.employee().equals(person.employee())) {
        return Optional.of(AccessDecision.allow("people may " + action + " on their own development"));
      }
      if (managesKnown(person, of, organisation)) {
        return Optional.of(AccessDecision.allow("a manager may " + action + " for everyone who reports to them, down the chain"));
      }
    }
    if (resource instanceof Resource.OfUnit of && action == Action.VIEW_DEVELOPMENT) {
      for (Employee report : organisation.allReports(person.employee())) {
        if (StandardAccessPolicy.within(report.unit(), of.unit(), organisation)) {
          return Optional.of(AccessDecision.allow("who manages a member of unit " + of.unit() + " may read its gaps"));
        }
      }
    }
    if (resource instanceof Resource.OfEmployee incumbent && SUCCESSION.contains(action)) {
      if (incumbent.employee().equals(person.employee())) {
        return Optional.of(AccessDecision.deny("the incumbent does not see their own position's succession plan"));
      }
      if (managesKnown(person, incumbent, organisation)) {
        return Optional.of(AccessDecision.allow("the incumbent's managers, up the chain, may " + action));
      }
    }
    return Optional.empty();
  }

  private static boolean managesKnown(Actor.Person person, Resource.OfEmployee of, Organisation organisation) {
    return organisation.employee(of.employee()).isPresent() && organisation.manages(person.employee(), of.employee());
  }
}
