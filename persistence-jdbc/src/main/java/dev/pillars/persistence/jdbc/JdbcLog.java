package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the store's append-only logs share: a table with one row per entry, keyed by tenant and the
 * entry's identity, whose first identity column names the owning aggregate. The database refuses
 * an entry whose owner does not exist (a foreign key) and a repeated identity (the key); for a
 * refused batch, the owners and the taken identities are read by key to report the first entry
 * refused. A log says how its entries are laid out and bound; this class writes, counts and finds
 * the latest.
 *
 * @param <K> the owner's id type
 * @param <E> the entry type
 */
abstract class JdbcLog<K, E> {
  /** How many owners or identities one query of a diagnosis names at most. */
  private static final int KEYS_PER_QUERY = 200;

  /**
   * The names and columns of a log.
   *
   * @param entry the entry's type name in exceptions ({@code CheckIn}); the log and its arguments
   *     are named after it ({@code CheckInLog}, {@code checkIn}, {@code checkIns})
   * @param owner the owner's type name in exceptions ({@code Goal})
   * @param ownerArgument the name of the owner argument of the reads ({@code goal})
   * @param table the log's table
   * @param ownerTable the owners' table, keyed by {@code tenant, id}
   * @param identity the columns of an entry's identity, the owner's first, in the order of the key
   * @param values the entry's other columns
   */
  record Layout(
      String entry,
      String owner,
      String ownerArgument,
      String table,
      String ownerTable,
      List<String> identity,
      List<String> values) {}

  final Session session;
  private final Layout layout;
  private final String name;
  private final String entryArgument;
  /** The select list of an entry after its owner: the identity's other columns, then the values. */
  private final String columns;
  private final String ofOwner;
  /** An ORDER BY clause that sorts an owner's entries by identity. */
  final String inIdentityOrder;
  private final String insert;
  private final String latest;
  private final String count;
  private final KeyLookup<String> owners;
  private final KeyLookup<E> identities;

  JdbcLog(Session session, Layout layout) {
    this.session = session;
    this.layout = layout;
    this.name = layout.entry() + "Log";
    this.entryArgument = Character.toLowerCase(layout.entry().charAt(0)) + layout.entry().substring(1);
    List<String> afterOwner = layout.identity().subList(1, layout.identity().size());
    List<String> all = new ArrayList<>(afterOwner);
    all.addAll(layout.values());
    this.columns = String.join(", ", all);
    String ownerColumn = layout.identity().get(0);
    this.ofOwner = " FROM " + layout.table() + " WHERE tenant = ? AND " + ownerColumn + " = ?";
    this.inIdentityOrder = " ORDER BY " + String.join(", ", afterOwner);
    this.insert =
        "INSERT INTO " + layout.table() + " (tenant, " + ownerColumn + ", " + columns + ") VALUES ("
            + String.join(", ", Collections.nCopies(all.size() + 2, "?")) + ")";
    this.latest =
        select(" ORDER BY " + String.join(", ", afterOwner.stream().map(c -> c + " DESC").toList()) + " LIMIT 1");
    this.count = "SELECT COUNT(*)" + ofOwner;
    this.owners = KeyLookup.in("id", layout.ownerTable(), "id", KEYS_PER_QUERY);
    this.identities = KeyLookup.anyOf(layout.table(), layout.identity(), this::bindIdentity, KEYS_PER_QUERY);
  }

  /** Returns the key of an owner as stored. */
  abstract String key(K owner);

  /** Returns the key of an entry's owner as stored. */
  abstract String ownerKey(E entry);

  /** Returns an entry's identity as {@link #readIdentity} reads it back. */
  abstract String identity(E entry);

  /** Reads the identity of an entry from a row whose columns are those of the identity. */
  abstract String readIdentity(ResultSet row) throws SQLException;

  /** Binds the identity of an entry from {@code index} on; returns the index after it. */
  abstract int bindIdentity(PreparedStatement statement, int index, E entry) throws SQLException;

  /** Binds the value columns of an entry from {@code index} on. */
  abstract void bindValues(PreparedStatement statement, int index, E entry) throws SQLException;

  /** Reads an owner's entry from a row whose first columns are those of {@link #select}. */
  abstract E entry(K owner, ResultSet row) throws SQLException;

  /** Checks an entry before it is sent; throws to refuse it. Checks nothing unless overridden. */
  void check(E entry) {}

  /** Returns a query for an owner's entries: the tenant and the owner are its first parameters. */
  final String select(String conditionAndOrder) {
    return "SELECT " + columns + ofOwner + conditionAndOrder;
  }

  /**
   * Appends an entry.
   *
   * @param entry the entry
   */
  public void append(E entry) {
    Checks.notNull(entryArgument, entry);
    check(entry);
    session.write(
        name + ".append",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(insert)) {
            bind(statement, entry);
            statement.executeUpdate();
          } catch (SQLException e) {
            if (Failures.isForeignKeyViolation(e)) {
              throw missingOwner(entry, e);
            }
            if (Failures.isUniqueViolation(e)) {
              throw duplicate(entry, e);
            }
            throw e;
          }
          return Boolean.TRUE;
        });
  }

  /**
   * Appends the entries an iterator yields, {@code batchSize} at a time.
   *
   * @param entries the entries
   * @param batchSize how many entries one JDBC batch sends
   * @return how many entries were appended
   */
  public long appendAll(Iterator<E> entries, int batchSize) {
    String argument = entryArgument + "s";
    Checks.notNull(argument, entries);
    Checks.require(batchSize >= 1, "batchSize", batchSize, "must be at least 1");
    return session.write(
        name + ".appendAll",
        connection ->
            Batches.insertAll(
                connection, insert, entries, batchSize, argument, this::bind, this::check,
                Batches.Verification.none(), this::diagnose));
  }

  private void bind(PreparedStatement statement, E entry) throws SQLException {
    statement.setString(1, session.tenant().value());
    bindValues(statement, bindIdentity(statement, 2, entry), entry);
  }

  /** Finds the first entry of a refused batch whose owner is missing or whose identity is taken. */
  private RuntimeException diagnose(Connection connection, List<E> batch, SQLException failure)
      throws SQLException {
    List<String> keys = new ArrayList<>(new HashSet<>(batch.stream().map(e -> ownerKey(e)).toList()));
    Set<String> existing = new HashSet<>(owners.read(connection, session.tenant(), keys, row -> row.getString(1)));
    Set<String> taken = new HashSet<>(identities.read(connection, session.tenant(), batch, this::readIdentity));
    Set<String> seen = new HashSet<>();
    for (E entry : batch) {
      if (!existing.contains(ownerKey(entry))) {
        return missingOwner(entry, failure);
      }
      String identity = identity(entry);
      if (taken.contains(identity) || !seen.add(identity)) {
        return duplicate(entry, failure);
      }
    }
    return Failures.storage(name + ".appendAll", session.tenant(), failure);
  }

  private RuntimeException missingOwner(E entry, SQLException cause) {
    return Failures.notFound(session.tenant(), layout.owner(), ownerKey(entry), cause);
  }

  private RuntimeException duplicate(E entry, SQLException cause) {
    return Failures.duplicate(session.tenant(), layout.entry(), identity(entry), cause);
  }

  /**
   * Returns the latest entry of an owner: the one whose identity sorts last.
   *
   * @param owner the owner
   * @return the latest entry, or empty if the owner has none
   */
  public Optional<E> latest(K owner) {
    Checks.notNull(layout.ownerArgument(), owner);
    List<E> last = list("latest", latest, owner, statement -> {});
    return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
  }

  /**
   * Counts the entries of an owner.
   *
   * @param owner the owner
   * @return how many entries the owner has
   */
  public long count(K owner) {
    Checks.notNull(layout.ownerArgument(), owner);
    return session.read(
        name + ".count",
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(count)) {
            bindOwner(statement, owner);
            try (ResultSet row = statement.executeQuery()) {
              row.next();
              return row.getLong(1);
            }
          }
        });
  }

  /**
   * Reads an owner's entries with a query of {@link #select}; {@code more} sets whatever the query
   * needs after the tenant and the owner.
   */
  final List<E> list(String method, String sql, K owner, Binder more) {
    return session.read(
        name + "." + method,
        connection -> {
          List<E> entries = new ArrayList<>();
          try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindOwner(statement, owner);
            more.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
              while (rows.next()) {
                entries.add(entry(owner, rows));
              }
            }
          }
          return entries;
        });
  }

  /** Binds the tenant and the owner, the first parameters of {@link #select}'s queries. */
  final void bindOwner(PreparedStatement statement, K owner) throws SQLException {
    statement.setString(1, session.tenant().value());
    statement.setString(2, key(owner));
  }

  @Override
  public String toString() {
    return name + "[" + session + "]";
  }
}
