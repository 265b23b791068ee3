package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import dev.pillars.persistence.spi.OrganisationRepository;
import dev.pillars.persistence.spi.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The organisation of one tenant, read in one statement (units and employees as one {@code UNION
 * ALL}), so that it reflects one consistent state on every database, and validated by core.
 */
final class JdbcOrganisation implements OrganisationRepository {
  private final Session session;
  private final String snapshot;

  JdbcOrganisation(Session session) {
    this.session = session;
    JdbcStore jdbc = session.jdbc();
    this.snapshot =
        "SELECT 'U', id, name, parent_id, CAST(NULL AS VARCHAR(128)), CAST(NULL AS VARCHAR),"
            + " CAST(NULL AS VARCHAR), CAST(NULL AS DATE), CAST(NULL AS VARCHAR) FROM " + jdbc.orgUnits.name
            + " WHERE tenant = ? UNION ALL SELECT 'E', id, display_name, manager_id, unit_id, role, grade,"
            + " hire_date, attributes FROM " + jdbc.employees.name + " WHERE tenant = ?";
  }

  @Override
  public Organisation snapshot() {
    List<OrgUnit> units = new ArrayList<>();
    List<Employee> employees = new ArrayList<>();
    session.read(
        "OrganisationRepository.snapshot",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(snapshot)) {
            statement.setString(1, session.tenant().value());
            statement.setString(2, session.tenant().value());
            statement.setFetchSize(session.jdbc().fetchSize());
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                String id = rows.getString(2);
                try {
                  if ("U".equals(rows.getString(1))) {
                    units.add(OrgUnitMapping.INSTANCE.read(id, rows, 3));
                  } else {
                    employees.add(EmployeeMapping.INSTANCE.read(id, rows, 3));
                  }
                } catch (RuntimeException e) {
                  throw new PersistenceException(
                      "the row '" + id + "' of the organisation of tenant '" + session.tenant()
                          + "' does not hold a valid unit or employee: " + e.getMessage(),
                      e);
                }
              }
            }
          }
          return Boolean.TRUE;
        });
    units.sort(Comparator.comparing(OrgUnit::id));
    employees.sort(Comparator.comparing(Employee::id));
    return Organisation.of(session.tenant(), units, employees);
  }

  @Override
  public String toString() {
    return "OrganisationRepository[" + session + "]";
  }
}
