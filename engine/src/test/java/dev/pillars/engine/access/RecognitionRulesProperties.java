package dev.pillars.engine.access;

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
 * The recognition rules of the standard policy against an oracle written from their documentation
 * over plain maps: random organisations, people with and without HR grants, recognition actions and
 * resources.
 */
class RecognitionRulesProperties {
  @Test
  void everyRecognitionAnswerAgreesWithTheOracle() {
    List<Action> actions = List.copyOf(RecognitionRules.ACTIONS);
    PersonRuleAgreement.check(actions, 4, (organisation, random) -> random.nextInt(3) == 0
        ? Resource.ofUnit("reach", organisation.units().get(random.nextInt(organisation.units().size())).id())
        : random.nextInt(5) == 0
            ? Resource.ofTenant("reach")
            : Resource.ofEmployee("recognition r",
                organisation.employees().get(random.nextInt(organisation.employees().size())).id()),
        organisation -> RecognitionOracle.of(organisation)::allows);
  }

  /** The recognition rules by brute force, plus HR grants as the policy applies them. */
  record RecognitionOracle(
      Map<EmployeeId, Optional<EmployeeId>> managerOf,
      Map<EmployeeId, OrgUnitId> unitOf,
      Map<OrgUnitId, Optional<OrgUnitId>> parentOf) {

    static RecognitionOracle of(Organisation organisation) {
      return new RecognitionOracle(
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
      for (HrGrant grant : actor.grants()) {
        if (grant.actions().contains(action) && (grant.unit().isEmpty()
            || resource instanceof Resource.OfEmployee of && unitOf.containsKey(of.employee())
                && within(unitOf.get(of.employee()), grant.unit().get())
            || resource instanceof Resource.OfUnit of && within(of.unit(), grant.unit().get()))) {
          return true;
        }
      }
      return false;
    }

    /** Whether a recognition rule allows the request by relation alone (without HR grants). */
    boolean byRelation(EmployeeId me, Action action, Resource resource) {
      if (resource instanceof Resource.OfEmployee of) {
        boolean own = of.employee().equals(me);
        boolean above = above(me, of.employee());
        Set<Action> ownOnly = EnumSet.of(Action.GIVE_RECOGNITION, Action.WITHDRAW_RECOGNITION, Action.VIEW_PRIVATE_RECOGNITION);
        return action == Action.VIEW_PUBLIC_RECOGNITION
            || ownOnly.contains(action) && own
            || (action == Action.VIEW_MANAGERS_RECOGNITION || action == Action.VIEW_POINTS_BUDGET) && (own || above);
      }
      if (resource instanceof Resource.OfUnit of && action == Action.VIEW_RECOGNITION_REACH) {
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
