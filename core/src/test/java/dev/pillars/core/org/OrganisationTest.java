package dev.pillars.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationTest {
  private static final TenantId TENANT = TenantId.of("acme");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  static Employee employee(String id, String unit, String manager) {
    return Employee.builder()
        .id(EmployeeId.of(id))
        .displayName("Name of " + id)
        .manager(Optional.ofNullable(manager).map(EmployeeId::of))
        .unit(OrgUnitId.of(unit))
        .role("Engineer")
        .grade("G5")
        .hireDate(LocalDate.of(2020, 1, 1))
        .build();
  }

  private static List<OrgUnit> units() {
    return List.of(
        OrgUnit.root(OrgUnitId.of("acme"), "Acme Manufacturing"),
        OrgUnit.within(OrgUnitId.of("plant-a"), "Plant A", OrgUnitId.of("acme")),
        OrgUnit.within(OrgUnitId.of("plant-b"), "Plant B", OrgUnitId.of("acme")),
        OrgUnit.within(OrgUnitId.of("qa"), "Quality assurance", OrgUnitId.of("plant-a")));
  }

  private static List<Employee> employees() {
    return List.of(
        employee("ceo", "acme", null),
        employee("ana", "plant-a", "ceo"),
        employee("ben", "plant-b", "ceo"),
        employee("cy", "qa", "ana"),
        employee("dee", "qa", "ana"),
        employee("eve", "plant-a", "cy"));
  }

  private static Organisation acme() {
    return Organisation.of(TENANT, units(), employees());
  }

  private static List<String> ids(List<Employee> employees) {
    return employees.stream().map(e -> e.id().value()).collect(Collectors.toList());
  }

  private static EmployeeId id(String value) {
    return EmployeeId.of(value);
  }

  @Test
  void answersTheManagementQueries() {
    Organisation org = acme();

    assertThat(ids(org.rootEmployees())).containsExactly("ceo");
    assertThat(ids(org.directReports(id("ceo")))).containsExactly("ana", "ben");
    assertThat(ids(org.directReports(id("eve")))).isEmpty();
    assertThat(ids(org.allReports(id("ceo")))).containsExactly("ana", "cy", "eve", "dee", "ben");
    assertThat(ids(org.allReports(id("ana")))).containsExactly("cy", "eve", "dee");
    assertThat(ids(org.managementChain(id("eve")))).containsExactly("cy", "ana", "ceo");
    assertThat(org.managementChain(id("ceo"))).isEmpty();
    assertThat(org.manages(id("ceo"), id("eve"))).isTrue();
    assertThat(org.manages(id("eve"), id("ceo"))).isFalse();
    assertThat(org.manages(id("ana"), id("ana"))).isFalse();
    assertThat(org.manages(id("ben"), id("cy"))).isFalse();
  }

  @Test
  void answersTheUnitQueries() {
    Organisation org = acme();

    assertThat(org.rootUnits()).extracting(u -> u.id().value()).containsExactly("acme");
    assertThat(org.subUnits(OrgUnitId.of("acme"))).extracting(u -> u.id().value()).containsExactly("plant-a", "plant-b");
    assertThat(ids(org.members(OrgUnitId.of("qa")))).containsExactly("cy", "dee");
    assertThat(ids(org.members(OrgUnitId.of("plant-a")))).containsExactly("ana", "eve");
    assertThat(ids(org.allMembers(OrgUnitId.of("plant-a")))).containsExactly("ana", "eve", "cy", "dee");
    assertThat(ids(org.allMembers(OrgUnitId.of("acme")))).containsExactly("ceo", "ana", "eve", "cy", "dee", "ben");
    assertThat(org.unit(OrgUnitId.of("qa")).map(OrgUnit::name)).contains("Quality assurance");
    assertThat(org.unit(OrgUnitId.of("nowhere"))).isEmpty();
  }

  @Test
  void listsEverythingInTheOrderSupplied() {
    Organisation org = acme();

    assertThat(org.tenant()).isEqualTo(TENANT);
    assertThat(org.employees()).isEqualTo(employees());
    assertThat(org.units()).isEqualTo(units());
    assertThat(org.employee(id("dee"))).contains(employees().get(4));
    assertThat(org.employee(id("nobody"))).isEmpty();
    assertThat(org).hasToString("Organisation[tenant=acme, units=4, employees=6]");
  }

  @Test
  void acceptsReportsSuppliedBeforeTheirManagers() {
    List<Employee> reversed = new ArrayList<>(employees());
    Collections.reverse(reversed);
    List<OrgUnit> units = new ArrayList<>(units());
    Collections.reverse(units);

    Organisation org = Organisation.of(TENANT, units, reversed);

    assertThat(ids(org.managementChain(id("eve")))).containsExactly("cy", "ana", "ceo");
    assertThat(org).isEqualTo(acme()).hasSameHashCodeAs(acme());
  }

  @Test
  void theBuilderBuildsTheSameOrganisation() {
    Organisation built = Organisation.builder(TENANT).addUnits(units()).addEmployees(employees()).build();

    assertThat(built).isEqualTo(acme());
  }

  @Test
  void theListsCannotBeModified() {
    Organisation org = acme();

    assertThatThrownBy(() -> org.allReports(id("ceo")).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> org.employees().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> org.managementChain(id("eve")).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void queriesNamingAnUnknownIdAreRejected() {
    Organisation org = acme();

    assertThatThrownBy(() -> org.directReports(id("nobody")))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("manager was nobody: must name an employee of this organisation");
    assertThatThrownBy(() -> org.managementChain(id("nobody")))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("employee was nobody: must name an employee of this organisation");
    assertThatThrownBy(() -> org.members(OrgUnitId.of("nowhere")))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("unit was nowhere: must name a unit of this organisation");
  }

  @Test
  void aRepeatedEmployeeIdIsRejected() {
    List<Employee> employees = new ArrayList<>(employees());
    employees.add(employee("ana", "qa", "ceo"));

    assertThatThrownBy(() -> Organisation.of(TENANT, units(), employees))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employees.id was ana: must be unique in the organisation");
  }

  @Test
  void aRepeatedUnitIdIsRejected() {
    List<OrgUnit> units = new ArrayList<>(units());
    units.add(OrgUnit.root(OrgUnitId.of("qa"), "Another QA"));

    assertThatThrownBy(() -> Organisation.of(TENANT, units, employees()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("units.id was qa: must be unique in the organisation");
  }

  @Test
  void anUnknownManagerIsRejected() {
    List<Employee> employees = new ArrayList<>(employees());
    employees.set(1, employee("ana", "plant-a", "ghost"));

    assertThatThrownBy(() -> Organisation.of(TENANT, units(), employees))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("employees[ana].manager was ghost: must name an employee of this organisation");
  }

  @Test
  void anUnknownUnitIsRejected() {
    List<Employee> employees = new ArrayList<>(employees());
    employees.set(1, employee("ana", "plant-z", "ceo"));

    assertThatThrownBy(() -> Organisation.of(TENANT, units(), employees))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("employees[ana].unit was plant-z: must name a unit of this organisation");
  }

  @Test
  void anUnknownParentUnitIsRejected() {
    List<OrgUnit> units = new ArrayList<>(units());
    units.add(OrgUnit.within(OrgUnitId.of("lab"), "Lab", OrgUnitId.of("research")));

    assertThatThrownBy(() -> Organisation.of(TENANT, units, employees()))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("units[lab].parent was research: must name a unit of this organisation");
  }

  @Test
  void aManagerCycleIsRejectedWithTheCycleInTheMessage() {
    List<Employee> employees = List.of(employee("a", "acme", "b"), employee("b", "acme", "c"), employee("c", "acme", "a"));

    assertThatThrownBy(() -> Organisation.of(TENANT, units(), employees))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employees[a].manager was b: would close the cycle a -> b -> c -> a");
  }

  @Test
  void aCycleBelowATreeIsFoundFromTheTree() {
    // x reports into the cycle a -> b -> a without being part of it
    List<Employee> employees = List.of(employee("x", "acme", "a"), employee("a", "acme", "b"), employee("b", "acme", "a"));

    assertThatThrownBy(() -> Organisation.of(TENANT, units(), employees))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employees[a].manager was b: would close the cycle a -> b -> a");
  }

  @Test
  void aUnitCycleIsRejectedWithTheCycleInTheMessage() {
    List<OrgUnit> units = List.of(
        OrgUnit.within(OrgUnitId.of("a"), "A", OrgUnitId.of("b")),
        OrgUnit.within(OrgUnitId.of("b"), "B", OrgUnitId.of("a")));

    assertThatThrownBy(() -> Organisation.of(TENANT, units, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("units[a].parent was b: would close the cycle a -> b -> a");
  }

  @Test
  void nullsAreRejectedNamingThePosition() {
    List<Employee> employees = new ArrayList<>(employees());
    employees.add(null);

    assertThatThrownBy(() -> Organisation.of(TENANT, units(), employees))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("employees[6]");
  }

  @Test
  void aDeepChainIsBuiltAndQueriedWithoutRecursion() {
    int depth = 100_000;
    List<Employee> chain = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      chain.add(employee("e" + i, "acme", i == 0 ? null : "e" + (i - 1)));
    }
    Collections.reverse(chain);

    Organisation org = Organisation.of(TENANT, units(), chain);

    assertThat(org.managementChain(id("e" + (depth - 1)))).hasSize(depth - 1);
    assertThat(org.allReports(id("e0"))).hasSize(depth - 1);
    assertThat(org.allReports(id("e0")).get(0).id()).isEqualTo(id("e1"));
    assertThat(org.manages(id("e0"), id("e" + (depth - 1)))).isTrue();
    assertThat(org.manages(id("e" + (depth - 1)), id("e0"))).isFalse();
  }

  @Test
  void aLongCycleIsReportedInFull() {
    int length = 50_000;
    List<Employee> ring = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      ring.add(employee("e" + i, "acme", "e" + ((i + 1) % length)));
    }

    assertThatThrownBy(() -> Organisation.of(TENANT, units(), ring))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("employees[e0].manager was e1: would close the cycle e0 -> e1 -> e2 -> ")
        .hasMessageEndingWith(" -> e49998 -> e49999 -> e0");
  }

  @Test
  void withEmployeeAddsANewEmployee() {
    Organisation org = acme();
    Employee fay = employee("fay", "plant-b", "ben");

    Change<Organisation> change = org.withEmployee(fay, CLOCK);

    assertThat(ids(change.value().directReports(id("ben")))).containsExactly("fay");
    assertThat(change.events())
        .containsExactly(new EmployeeUpserted(TENANT, fay, Optional.empty(), CLOCK.instant()));
    assertThat(change.events().get(0).aggregateId()).isEqualTo("acme");
    assertThat(org).isEqualTo(acme());
    assertThat(org.employee(id("fay"))).isEmpty();
  }

  @Test
  void withEmployeeReplacesAnEmployeeInPlace() {
    Organisation org = acme();
    Employee before = org.employee(id("eve")).orElseThrow();
    Employee moved = before.reportingTo(Optional.of(id("ben"))).inUnit(OrgUnitId.of("plant-b"));

    Change<Organisation> change = org.withEmployee(moved, CLOCK);

    assertThat(ids(change.value().employees())).containsExactly("ceo", "ana", "ben", "cy", "dee", "eve");
    assertThat(ids(change.value().managementChain(id("eve")))).containsExactly("ben", "ceo");
    assertThat(ids(change.value().members(OrgUnitId.of("plant-b")))).containsExactly("ben", "eve");
    assertThat(change.events()).containsExactly(new EmployeeUpserted(TENANT, moved, Optional.of(before), CLOCK.instant()));
    assertThat(ids(org.managementChain(id("eve")))).containsExactly("cy", "ana", "ceo");
  }

  @Test
  void withEmployeeThatWouldCloseACycleIsRejectedAndChangesNothing() {
    Organisation org = acme();
    Employee ceoUnderEve = org.employee(id("ceo")).orElseThrow().reportingTo(Optional.of(id("eve")));

    assertThatThrownBy(() -> org.withEmployee(ceoUnderEve, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employees[ceo].manager was eve: would close the cycle ceo -> eve -> cy -> ana -> ceo");
    assertThat(org).isEqualTo(acme());
    assertThat(org.rootEmployees()).extracting(Employee::id).containsExactly(id("ceo"));
  }

  @Test
  void withEmployeeWithAnUnknownManagerIsRejected() {
    assertThatThrownBy(() -> acme().withEmployee(employee("fay", "qa", "ghost"), CLOCK))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("employees[fay].manager was ghost: must name an employee of this organisation");
  }

  @Test
  void withAnIdenticalEmployeeIsRejected() {
    Organisation org = acme();

    assertThatThrownBy(() -> org.withEmployee(employees().get(1), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employee was ana: must differ from the employee already here");
  }

  @Test
  void withoutEmployeeRemovesSomeoneWhoManagesNobody() {
    Organisation org = acme();

    Change<Organisation> change = org.withoutEmployee(id("eve"), CLOCK);

    assertThat(change.value().employee(id("eve"))).isEmpty();
    assertThat(change.value().directReports(id("cy"))).isEmpty();
    assertThat(change.events()).containsExactly(new EmployeeRemoved(TENANT, employees().get(5), CLOCK.instant()));
    assertThat(org.employee(id("eve"))).isPresent();
  }

  @Test
  void withoutAManagerIsRejectedNamingTheReports() {
    Organisation org = acme();

    assertThatThrownBy(() -> org.withoutEmployee(id("ana"), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employee was ana: must manage nobody to be removed, but still manages cy, dee;"
            + " give them another manager first");
    assertThat(org).isEqualTo(acme());
  }

  @Test
  void withoutAnUnknownEmployeeIsRejected() {
    assertThatThrownBy(() -> acme().withoutEmployee(id("nobody"), CLOCK))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("employee was nobody: must name an employee of this organisation");
  }
}
