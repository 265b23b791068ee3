package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.Versioned;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The repository of one aggregate's table, on committed data or inside a unit of work, as its
 * {@link Session} decides. Every aggregate's repository of the JDBC store is this class over its
 * table, plus the aggregate's own queries.
 *
 * <p>Versions are checked by the database in the statement that writes: {@code UPDATE ... WHERE
 * tenant = ? AND id = ? AND version = ?}. When it changes no row, a second query tells a missing
 * aggregate from a stale version. The row stays locked by the unit of work until it ends, so of two
 * units of work that change the same version only one can succeed.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
class JdbcRepository<I, T> implements AggregateRepository<I, T> {
  /** How often an update whose version check failed is tried again when the version still matched. */
  private static final int RETRIES = 3;

  final Session session;
  final AggregateTable<I, T> table;
  private final Mapping<I, T> mapping;

  JdbcRepository(Session session, AggregateTable<I, T> table) {
    this.session = session;
    this.table = table;
    this.mapping = table.mapping;
  }

  final String operation(String method) {
    return mapping.repositoryName + "." + method;
  }

  @Override
  public Optional<Versioned<T>> find(I id) {
    Checks.notNull("id", id);
    String key = mapping.key(id);
    return session.read(
        operation("find"),
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(table.find)) {
            statement.setString(1, session.tenant().value());
            statement.setString(2, key);
            try (ResultSet row = statement.executeQuery()) {
              return row.next() ? Optional.of(table.read(row)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Versioned<T> insert(T aggregate) {
    Checks.notNull("aggregate", aggregate);
    String key = mapping.key(mapping.idOf(aggregate));
    return session.write(
        operation("insert"),
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(table.insert)) {
            bindInsert(statement, key, aggregate);
            statement.executeUpdate();
          } catch (SQLException e) {
            if (Failures.isUniqueViolation(e)) {
              throw duplicate(key, e);
            }
            throw e;
          }
          session.names(mapping.employeesNamedBy(aggregate));
          return Versioned.of(aggregate, 1);
        });
  }

  @Override
  public Versioned<T> update(T aggregate, long expectedVersion) {
    Checks.notNull("aggregate", aggregate);
    requireVersion(expectedVersion);
    String key = mapping.key(mapping.idOf(aggregate));
    return session.write(
        operation("update"),
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(table.update)) {
            int n = mapping.columns.size();
            mapping.bind(statement, 1, aggregate);
            statement.setString(n + 1, session.tenant().value());
            statement.setString(n + 2, key);
            statement.setLong(n + 3, expectedVersion);
            for (int attempt = 0; ; attempt++) {
              if (statement.executeUpdate() == 1) {
                session.names(mapping.employeesNamedBy(aggregate));
                return Versioned.of(aggregate, expectedVersion + 1);
              }
              requireCurrent(connection, key, expectedVersion, attempt);
            }
          }
        });
  }

  @Override
  public void delete(I id, long expectedVersion) {
    Checks.notNull("id", id);
    requireVersion(expectedVersion);
    String key = mapping.key(id);
    session.write(
        operation("delete"),
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(table.delete)) {
            statement.setString(1, session.tenant().value());
            statement.setString(2, key);
            statement.setLong(3, expectedVersion);
            for (int attempt = 0; ; attempt++) {
              int deleted;
              try {
                deleted = statement.executeUpdate();
              } catch (SQLException e) {
                if (Failures.isForeignKeyViolation(e)) {
                  throw inUse(key, e);
                }
                throw e;
              }
              if (deleted == 1) {
                return Boolean.TRUE;
              }
              requireCurrent(connection, key, expectedVersion, attempt);
            }
          }
        });
  }

  /**
   * Returns the exception for a delete that a foreign key refused: data that refers to the
   * aggregate still exists. Repositories whose aggregates others refer to name what refers to it.
   */
  RuntimeException inUse(String key, SQLException failure) {
    return Failures.storage(operation("delete"), session.tenant(), failure);
  }

  /**
   * Called when a write expecting a version changed no row: throws what the stored version says,
   * or returns if it still matches (it was deleted and inserted again meanwhile) and the write may
   * be tried again.
   */
  private void requireCurrent(Connection connection, String key, long expectedVersion, int attempt)
      throws SQLException {
    long actual;
    try (PreparedStatement statement = connection.prepareStatement(table.version)) {
      statement.setString(1, session.tenant().value());
      statement.setString(2, key);
      try (ResultSet row = statement.executeQuery()) {
        actual = row.next() ? row.getLong(1) : 0;
      }
    }
    if (actual == 0) {
      throw new AggregateNotFoundException(session.tenant(), mapping.aggregateType, key);
    }
    if (actual != expectedVersion) {
      throw new StaleVersionException(session.tenant(), mapping.aggregateType, key, expectedVersion, actual);
    }
    if (attempt >= RETRIES) {
      throw new PersistenceException(
          mapping.aggregateType + " '" + key + "' of tenant '" + session.tenant() + "' is at version "
              + actual + " but kept changing while it was written; try again");
    }
  }

  @Override
  public long count() {
    return session.readNumber(operation("count"), table.count);
  }

  @Override
  public Stream<Versioned<T>> stream() {
    return session.stream(
        operation("stream"), table.all, statement -> statement.setString(1, session.tenant().value()), table::read);
  }

  /** Streams the tenant's aggregates whose rows meet a condition on further parameters. */
  final Stream<Versioned<T>> streamWhere(String method, String condition, Binder parameters) {
    return session.stream(
        operation(method),
        table.where(condition),
        statement -> {
          statement.setString(1, session.tenant().value());
          parameters.bind(statement);
        },
        table::read);
  }

  @Override
  public long insertAll(Iterator<? extends T> aggregates, int batchSize) {
    Checks.notNull("aggregates", aggregates);
    Checks.require(batchSize >= 1, "batchSize", batchSize, "must be at least 1");
    Set<EmployeeId> named = new HashSet<>();
    return session.write(
        operation("insertAll"),
        connection -> {
          long inserted =
              Batches.<T>insertAll(
                  connection,
                  table.insert,
                  aggregates,
                  batchSize,
                  "aggregates",
                  (statement, aggregate) -> bindInsert(statement, mapping.key(mapping.idOf(aggregate)), aggregate),
                  aggregate -> named.addAll(mapping.employeesNamedBy(aggregate)),
                  Batches.Verification.none(),
                  this::duplicateIn);
          session.names(named);
          return inserted;
        });
  }

  /** Finds the id of a batch that was taken: repeated within the batch or present already. */
  private RuntimeException duplicateIn(Connection connection, List<T> batch, SQLException failure)
      throws SQLException {
    List<String> keys = new ArrayList<>(batch.size());
    for (T aggregate : batch) {
      keys.add(mapping.key(mapping.idOf(aggregate)));
    }
    Set<String> taken = new HashSet<>(table.existing.read(connection, session.tenant(), keys, row -> row.getString(1)));
    Set<String> seen = new HashSet<>();
    for (String key : keys) {
      if (taken.contains(key) || !seen.add(key)) {
        return duplicate(key, failure);
      }
    }
    return Failures.storage(operation("insertAll"), session.tenant(), failure);
  }

  private void bindInsert(PreparedStatement statement, String key, T aggregate) throws SQLException {
    statement.setString(1, session.tenant().value());
    statement.setString(2, key);
    mapping.bind(statement, 3, aggregate);
  }

  private DuplicateAggregateException duplicate(String key, SQLException cause) {
    return Failures.duplicate(session.tenant(), mapping.aggregateType, key, cause);
  }

  private static void requireVersion(long expectedVersion) {
    Checks.require(expectedVersion >= 1, "expectedVersion", expectedVersion, "must be at least 1");
  }

  @Override
  public String toString() {
    return mapping.repositoryName + "[" + session + "]";
  }
}
