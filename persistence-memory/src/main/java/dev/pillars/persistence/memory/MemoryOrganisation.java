package dev.pillars.persistence.memory;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import dev.pillars.persistence.spi.OrganisationRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The organisation of one tenant in the in-memory store, read from one committed state. */
final class MemoryOrganisation implements OrganisationRepository {
  private final MemoryTenantStore store;
  private final @Nullable MemoryUnitOfWork work;
  private final MemoryEmployeeRepository employees;
  private final MemoryOrgUnitRepository units;

  MemoryOrganisation(
      MemoryTenantStore store,
      @Nullable MemoryUnitOfWork work,
      MemoryEmployeeRepository employees,
      MemoryOrgUnitRepository units) {
    this.store = store;
    this.work = work;
    this.employees = employees;
    this.units = units;
  }

  @Override
  public Organisation snapshot() {
    MemoryUnitOfWork w = Access.reading(work, "OrganisationRepository.snapshot");
    Trie[] state = store.state();
    List<OrgUnit> unitList;
    try (Stream<Versioned<OrgUnit>> all = units.streamAt(w, state)) {
      unitList = all.map(Versioned::value).sorted(Comparator.comparing(OrgUnit::id)).collect(Collectors.toList());
    }
    List<Employee> employeeList;
    try (Stream<Versioned<Employee>> all = employees.streamAt(w, state)) {
      employeeList =
          all.map(Versioned::value).sorted(Comparator.comparing(Employee::id)).collect(Collectors.toList());
    }
    return Organisation.of(store.tenant(), unitList, employeeList);
  }

  @Override
  public String toString() {
    return "OrganisationRepository[" + store.tenant() + (work == null ? ", committed" : ", " + work) + "]";
  }
}
