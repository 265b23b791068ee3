package dev.pillars.persistence.jdbc;

import dev.pillars.persistence.spi.Versioned;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;

/**
 * The SQL of one aggregate's table under given schema options: the statements every repository
 * runs, built once per store.
 *
 * <p>Every statement names the tenant; the select list of every read is {@code version, id} and
 * then the mapping's columns.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
final class AggregateTable<I, T> {
  /** How many ids one query of {@link #existing} names at most. */
  private static final int IDS_PER_QUERY = 500;

  final Mapping<I, T> mapping;
  final String name;
  final String selectList;
  final String find;
  final String version;
  final String count;
  final String all;
  final String insert;
  final String update;
  final String delete;
  /** Reads the ids of a tenant's rows whose ids are among given ones. */
  final KeyLookup<String> existing;

  AggregateTable(Mapping<I, T> mapping, SchemaOptions options) {
    this.mapping = mapping;
    this.name = options.table(mapping.table);
    this.selectList = "version, id, " + String.join(", ", mapping.columns.stream().map(c -> mapping.selected(c, name, options::table)).toList());
    String byId = " WHERE tenant = ? AND id = ?";
    this.find = "SELECT " + selectList + " FROM " + name + byId;
    this.version = "SELECT version FROM " + name + byId;
    this.count = "SELECT COUNT(*) FROM " + name + " WHERE tenant = ?";
    this.all = "SELECT " + selectList + " FROM " + name + " WHERE tenant = ?";
    int n = mapping.columns.size();
    this.insert =
        "INSERT INTO " + name + " (tenant, id, version, " + String.join(", ", mapping.columns) + ") VALUES (?, ?, 1"
            + String.join("", Collections.nCopies(n, ", ?")) + ")";
    this.update =
        "UPDATE " + name + " SET version = version + 1, " + String.join(" = ?, ", mapping.columns) + " = ?"
            + byId + " AND version = ?";
    this.delete = "DELETE FROM " + name + byId + " AND version = ?";
    this.existing = KeyLookup.in("id", name, "id", IDS_PER_QUERY);
  }

  /** Returns a query for the tenant's rows that meet a condition on further parameters. */
  String where(String condition) {
    return "SELECT " + selectList + " FROM " + name + " WHERE tenant = ? AND " + condition;
  }

  /** Reads the aggregate and version of a row selected with {@link #selectList}. */
  Versioned<T> read(ResultSet row) throws SQLException {
    long v = row.getLong(1);
    return Versioned.of(mapping.readRow(row, 2), v);
  }
}
