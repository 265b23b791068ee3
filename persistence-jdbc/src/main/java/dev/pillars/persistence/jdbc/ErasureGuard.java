package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps an erasure and a unit of work that writes data naming the erased employee from both
 * committing, whatever their order: the one that commits second fails.
 *
 * <p>An erasure leaves a mark in the {@code erasures} table, keyed by tenant and employee, as the
 * last step before it commits, and then checks that no data names the employee. A unit of work that
 * wrote data naming employees inserts a mark for each of them just before it commits and deletes it
 * again: the key makes that insert wait for an erasure of the same employee that is committing, and
 * fail if one has committed, and makes an erasure that comes later wait until the unit of work has
 * committed, so that its check sees the unit of work's data. Both happen inside {@code commit()},
 * so neither waits for a unit of work that is merely open, on this thread or another.
 */
final class ErasureGuard {
  /** How many employees one statement names at most. */
  private static final int PER_STATEMENT = 500;

  private final Session session;
  private final String table;
  private final Set<String> named = new LinkedHashSet<>();
  private final Map<String, String> erased = new LinkedHashMap<>();

  ErasureGuard(Session session) {
    this.session = session;
    this.table = session.jdbc().options().table("erasures");
  }

  /** Notes employees that data written by the unit of work names. */
  void names(Collection<EmployeeId> employees) {
    employees.forEach(employee -> named.add(employee.value()));
  }

  /** Notes an erasure of the unit of work. */
  void erases(EmployeeId employee, EmployeeId pseudonym) {
    erased.putIfAbsent(employee.value(), pseudonym.value());
  }

  /** Runs just before the unit of work commits: marks its erasures, then probes the employees it names. */
  Boolean check(Connection connection) throws SQLException {
    for (Map.Entry<String, String> erasure : erased.entrySet()) {
      mark(connection, erasure.getKey(), erasure.getValue());
    }
    List<String> probed = new ArrayList<>(named);
    probed.removeAll(erased.keySet());
    for (int from = 0; from < probed.size(); from += PER_STATEMENT) {
      probe(connection, probed.subList(from, Math.min(probed.size(), from + PER_STATEMENT)));
    }
    return Boolean.TRUE;
  }

  private void mark(Connection connection, String employee, String pseudonym) throws SQLException {
    if (!erasedAlready(connection, List.of(employee)).isEmpty()) {
      return;
    }
    Savepoint before = connection.setSavepoint();
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO " + table + " (tenant, employee_id, pseudonym_id) VALUES (?, ?, ?)")) {
      insert.setString(1, session.tenant().value());
      insert.setString(2, employee);
      insert.setString(3, pseudonym);
      insert.executeUpdate();
      connection.releaseSavepoint(before);
    } catch (SQLException e) {
      if (!Failures.isUniqueViolation(e)) {
        throw e;
      }
      connection.rollback(before);
      throw new PersistenceException(
          "an erasure of employee '" + employee + "' in tenant '" + session.tenant() + "' conflicted with another"
              + " erasure of them committed meanwhile; nothing was committed",
          e);
    }
  }

  private void probe(Connection connection, List<String> employees) throws SQLException {
    Savepoint before = connection.setSavepoint();
    String values = String.join(", ", Collections.nCopies(employees.size(), "(?, ?, ?)"));
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO " + table + " (tenant, employee_id, pseudonym_id) VALUES " + values)) {
      int index = 1;
      for (String employee : employees) {
        insert.setString(index++, session.tenant().value());
        insert.setString(index++, employee);
        insert.setString(index++, employee);
      }
      insert.executeUpdate();
    } catch (SQLException e) {
      if (!Failures.isUniqueViolation(e)) {
        throw e;
      }
      connection.rollback(before);
      List<String> gone = erasedAlready(connection, employees);
      throw new PersistenceException(
          "employee '" + (gone.isEmpty() ? employees.get(0) : gone.get(0)) + "' of tenant '" + session.tenant()
              + "' was erased, so no data may name them any more; the unit of work wrote data naming them and"
              + " was rolled back",
          e);
    }
    try (PreparedStatement delete = ofEmployees(connection, "DELETE FROM " + table, employees)) {
      delete.executeUpdate();
    }
    connection.releaseSavepoint(before);
  }

  private List<String> erasedAlready(Connection connection, List<String> employees) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement select = ofEmployees(connection, "SELECT employee_id FROM " + table, employees)) {
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
    }
    return found;
  }

  /** Prepares {@code statement} with a condition on the tenant and the employees, and binds them. */
  private PreparedStatement ofEmployees(Connection connection, String statement, List<String> employees)
      throws SQLException {
    PreparedStatement prepared =
        connection.prepareStatement(
            statement + " WHERE tenant = ? AND employee_id IN ("
                + String.join(", ", Collections.nCopies(employees.size(), "?")) + ")");
    try {
      prepared.setString(1, session.tenant().value());
      for (int i = 0; i < employees.size(); i++) {
        prepared.setString(i + 2, employees.get(i));
      }
      return prepared;
    } catch (SQLException e) {
      prepared.close();
      throw e;
    }
  }
}
