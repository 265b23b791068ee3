package dev.pillars.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The feedback rules of the standard policy against an oracle written from their documentation
 * over plain maps: random organisations, people with and without HR grants, feedback actions and
 * resources.
 */
class FeedbackRulesProperties {
  private static final Set<Action> OWN_ONLY = EnumSet.of(Action.GIVE_FEEDBACK, Action.WITHDRAW_FEEDBACK,
      Action.VIEW_GIVEN_FEEDBACK, Action.VIEW_RECEIVER_FEEDBACK, Action.ANSWER_FEEDBACK_REQUEST,
      Action.RESPOND_THREE_SIXTY, Action.RESPOND_SURVEY);
  private static final Set<Action> OWN_OR_CHAIN = EnumSet.of(Action.VIEW_MANAGERS_FEEDBACK, Action.REQUEST_FEEDBACK,
      Action.VIEW_FEEDBACK_REQUEST, Action.VIEW_THREE_SIXTY, Action.MEET_ONE_ON_ONE, Action.VIEW_ONE_ON_ONE,
      Action.VIEW_CADENCE);
  /** Single feedback and one's own answers: no HR grant reaches them. */
  private static final Set<Action> NO_GRANT = EnumSet.of(Action.GIVE_FEEDBACK, Action.WITHDRAW_FEEDBACK,
      Action.VIEW_GIVEN_FEEDBACK, Action.VIEW_RECEIVER_FEEDBACK, Action.ANSWER_FEEDBACK_REQUEST,
      Action.RESPOND_THREE_SIXTY, Action.RESPOND_SURVEY, Action.VIEW_MANAGERS_FEEDBACK, Action.VIEW_PUBLIC_FEEDBACK);

  @Test
  void everyFeedbackAnswerAgreesWithTheOracle() {
    List<Action> actions = List.copyOf(FeedbackRules.ACTIONS);
    assertThat(actions).hasSize(18);
    PersonRuleAgreement.check(actions, 3, (organisation, random) -> random.nextInt(4) == 0
        ? Resource.ofUnit("cadence", organisation.units().get(random.nextInt(organisation.units().size())).id())
        : random.nextInt(5) == 0
            ? Resource.ofTenant("survey s")
            : Resource.ofEmployee("feedback f",
                organisation.employees().get(random.nextInt(organisation.employees().size())).id()),
        organisation -> FeedbackOracle.of(organisation)::allows);
  }

  /**
   * The feedback rules' decision by relation for the policy-wide oracle: allowed, denied whatever
   * the grants, or empty to leave it to HR grants.
   */
  static Optional<Boolean> decide(EmployeeId me, Action action, Resource resource, Map<EmployeeId, Optional<EmployeeId>> managerOf,
      Map<EmployeeId, OrgUnitId> unitOf, Map<OrgUnitId, Optional<OrgUnitId>> parentOf) {
    if (!FeedbackRules.ACTIONS.contains(action)) {
      return Optional.empty();
    }
    if (new FeedbackOracle(managerOf, unitOf, parentOf).byRelation(me, action, resource)) {
      return Optional.of(true);
    }
    return NO_GRANT.contains(action) && resource instanceof Resource.OfEmployee ? Optional.of(false) : Optional.empty();
  }

  /** The feedback rules by brute force, plus HR grants where the rules leave room for them. */
  record FeedbackOracle(
      Map<EmployeeId, Optional<EmployeeId>> managerOf,
      Map<EmployeeId, OrgUnitId> unitOf,
      Map<OrgUnitId, Optional<OrgUnitId>> parentOf) {

    static FeedbackOracle of(Organisation organisation) {
      return new FeedbackOracle(
          organisation.employees().stream().collect(Collectors.toMap(Employee::id, Employee::manager)),
          organisation.employees().stream().collect(Collectors.toMap(Employee::id, Employee::unit)),
          organisation.units().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::parent)));
    }

    boolean allows(Actor.Person actor, Action action, Resource resource) {
      EmployeeId me = actor.employee();
      if (!managerOf.containsKey(me)) {
        return false;
      }
      if (byRelation(me, action, resource)) {
        return true;
      }
      if (NO_GRANT.contains(action) && resource instanceof Resource.OfEmployee) {
        return false;
      }
      for (HrGrant grant : actor.grants()) {
        if (grant.actions().contains(action) && (grant.unit().isEmpty()
            || resource instanceof Resource.OfEmployee of && within(unitOf.get(of.employee()), grant.unit().get())
            || resource instanceof Resource.OfUnit of && within(of.unit(), grant.unit().get()))) {
          return true;
        }
      }
      return false;
    }

    boolean byRelation(EmployeeId me, Action action, Resource resource) {
      if (resource instanceof Resource.OfEmployee of) {
        boolean own = of.employee().equals(me);
        boolean above = above(me, of.employee());
        return action == Action.VIEW_PUBLIC_FEEDBACK
            || OWN_ONLY.contains(action) && own
            || OWN_OR_CHAIN.contains(action) && (own || above)
            || action == Action.OPEN_THREE_SIXTY && above;
      }
      if (resource instanceof Resource.OfUnit of && action == Action.VIEW_CADENCE) {
        return managerOf.keySet().stream().anyMatch(e -> within(unitOf.get(e), of.unit()) && above(me, e));
      }
      return false;
    }

    private boolean above(EmployeeId me, EmployeeId employee) {
      return OracleChains.above(managerOf, me, employee);
    }

    private boolean within(OrgUnitId unit, OrgUnitId ancestor) {
      return OracleChains.within(parentOf, unit, ancestor);
    }
  }
}
