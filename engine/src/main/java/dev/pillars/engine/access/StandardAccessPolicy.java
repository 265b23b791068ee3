package dev.pillars.engine.access;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The policy {@link AccessPolicy#standard()} describes. */
enum StandardAccessPolicy implements AccessPolicy {
  INSTANCE;

  /** What people may do with their own goals, and managers with their reports'. */
  private static final Set<Action> OWN_GOALS =
      EnumSet.of(Action.VIEW_GOAL, Action.EDIT_GOAL, Action.CHECK_IN, Action.ALIGN_GOAL, Action.VIEW_SCORE);

  /** What members of a unit may do with the unit's goals. */
  private static final Set<Action> READ_GOALS = EnumSet.of(Action.VIEW_GOAL, Action.VIEW_SCORE);

  /** What every person may do with the tenant's own data. */
  private static final Set<Action> READ_TENANT = EnumSet.of(Action.VIEW_KPI, Action.VIEW_GOAL, Action.VIEW_SCORE);

  @Override
  public AccessDecision decide(AccessRequest request) {
    java.util.Objects.requireNonNull(request, "request");
    Actor actor = request.actor();
    Action action = request.action();
    Resource resource = request.resource();
    if (actor instanceof Actor.SystemActor system) {
      return system.allowed().contains(action)
          ? AccessDecision.allow("system actor " + system.systemName() + " is declared with " + action)
          : AccessDecision.deny("system actor " + system.systemName() + " is not declared with " + action);
    }
    Actor.Person person = (Actor.Person) actor;
    Organisation organisation = request.organisation();
    Optional<Employee> self = organisation.employee(person.employee());
    if (self.isEmpty()) {
      return AccessDecision.deny(person.employee() + " is not an employee of the tenant's organisation");
    }
    Optional<AccessDecision> byRelation = byRelation(person, action, resource, organisation);
    if (byRelation.isPresent()) {
      return byRelation.get();
    }
    for (HrGrant grant : person.grants()) {
      if (grant.actions().contains(action) && covers(grant, resource, organisation)) {
        return AccessDecision.allow("HR role " + grant.role() + " allows " + action + " " + scope(grant));
      }
    }
    return AccessDecision.deny("no rule allows it (own data, management chain, unit membership, HR grant)");
  }

  private static Optional<AccessDecision> byRelation(
      Actor.Person person, Action action, Resource resource, Organisation organisation) {
    // each pillar's own rules first: each governs actions (or resources) of its own only
    if (RecognitionRules.ACTIONS.contains(action)) {
      return RecognitionRules.byRelation(person, action, resource, organisation);
    }
    if (resource instanceof Resource.OfReview review) {
      return ReviewRules.decide(person, action, review, organisation);
    }
    if (CompensationRules.governs(action)) {
      return CompensationRules.byRelation(person, action, resource, organisation);
    }
    if (DevelopmentRules.governs(action)) {
      return DevelopmentRules.byRelation(person, action, resource, organisation);
    }
    if (FeedbackRules.governs(action)) {
      return FeedbackRules.byRelation(person, action, resource, organisation);
    }
    Optional<AccessDecision> calibration = CalibrationRules.decide(person, action, resource);
    if (calibration.isPresent()) {
      return calibration;
    }
    if (resource instanceof Resource.OfEmployee of && OWN_GOALS.contains(action)) {
      if (of.employee().equals(person.employee())) {
        return Optional.of(AccessDecision.allow("people may " + action + " on their own data"));
      }
      if (organisation.employee(of.employee()).isPresent()
          && organisation.manages(person.employee(), of.employee())) {
        return Optional.of(AccessDecision.allow(
            "a manager may " + action + " on the data of everyone who reports to them, down the chain"));
      }
    }
    if (resource instanceof Resource.OfEmployee of && action == Action.EXPORT_PERSONAL_DATA
        && of.employee().equals(person.employee())) {
      return Optional.of(AccessDecision.allow("people may export their own personal data"));
    }
    if (resource instanceof Resource.OfUnit of && OWN_GOALS.contains(action)) {
      if (leads(person, of.unit(), organisation)) {
        return Optional.of(AccessDecision.allow(
            "who manages a member of unit " + of.unit() + " may " + action + " on the unit's goals"));
      }
      OrgUnitId own = organisation.employee(person.employee()).orElseThrow().unit();
      if (READ_GOALS.contains(action) && within(own, of.unit(), organisation)) {
        return Optional.of(AccessDecision.allow("members of unit " + of.unit() + " may " + action + " on its goals"));
      }
    }
    if (resource instanceof Resource.OfTenant && READ_TENANT.contains(action)) {
      return Optional.of(AccessDecision.allow("every employee may " + action + " on the tenant's own data"));
    }
    return Optional.empty();
  }

  /** Whether the person manages, down the chain, at least one member of the unit's subtree. */
  private static boolean leads(Actor.Person person, OrgUnitId unit, Organisation organisation) {
    for (Employee report : organisation.allReports(person.employee())) {
      if (within(report.unit(), unit, organisation)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(HrGrant grant, Resource resource, Organisation organisation) {
    if (grant.unit().isEmpty()) {
      return true;
    }
    OrgUnitId scope = grant.unit().get();
    if (resource instanceof Resource.OfEmployee of) {
      return organisation.employee(of.employee()).map(e -> within(e.unit(), scope, organisation)).orElse(false);
    }
    if (resource instanceof Resource.OfUnit of) {
      return within(of.unit(), scope, organisation);
    }
    if (resource instanceof Resource.OfReview of) {
      return organisation.employee(of.subject()).map(e -> within(e.unit(), scope, organisation)).orElse(false);
    }
    return false;
  }

  /** Whether {@code unit} is {@code ancestor} or lies below it. */
  static boolean within(OrgUnitId unit, OrgUnitId ancestor, Organisation organisation) {
    Optional<OrgUnitId> current = Optional.of(unit);
    while (current.isPresent()) {
      if (current.get().equals(ancestor)) {
        return true;
      }
      current = organisation.unit(current.get()).flatMap(OrgUnit::parent);
    }
    return false;
  }

  private static String scope(HrGrant grant) {
    return grant.unit().map(u -> "within unit " + u).orElse("across the tenant");
  }
}
