package dev.pillars.persistence.jdbc;

import dev.pillars.core.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A query for the rows of a tenant that match any of many keys, sent a chunk of keys at a time so
 * that every statement names a bounded number of parameters and stays an index lookup: {@code
 * SELECT <columns> FROM <table> WHERE tenant = ? AND <match>}, where the match of a chunk is {@code
 * <column> IN (?, ?, ...)} for keys of one column and {@code (<a> = ? AND <b> = ? OR ...)} for keys
 * of several.
 *
 * @param <K> the key type
 */
final class KeyLookup<K> {
  /** Sets the parameters of one key, from a given index on. */
  @FunctionalInterface
  interface KeyBinder<K> {
    /** Binds the key from {@code index} on and returns the index after its parameters. */
    int bind(PreparedStatement statement, int index, K key) throws SQLException;
  }

  private final String select;
  private final IntFunction<String> match;
  private final @Nullable IntFunction<String> joined;
  private final KeyBinder<K> binder;
  private final int keysPerQuery;

  private KeyLookup(
      String select,
      IntFunction<String> match,
      @Nullable IntFunction<String> joined,
      KeyBinder<K> binder,
      int keysPerQuery) {
    this.select = select;
    this.match = match;
    this.joined = joined;
    this.binder = binder;
    this.keysPerQuery = keysPerQuery;
  }

  /**
   * Returns a lookup of the rows whose {@code keyColumn} holds one of the given strings.
   *
   * <p>H2 looks an {@code IN} list up in an index only on the index's first column, which is always
   * {@code tenant} here, so it would scan the whole tenant for every chunk (quadratic in a bulk
   * load); on H2 the keys are therefore joined as a {@code VALUES} table, one key lookup each.
   */
  static KeyLookup<String> in(String columns, String table, String keyColumn, int keysPerQuery) {
    return new KeyLookup<>(
        selectFrom(columns, table),
        n -> keyColumn + " IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")",
        n -> "SELECT " + columns + " FROM " + table + " JOIN (VALUES "
            + String.join(", ", Collections.nCopies(n, "(?)")) + ") AS lookup_keys (lookup_key) ON "
            + keyColumn + " = lookup_keys.lookup_key WHERE tenant = ?",
        (statement, index, key) -> {
          statement.setString(index, key);
          return index + 1;
        },
        keysPerQuery);
  }

  /**
   * Returns a lookup of the key columns of the rows whose key columns equal those of one of the
   * given keys; the binder sets a key's parameters in the order of the columns.
   */
  static <K> KeyLookup<K> anyOf(String table, List<String> keyColumns, KeyBinder<K> binder, int keysPerQuery) {
    String one = String.join(" AND ", keyColumns.stream().map(column -> column + " = ?").toList());
    return new KeyLookup<>(
        selectFrom(String.join(", ", keyColumns), table),
        n -> "(" + String.join(" OR ", Collections.nCopies(n, one)) + ")",
        null,
        binder,
        keysPerQuery);
  }

  private static String selectFrom(String columns, String table) {
    return "SELECT " + columns + " FROM " + table + " WHERE tenant = ? AND ";
  }

  /** Returns what the reader makes of each of the tenant's rows that match one of the keys. */
  <T> List<T> read(Connection connection, TenantId tenant, List<? extends K> keys, RowReader<T> reader)
      throws SQLException {
    List<T> found = new ArrayList<>();
    boolean join = joined != null && !keys.isEmpty() && "H2".equals(connection.getMetaData().getDatabaseProductName());
    for (int from = 0; from < keys.size(); from += keysPerQuery) {
      List<? extends K> chunk = keys.subList(from, Math.min(keys.size(), from + keysPerQuery));
      String sql = join ? joined.apply(chunk.size()) : select + match.apply(chunk.size());
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        int index = join ? 1 : 2;
        for (K key : chunk) {
          index = binder.bind(statement, index, key);
        }
        statement.setString(join ? index : 1, tenant.value());
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            found.add(reader.read(rows));
          }
        }
      }
    }
    return found;
  }
}
