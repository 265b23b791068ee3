package dev.pillars.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What an access decision says when an HR grant allows it (the grant's role, the action and its
 * scope), how actors and requests read, and the checks on grants and system actors.
 */
class AccessWordingTest {
  private static final OrgUnitId SALES = OrgUnitId.of("sales");
  private static final Organisation ORGANISATION = Organisation.of(
      TenantId.of("acme"), List.of(OrgUnit.root(SALES, "Sales")),
      List.of(
          employee("ana"),
          employee("ben")));

  private static Employee employee(String id) {
    return Employee.builder().id(EmployeeId.of(id)).displayName(id.toUpperCase()).unit(SALES).role("rep").grade("g1")
        .hireDate(LocalDate.of(2020, 1, 1)).build();
  }

  private static AccessDecision decide(HrGrant grant) {
    Actor hr = Actor.hr(EmployeeId.of("ben"), List.of(grant));
    return AccessPolicy.standard().decide(
        AccessRequest.of(hr, Action.EXPORT_PERSONAL_DATA, Resource.ofEmployee("ana's data", EmployeeId.of("ana")), ORGANISATION));
  }

  @Test
  void anHrGrantsDecisionNamesItsRoleActionAndScope() {
    assertThat(decide(HrGrant.tenantWide("privacy officer", Set.of(Action.EXPORT_PERSONAL_DATA))))
        .isEqualTo(AccessDecision.allow("HR role privacy officer allows EXPORT_PERSONAL_DATA across the tenant"));
    assertThat(decide(HrGrant.forUnit("hr partner", SALES, Set.of(Action.EXPORT_PERSONAL_DATA))))
        .isEqualTo(AccessDecision.allow("HR role hr partner allows EXPORT_PERSONAL_DATA within unit sales"));
  }

  @Test
  void actorsAndRequestsReadAsTheirNames() {
    Actor.SystemActor feed = Actor.system("feed", Set.of());
    assertThat(feed.allowed()).isEmpty();
    assertThat(feed.name()).isEqualTo("system:feed");
    assertThat(AccessRequest.of(feed, Action.VIEW_KPI, Resource.ofTenant("the KPIs"), ORGANISATION))
        .hasToString("system:feed VIEW_KPI the KPIs");
  }

  @Test
  void aGrantMustAllowAnAction() {
    assertThatThrownBy(() -> HrGrant.tenantWide("nobody", Set.of()))
        .isInstanceOf(InvalidInputException.class).hasMessage("actions was []: must allow at least one action");
  }
}
