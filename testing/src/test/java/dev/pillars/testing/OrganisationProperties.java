package dev.pillars.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Organisation}'s queries over generated organisations: reports and chains
 * mirror each other, and unit membership agrees with a brute-force walk up the unit tree.
 */
class OrganisationProperties {

  private static Set<EmployeeId> ids(List<Employee> employees) {
    return employees.stream().map(Employee::id).collect(Collectors.toSet());
  }

  @Test
  void someoneIsInAllReportsOfAManagerExactlyWhenTheManagerIsInTheirChain() {
    qt().forAll(OrganisationGens.organisations(1, 30)).checkAssert(org -> {
      for (Employee manager : org.employees()) {
        Set<EmployeeId> reports = ids(org.allReports(manager.id()));
        assertThat(reports).hasSize(org.allReports(manager.id()).size());
        for (Employee employee : org.employees()) {
          boolean inChain = ids(org.managementChain(employee.id())).contains(manager.id());
          assertThat(reports.contains(employee.id())).isEqualTo(inChain);
          assertThat(org.manages(manager.id(), employee.id())).isEqualTo(inChain);
        }
        assertThat(ids(org.directReports(manager.id())))
            .isEqualTo(org.employees().stream()
                .filter(e -> e.manager().equals(Optional.of(manager.id())))
                .map(Employee::id)
                .collect(Collectors.toSet()));
      }
      assertThat(org.rootEmployees()).allMatch(e -> e.manager().isEmpty());
      assertThat(org.rootEmployees().size() + org.employees().stream().filter(e -> e.manager().isPresent()).count())
          .isEqualTo(org.employees().size());
    });
  }

  @Test
  void anErasedEmployeesRecordKeepsTheOrganisationsFactsAndNoPersonalData() {
    EmployeeId pseudonym = EmployeeId.of("erased-1");
    qt().forAll(OrganisationGens.organisations(1, 30)).checkAssert(org -> {
      for (Employee employee : org.employees()) {
        Employee bare = employee.pseudonymised(pseudonym);
        assertThat(bare.id()).isEqualTo(pseudonym);
        assertThat(bare.displayName()).isEqualTo(pseudonym.value());
        assertThat(bare.attributes()).isEmpty();
        assertThat(List.of(bare.manager(), bare.unit(), bare.role(), bare.grade(), bare.hireDate()))
            .isEqualTo(List.of(employee.manager(), employee.unit(), employee.role(), employee.grade(), employee.hireDate()));
        Employee otherPersonalData = Employee.builder()
            .id(EmployeeId.of(employee.id().value() + "-twin"))
            .displayName("Someone else entirely")
            .manager(employee.manager())
            .unit(employee.unit())
            .role(employee.role())
            .grade(employee.grade())
            .hireDate(employee.hireDate())
            .putAttributes("location", "elsewhere")
            .build();
        assertThat(otherPersonalData.pseudonymised(pseudonym)).isEqualTo(bare);
        assertThat(bare.pseudonymised(pseudonym)).isEqualTo(bare);
      }
    });
  }

  @Test
  void allMembersOfAUnitAreThoseInItOrBelowIt() {
    qt().forAll(OrganisationGens.organisations(0, 40)).checkAssert(org -> {
      for (OrgUnit unit : org.units()) {
        Set<EmployeeId> expected = org.employees().stream()
            .filter(e -> unitChain(org, e.unit()).contains(unit.id()))
            .map(Employee::id)
            .collect(Collectors.toSet());
        assertThat(ids(org.allMembers(unit.id()))).isEqualTo(expected);
        assertThat(org.allMembers(unit.id())).hasSize(expected.size());
        assertThat(ids(org.members(unit.id())))
            .isEqualTo(org.employees().stream()
                .filter(e -> e.unit().equals(unit.id()))
                .map(Employee::id)
                .collect(Collectors.toSet()));
      }
    });
  }

  /** The unit and every unit above it, walking parents one by one. */
  private static List<OrgUnitId> unitChain(Organisation org, OrgUnitId start) {
    List<OrgUnitId> chain = new ArrayList<>();
    for (Optional<OrgUnitId> unit = Optional.of(start); unit.isPresent();
        unit = org.unit(unit.get()).flatMap(OrgUnit::parent)) {
      chain.add(unit.get());
    }
    return chain;
  }
}
