package dev.pillars.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.OutboxMessage;
import dev.pillars.persistence.spi.OutboxRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * The outbox of one tenant in the JDBC store: one row per message in {@code outbox}, keyed by
 * tenant and id, so the key refuses a second message with an id.
 *
 * <p>A message is appended with no commit number; its unit of work's commit numbers every message
 * it appended with the tenant's new commit count, right after raising it ({@link CommitCounter}),
 * so that while the unit of work holds the counter's row no other commit of the tenant can come
 * between. Pending messages are read in the order of that number and then of the appends ({@code
 * seq}), through the index on tenant, state, number and {@code seq}. Marking a message published
 * (or erasing it) keeps only its id, type and time, so the id is never reused and nothing personal
 * stays behind.
 */
final class JdbcOutbox implements OutboxRepository {
  /** How many ids one {@code UPDATE} of {@link #markPublished} names at most. */
  private static final int IDS_PER_STATEMENT = 100;
  private static final String SPEND = " SET published = TRUE, aggregate_id = NULL, actor = NULL, payload = NULL";
  private static final String PENDING = " WHERE tenant = ? AND published = FALSE";

  private final Session session;
  private final String table;
  private final String insert;
  private final String pending;
  private final String count;
  private final String number;
  private final String eraseNamed;
  private final String namesAnyone;
  private boolean numbering;

  JdbcOutbox(Session session) {
    this.session = session;
    this.table = session.jdbc().options().table("outbox");
    this.insert =
        "INSERT INTO " + table + " (tenant, id, published, type, occurred_second, occurred_nano, aggregate_id, actor,"
            + " payload) VALUES (?, ?, FALSE, ?, ?, ?, ?, ?, ?)";
    this.pending =
        "SELECT id, aggregate_id, type, actor, occurred_second, occurred_nano, payload FROM " + table + PENDING
            + " AND commit_no IS NOT NULL ORDER BY commit_no, seq LIMIT ?";
    this.count = "SELECT COUNT(*) FROM " + table + PENDING + " AND commit_no IS NOT NULL";
    this.number = "UPDATE " + table + " SET commit_no = ?" + PENDING + " AND commit_no IS NULL";
    this.eraseNamed = "UPDATE " + table + SPEND + PENDING + " AND (aggregate_id = ? OR actor = ?)";
    this.namesAnyone = "SELECT 1 FROM " + table + PENDING + " AND (aggregate_id = ? OR actor = ?) LIMIT 1";
  }

  @Override
  public void append(OutboxMessage message) {
    requireNonNull(message, "message");
    session.write(
        "OutboxRepository.append",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setString(1, session.tenant().value());
            statement.setObject(2, message.id());
            statement.setString(3, message.type());
            Columns.setInstant(statement, 4, message.occurredAt());
            statement.setString(6, message.aggregateId());
            statement.setString(7, message.actor());
            statement.setString(8, message.payload());
            return statement.executeUpdate();
          } catch (SQLException e) {
            if (Failures.isUniqueViolation(e)) {
              throw Failures.duplicate(session.tenant(), "OutboxMessage", message.id().toString(), e);
            }
            throw e;
          }
        });
    if (!numbering) {
      numbering = true;
      session.atCommit(this::number);
    }
  }

  /** Gives the messages this unit of work appended the number of its commit. */
  private void number(Connection connection, long commitNumber) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(number)) {
      statement.setLong(1, commitNumber);
      statement.setString(2, session.tenant().value());
      statement.executeUpdate();
    }
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    Checks.require(limit >= 1, "limit", limit, "must be at least 1");
    return session.read(
        "OutboxRepository.pending",
        connection -> {
          List<OutboxMessage> messages = new ArrayList<>();
          try (PreparedStatement statement = connection.prepareStatement(pending)) {
            statement.setString(1, session.tenant().value());
            statement.setInt(2, limit);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                messages.add(
                    new OutboxMessage(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        Columns.getInstant(rows, 5),
                        rows.getString(7)));
              }
            }
          }
          return Collections.unmodifiableList(messages);
        });
  }

  @Override
  public long countPending() {
    return session.readNumber("OutboxRepository.countPending", count);
  }

  @Override
  public long markPublished(Collection<UUID> ids) {
    List<UUID> all = new ArrayList<>(new LinkedHashSet<>(requireNonNull(ids, "ids")));
    if (all.contains(null)) {
      throw new NullPointerException("ids holds null");
    }
    return session.write(
        "OutboxRepository.markPublished",
        connection -> {
          long marked = 0;
          for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT));
            String sql =
                "UPDATE " + table + SPEND + PENDING + " AND commit_no IS NOT NULL AND id IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
              statement.setString(1, session.tenant().value());
              for (int i = 0; i < chunk.size(); i++) {
                statement.setObject(i + 2, chunk.get(i));
              }
              marked += statement.executeUpdate();
            }
          }
          return marked;
        });
  }

  /**
   * Removes, in the connection's transaction, the pending messages whose aggregate or actor is the
   * employee, for an erasure; returns how many.
   */
  long erase(Connection connection, EmployeeId employee) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(eraseNamed)) {
      bindNamed(statement, employee);
      return statement.executeUpdate();
    }
  }

  /** Returns whether a pending message's aggregate or actor is the employee. */
  boolean namesAnyone(Connection connection, EmployeeId employee) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(namesAnyone)) {
      bindNamed(statement, employee);
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  private void bindNamed(PreparedStatement statement, EmployeeId employee) throws SQLException {
    statement.setString(1, session.tenant().value());
    statement.setString(2, employee.value());
    statement.setString(3, employee.value());
  }

  @Override
  public String toString() {
    return "OutboxRepository[" + session + "]";
  }
}
