package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.EmployeeRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The employee records of one tenant in the in-memory store. The queries by manager and unit scan
 * the tenant's employees: time linear in their number, no index to keep.
 */
final class MemoryEmployeeRepository extends MemoryRepository<EmployeeId, Employee> implements EmployeeRepository {
  MemoryEmployeeRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.EMPLOYEES, "EmployeeRepository");
  }

  @Override
  public Stream<Versioned<Employee>> streamByManager(EmployeeId manager) {
    Checks.notNull("manager", manager);
    Optional<EmployeeId> managedBy = Optional.of(manager);
    return stream().filter(employee -> employee.value().manager().equals(managedBy));
  }

  @Override
  public Stream<Versioned<Employee>> streamByUnit(OrgUnitId unit) {
    Checks.notNull("unit", unit);
    return stream().filter(employee -> employee.value().unit().equals(unit));
  }
}
