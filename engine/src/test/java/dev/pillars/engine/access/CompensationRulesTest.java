package dev.pillars.engine.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.TenantId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pay rules' decisions word for word: people see their own pay, managers their reports' down
 * the chain, and no one else without a compensation grant; managing compensation is for grants only.
 */
class CompensationRulesTest {
  private static final OrgUnitId SALES = OrgUnitId.of("sales");
  private static final EmployeeId ANA = EmployeeId.of("ana");
  private static final EmployeeId BEN = EmployeeId.of("ben");
  private static final EmployeeId CLEO = EmployeeId.of("cleo");
  private static final Organisation ORGANISATION = Organisation.of(
      TenantId.of("acme"), List.of(OrgUnit.root(SALES, "Sales")),
      List.of(employee(ANA, null), employee(BEN, ANA), employee(CLEO, BEN)));

  private static Employee employee(EmployeeId id, EmployeeId manager) {
    return Employee.builder().id(id).displayName(id.value()).manager(Optional.ofNullable(manager)).unit(SALES)
        .role("rep").grade("g1").hireDate(LocalDate.of(2020, 1, 1)).build();
  }

  private static AccessDecision decide(Actor actor, Action action, EmployeeId about) {
    return AccessPolicy.standard().decide(
        AccessRequest.of(actor, action, Resource.ofEmployee("the pay of " + about.value(), about), ORGANISATION));
  }

  @Test
  void peopleSeeTheirOwnPayAndManagersTheirReportsDownTheChain() {
    assertThat(decide(Actor.person(CLEO), Action.VIEW_PAY, CLEO))
        .isEqualTo(AccessDecision.allow("people may see their own pay"));
    assertThat(decide(Actor.person(ANA), Action.VIEW_PAY, CLEO))
        .isEqualTo(AccessDecision.allow("a manager may see the pay of everyone who reports to them, down the chain"));
    assertThat(decide(Actor.person(CLEO), Action.VIEW_PAY, BEN).allowed()).isFalse();
  }

  @Test
  void managingCompensationNeedsAGrantEvenOnOnesOwnData() {
    assertThat(decide(Actor.person(ANA), Action.MANAGE_COMPENSATION, ANA))
        .isEqualTo(AccessDecision.deny("no rule allows it (own data, management chain, unit membership, HR grant)"));
    assertThat(decide(Actor.hr(ANA, List.of(HrGrant.tenantWide("comp", Set.of(Action.MANAGE_COMPENSATION)))),
        Action.MANAGE_COMPENSATION, ANA))
        .isEqualTo(AccessDecision.allow("HR role comp allows MANAGE_COMPENSATION across the tenant"));
  }
}
