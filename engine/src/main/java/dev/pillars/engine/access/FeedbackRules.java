package dev.pillars.engine.access;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The standard policy's rules for continuous feedback, 1:1s, 360 rounds and surveys.
 *
 * <ul>
 *   <li>People give, withdraw and read the feedback they gave, answer requests, answer 360 rounds
 *       and respond to surveys in their own name only; no HR grant allows these.
 *   <li>Single feedback is read by relation only, never through an HR grant (HR sees aggregates):
 *       feedback for the receiver only by its receiver; for the receiver and manager by its receiver
 *       and their management chain; public feedback by every employee.
 *   <li>A feedback request, a 360 round's results, a 1:1 and a person's cadence are readable (and a
 *       request asked, a 1:1 held) by the person concerned and their management chain; a 360 round
 *       is opened by the subject's management chain; an HR grant covering the person allows these
 *       too. A unit's cadence is readable by who manages a member of the unit, down the chain.
 *   <li>Surveys are launched, and their aggregate results read, through an HR grant only.
 * </ul>
 *
 * <p>The service keeps what a rule cannot see: private 1:1 notes only to their author, and the
 * giver of anonymous feedback shown to the giver alone.
 */
final class FeedbackRules {
  /** What people may do in their own name only. */
  private static final Set<Action> OWN_ONLY = EnumSet.of(
      Action.GIVE_FEEDBACK,
      Action.WITHDRAW_FEEDBACK,
      Action.VIEW_GIVEN_FEEDBACK,
      Action.VIEW_RECEIVER_FEEDBACK,
      Action.ANSWER_FEEDBACK_REQUEST,
      Action.RESPOND_THREE_SIXTY,
      Action.RESPOND_SURVEY);

  /** What the person concerned and their management chain may do. */
  private static final Set<Action> OWN_OR_CHAIN = EnumSet.of(
      Action.VIEW_MANAGERS_FEEDBACK,
      Action.REQUEST_FEEDBACK,
      Action.VIEW_FEEDBACK_REQUEST,
      Action.VIEW_THREE_SIXTY,
      Action.MEET_ONE_ON_ONE,
      Action.VIEW_ONE_ON_ONE,
      Action.VIEW_CADENCE);

  /** The actions decided by relation alone: an HR grant never allows them. */
  private static final Set<Action> RELATION_ONLY = union(OWN_ONLY,
      EnumSet.of(Action.VIEW_MANAGERS_FEEDBACK, Action.VIEW_PUBLIC_FEEDBACK));

  /** Every action these rules govern. */
  static final Set<Action> ACTIONS = union(union(OWN_OR_CHAIN, RELATION_ONLY),
      EnumSet.of(Action.OPEN_THREE_SIXTY, Action.RUN_SURVEY, Action.VIEW_SURVEY_RESULTS));

  private FeedbackRules() {}

  /** Returns whether these rules decide the action. */
  static boolean governs(Action action) {
    return ACTIONS.contains(action);
  }

  /**
   * Returns the decision by relation; empty to leave it to HR grants. An action on one person that
   * only a relation allows is denied outright when none does.
   */
  static Optional<AccessDecision> byRelation(Actor.Person person, Action action, Resource resource, Organisation organisation) {
    Optional<AccessDecision> allowed = allowedByRelation(person.employee(), action, resource, organisation);
    if (allowed.isPresent() || !RELATION_ONLY.contains(action) || !(resource instanceof Resource.OfEmployee)) {
      return allowed;
    }
    return Optional.of(AccessDecision.deny(action + " is decided by relation only, and none allows it"));
  }

  private static Optional<AccessDecision> allowedByRelation(
      EmployeeId self, Action action, Resource resource, Organisation organisation) {
    if (resource instanceof Resource.OfEmployee of) {
      EmployeeId named = of.employee();
      boolean own = named.equals(self);
      boolean above = organisation.employee(named).isPresent() && organisation.manages(self, named);
      if (action == Action.VIEW_PUBLIC_FEEDBACK) {
        return allow("every employee may read public feedback");
      }
      if (OWN_ONLY.contains(action) && own) {
        return allow("people may " + action + " in their own name");
      }
      if (OWN_OR_CHAIN.contains(action) && (own || above)) {
        return allow("the person concerned and their management chain may " + action);
      }
      if (action == Action.OPEN_THREE_SIXTY && above) {
        return allow("the subject's management chain may open a 360 round");
      }
      return Optional.empty();
    }
    if (resource instanceof Resource.OfUnit of && action == Action.VIEW_CADENCE) {
      for (Employee report : organisation.allReports(self)) {
        if (StandardAccessPolicy.within(report.unit(), of.unit(), organisation)) {
          return allow("who manages a member of unit " + of.unit() + " may read its cadence");
        }
      }
    }
    return Optional.empty();
  }

  private static Set<Action> union(Set<Action> a, Set<Action> b) {
    Set<Action> all = EnumSet.copyOf(a);
    all.addAll(b);
    return all;
  }

  private static Optional<AccessDecision> allow(String rule) {
    return Optional.of(AccessDecision.allow(rule));
  }
}
