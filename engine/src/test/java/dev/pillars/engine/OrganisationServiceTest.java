package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static dev.pillars.engine.EngineFixture.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.GoalTransferred;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.EmployeeRemoved;
import dev.pillars.core.org.EmployeeUpserted;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.org.OrganisationDiff;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.org.LeaverRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganisationServiceTest extends EngineTestBase {
  private static final EmployeeId DAN = EmployeeId.of("dan");

  @BeforeEach
  void setUp() {
    Session ben = pillars.tenant(ACME).as(Actor.person(BEN));
    ben.goals().create(EngineFixture.benGoal());
    ben.goals().activate(BEN_GOAL);
    delivered.clear();
  }

  /** The stored organisation with Dan joining the plant, Cleo moving under Ana, Ben leaving. */
  private Organisation next() {
    Organisation now = store.forTenant(ACME).organisation().snapshot();
    List<Employee> employees = new ArrayList<>();
    for (Employee e : now.employees()) {
      if (e.id().equals(BEN)) {
        continue;
      }
      employees.add(e.id().equals(CLEO) ? e.reportingTo(java.util.Optional.of(ANA)).inUnit(PLANT) : e);
    }
    employees.add(EngineFixture.employee(DAN, ANA, SALES));
    return Organisation.of(ACME, now.units(), employees);
  }

  @Test
  void aSnapshotIsAppliedAsItsDifferenceWithEventsForJoinersMoversAndLeavers() {
    Organisation next = next();
    OrganisationDiff diff = pillars.tenant(ACME).as(HR).organisation().synchronise(next, LeaverRule.TRANSFER_TO_MANAGER);

    assertThat(diff.joiners()).extracting(Employee::id).containsExactly(DAN);
    assertThat(diff.movers()).extracting(Employee::id).containsExactly(CLEO);
    assertThat(diff.leavers()).extracting(Employee::id).containsExactly(BEN);
    assertThat(store.forTenant(ACME).organisation().snapshot()).isEqualTo(next);
    Goal inherited = store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().value();
    assertThat(inherited.owner()).isEqualTo(GoalOwner.employee(ANA));
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).containsExactly(
        EmployeeUpserted.class, EmployeeUpserted.class, GoalTransferred.class, EmployeeRemoved.class);

    delivered.clear();
    assertThat(pillars.tenant(ACME).as(HR).organisation().synchronise(next, LeaverRule.CANCEL).isEmpty()).isTrue();
    assertThat(delivered).isEmpty();
  }

  @Test
  void theCancelRuleCancelsALeaversOpenGoals() {
    pillars.tenant(ACME).as(HR).organisation().synchronise(next(), LeaverRule.CANCEL);
    Goal cancelled = store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().value();
    assertThat(cancelled.status()).isEqualTo(GoalStatus.CANCELLED);
    assertThat(cancelled.owner()).isEqualTo(GoalOwner.employee(BEN));
  }

  @Test
  void aSynchronisationThatIsNotAllowedOrNamesAnotherTenantChangesNothing() {
    Organisation before = store.forTenant(ACME).organisation().snapshot();
    assertThatThrownBy(() -> pillars.tenant(ACME).as(Actor.person(ANA)).organisation()
            .synchronise(next(), LeaverRule.CANCEL))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("MANAGE_ORGANISATION");
    Organisation other = Organisation.of(TenantId.of("globex"), List.of(), List.of());
    assertThatThrownBy(() -> pillars.tenant(ACME).as(HR).organisation().synchronise(other, LeaverRule.CANCEL))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("snapshot.tenant was globex: must be the tenant acme");
    assertThat(store.forTenant(ACME).organisation().snapshot()).isEqualTo(before);
    assertThat(delivered).isEmpty();
  }
}
