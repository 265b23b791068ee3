package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.EmployeeRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;

/** The employee records of one tenant in the JDBC store. */
final class JdbcEmployeeRepository extends JdbcRepository<EmployeeId, Employee> implements EmployeeRepository {
  JdbcEmployeeRepository(Session session) {
    super(session, session.jdbc().employees);
  }

  @Override
  public Stream<Versioned<Employee>> streamByManager(EmployeeId manager) {
    Checks.notNull("manager", manager);
    return streamWhere("streamByManager", "manager_id = ?", statement -> statement.setString(2, manager.value()));
  }

  @Override
  public Stream<Versioned<Employee>> streamByUnit(OrgUnitId unit) {
    Checks.notNull("unit", unit);
    return streamWhere("streamByUnit", "unit_id = ?", statement -> statement.setString(2, unit.value()));
  }
}
