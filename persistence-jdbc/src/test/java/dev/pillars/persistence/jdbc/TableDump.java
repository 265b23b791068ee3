package dev.pillars.persistence.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Every row of every table of the store, as text: two dumps are equal if the tables are. */
final class TableDump {
  private TableDump() {}

  /** Dumps every table whose name starts with the options' prefix, in the connection's schema. */
  static Map<String, List<String>> of(DataSource dataSource, SchemaOptions options) {
    Map<String, List<String>> dump = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String schema = options.schema().orElse(connection.getSchema());
      List<String> tables = new ArrayList<>();
      try (ResultSet found = meta.getTables(null, schema, options.tablePrefix() + "%", new String[] {"TABLE"})) {
        while (found.next()) {
          tables.add(found.getString("TABLE_NAME"));
        }
      }
      if (tables.isEmpty()) {
        throw new AssertionError("no tables with prefix " + options.tablePrefix() + " in schema " + schema);
      }
      for (String table : tables) {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
            ResultSet all = statement.executeQuery("SELECT * FROM \"" + schema + "\".\"" + table + "\"")) {
          int columns = all.getMetaData().getColumnCount();
          while (all.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
              row.append(c == 1 ? "" : " | ").append(all.getString(c));
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        dump.put(table, rows);
      }
      return dump;
    } catch (SQLException e) {
      throw new AssertionError("cannot dump the tables", e);
    }
  }
}
