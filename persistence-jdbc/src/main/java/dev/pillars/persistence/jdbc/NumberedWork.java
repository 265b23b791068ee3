package dev.pillars.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work a unit of work does at commit, once it knows the commit's number, such as numbering its outbox messages. */
@FunctionalInterface
interface NumberedWork {
  void run(Connection connection, long commitNumber) throws SQLException;
}
