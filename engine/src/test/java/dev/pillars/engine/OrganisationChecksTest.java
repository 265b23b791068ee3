package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HANA;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static dev.pillars.engine.EngineFixture.ROOT;
import static dev.pillars.engine.EngineFixture.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.GoalStatusChanged;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.EmployeeRemoved;
import dev.pillars.core.org.EmployeeUpserted;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.OrgUnitRemoved;
import dev.pillars.core.org.OrgUnitUpserted;
import dev.pillars.core.org.Organisation;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.org.LeaverRule;
import dev.pillars.engine.org.OrganisationService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Synchronising the organisation: the leaver rules in full, units, and access that follows the new organisation. */
class OrganisationChecksTest extends EngineTestBase {
  private static final GoalId BEN_DONE = GoalId.of("ben-done");

  @BeforeEach
  void bensGoals() {
    Session ben = as(Actor.person(BEN));
    ben.goals().create(EngineFixture.benGoal());
    ben.goals().activate(BEN_GOAL);
    ben.goals().create(EngineFixture.goal(BEN_DONE, GoalOwner.employee(BEN), GoalLevel.INDIVIDUAL, GoalMeasure.manual(0)));
    ben.goals().transition(BEN_DONE, GoalStatus.CANCELLED);
    delivered.clear();
  }

  private OrganisationService hr() {
    return as(HR).organisation();
  }

  /** The stored organisation with each employee changed by {@code change}; null drops the employee. */
  private Organisation changed(Map<EmployeeId, UnaryOperator<Employee>> changes, List<OrgUnit> units) {
    Organisation now = store.forTenant(ACME).organisation().snapshot();
    List<Employee> employees = new ArrayList<>();
    for (Employee e : now.employees()) {
      Employee next = changes.getOrDefault(e.id(), UnaryOperator.identity()).apply(e);
      if (next != null) {
        employees.add(next);
      }
    }
    return Organisation.of(ACME, units, employees);
  }

  private Goal goal(GoalId id) {
    return store.forTenant(ACME).goals().find(id).orElseThrow().value();
  }

  private List<Class<?>> deliveredTypes() {
    return delivered.stream().<Class<?>>map(e -> e.event().getClass()).toList();
  }

  @Test
  void keepLeavesALeaversGoalsAsTheyAre() {
    hr().synchronise(changed(Map.of(BEN, e -> null), store.forTenant(ACME).organisation().snapshot().units()), LeaverRule.KEEP);
    assertThat(goal(BEN_GOAL).owner()).isEqualTo(GoalOwner.employee(BEN));
    assertThat(goal(BEN_GOAL).status()).isEqualTo(GoalStatus.ACTIVE);
    assertThat(deliveredTypes()).containsExactly(EmployeeRemoved.class);
  }

  @Test
  void aLeaversGoalsGoToTheNearestManagerWhoStaysAndClosedGoalsStay() {
    List<OrgUnit> units = store.forTenant(ACME).organisation().snapshot().units();
    hr().synchronise(changed(Map.of(ANA, e -> e.reportingTo(Optional.of(HANA))), units), LeaverRule.CANCEL);
    hr().synchronise(changed(Map.of(ANA, e -> null, BEN, e -> null), units), LeaverRule.TRANSFER_TO_MANAGER);

    assertThat(goal(BEN_GOAL).owner()).isEqualTo(GoalOwner.employee(HANA));
    assertThat(goal(BEN_DONE).owner()).isEqualTo(GoalOwner.employee(BEN));
    assertThat(goal(BEN_DONE).status()).isEqualTo(GoalStatus.CANCELLED);
  }

  @Test
  void aLeaverWithNoManagerWhoStaysHasTheirOpenGoalsCancelledBeforeTheUnitGoes() {
    List<OrgUnit> units = new ArrayList<>(store.forTenant(ACME).organisation().snapshot().units());
    OrgUnitId lab = OrgUnitId.of("lab");
    units.add(OrgUnit.within(lab, "Lab", ROOT));
    hr().synchronise(changed(Map.of(), units), LeaverRule.KEEP);
    delivered.clear();
    units.removeIf(u -> u.id().equals(lab));

    hr().synchronise(changed(Map.of(ANA, e -> null, BEN, e -> null), units), LeaverRule.TRANSFER_TO_MANAGER);

    assertThat(goal(BEN_GOAL).status()).isEqualTo(GoalStatus.CANCELLED);
    assertThat(goal(BEN_GOAL).owner()).isEqualTo(GoalOwner.employee(BEN));
    assertThat(deliveredTypes()).containsExactly(
        GoalStatusChanged.class, EmployeeRemoved.class, EmployeeRemoved.class, OrgUnitRemoved.class);
    assertThat(store.forTenant(ACME).orgUnits().find(lab)).isEmpty();
  }

  @Test
  void unitsAreAddedAndRenamed() {
    List<OrgUnit> units = new ArrayList<>();
    for (OrgUnit u : store.forTenant(ACME).organisation().snapshot().units()) {
      units.add(u.id().equals(SALES) ? OrgUnit.within(SALES, "Sales and service", ROOT) : u);
    }
    units.add(OrgUnit.within(OrgUnitId.of("lab"), "Lab", PLANT));
    Organisation next = changed(Map.of(CLEO, e -> e.inUnit(OrgUnitId.of("lab"))), units);

    hr().synchronise(next, LeaverRule.KEEP);

    assertThat(hr().snapshot()).isEqualTo(next);
    assertThat(store.forTenant(ACME).orgUnits().find(SALES).orElseThrow().value().name()).isEqualTo("Sales and service");
    assertThat(deliveredTypes()).containsExactly(OrgUnitUpserted.class, OrgUnitUpserted.class, EmployeeUpserted.class);
  }

  @Test
  void accessFollowsTheSynchronisedOrganisation() {
    Goal cleos = EngineFixture.goal(GoalId.of("cleo-goal"), GoalOwner.employee(CLEO), GoalLevel.INDIVIDUAL, GoalMeasure.manual(0));
    assertThatThrownBy(() -> as(Actor.person(ANA)).goals().create(cleos)).isInstanceOf(AccessDeniedException.class);

    hr().synchronise(changed(Map.of(CLEO, e -> e.reportingTo(Optional.of(ANA))),
        store.forTenant(ACME).organisation().snapshot().units()), LeaverRule.KEEP);

    assertThat(as(Actor.person(ANA)).goals().create(cleos).owner()).isEqualTo(GoalOwner.employee(CLEO));
    assertThatThrownBy(() -> as(Actor.person(ANA)).organisation().snapshot())
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("MANAGE_ORGANISATION");
  }
}
