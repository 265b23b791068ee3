package dev.pillars.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Organisations are equal by tenant, units and employees, in any order, and by nothing less. */
class OrganisationEqualityTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final OrgUnit ROOT = OrgUnit.root(OrgUnitId.of("acme"), "Acme");
  private static final OrgUnit PLANT = OrgUnit.within(OrgUnitId.of("plant"), "Plant", OrgUnitId.of("acme"));

  private static Employee employee(String id, String manager, String role) {
    return Employee.builder()
        .id(EmployeeId.of(id))
        .displayName("Name of " + id)
        .manager(Optional.ofNullable(manager).map(EmployeeId::of))
        .unit(OrgUnitId.of("acme"))
        .role(role)
        .grade("G5")
        .hireDate(LocalDate.of(2020, 1, 1))
        .build();
  }

  private static final Employee CEO = employee("ceo", null, "CEO");
  private static final Employee ANA = employee("ana", "ceo", "Engineer");

  private static Organisation org(List<OrgUnit> units, List<Employee> employees) {
    return Organisation.of(ACME, units, employees);
  }

  @Test
  void theOrderOfUnitsAndEmployeesDoesNotMatter() {
    Organisation a = org(List.of(ROOT, PLANT), List.of(CEO, ANA));
    Organisation b = org(List.of(PLANT, ROOT), List.of(ANA, CEO));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isEqualTo(a).isNotEqualTo("acme").isNotEqualTo(null);
  }

  @Test
  void anyDifferenceMakesAnotherOrganisation() {
    Organisation a = org(List.of(ROOT, PLANT), List.of(CEO, ANA));
    assertThat(a).isNotEqualTo(Organisation.of(TenantId.of("other"), List.of(ROOT, PLANT), List.of(CEO, ANA)));
    assertThat(a).isNotEqualTo(org(List.of(ROOT), List.of(CEO, ANA)));
    assertThat(a).isNotEqualTo(org(List.of(ROOT, PLANT), List.of(CEO)));
    Organisation renamedUnit = org(List.of(ROOT, OrgUnit.within(OrgUnitId.of("plant"), "Works", OrgUnitId.of("acme"))), List.of(CEO, ANA));
    assertThat(a).isNotEqualTo(renamedUnit);
    assertThat(renamedUnit).isNotEqualTo(a);
    Organisation otherRole = org(List.of(ROOT, PLANT), List.of(CEO, employee("ana", "ceo", "Lead")));
    assertThat(a).isNotEqualTo(otherRole);
    assertThat(otherRole).isNotEqualTo(a);
    assertThat(a.hashCode()).isNotEqualTo(otherRole.hashCode());
    assertThat(a.hashCode()).isNotEqualTo(org(List.of(ROOT), List.of(CEO, ANA)).hashCode());
    assertThat(a).hasToString("Organisation[tenant=acme, units=2, employees=2]");
  }

  @Test
  void anEmployeeManagesNeitherThemselvesNorAnotherEmployeesEvent() {
    assertThatThrownBy(() -> employee("ana", "ana", "Engineer"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("manager was ana");
    Instant now = Instant.parse("2026-03-02T09:00:00Z");
    assertThatThrownBy(() -> new EmployeeUpserted(ACME, ANA, Optional.of(CEO), now))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("previous was ceo");
    assertThat(new EmployeeUpserted(ACME, ANA, Optional.of(ANA), now).employeeId()).isEqualTo(ANA.id());
  }
}
