package dev.pillars.persistence.jdbc;

import dev.pillars.core.InvalidInputException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Inserts rows read one by one from an iterator, {@code batchSize} at a time with JDBC batches,
 * holding no more than one batch in memory.
 *
 * <p>Each batch runs behind a savepoint of its own. When the database refuses a batch, the batch
 * alone is undone, so that the rows of the earlier batches of the same call are still there when
 * the caller's {@link Diagnosis} finds out which row was refused and why (a taken key is taken by
 * an earlier row of the same call as much as by a stored one); the caller's session then undoes
 * the whole call. Refusals are rare, so the diagnosis may take a few queries.
 */
final class Batches {
  private Batches() {}

  /** Sets the parameters of the insert statement for one row. */
  @FunctionalInterface
  interface RowBinder<E> {
    void bind(PreparedStatement statement, E row) throws SQLException;
  }

  /** Checks one row before it is sent; throws to refuse it. */
  @FunctionalInterface
  interface Check<E> {
    void check(E row);
  }

  /**
   * Checks the rows of a batch after the database took them, with queries that see them (rules a
   * key cannot enforce, such as an acyclic graph); returns false to refuse the batch.
   */
  @FunctionalInterface
  interface Verification<E> {
    boolean verify(Connection connection, List<E> batch) throws SQLException;

    /** Returns the verification of rows whose rules the database's keys enforce: it takes every batch. */
    static <E> Verification<E> none() {
      return (connection, batch) -> true;
    }
  }

  /** Finds out why the database refused a batch, after the batch alone was undone. */
  @FunctionalInterface
  interface Diagnosis<E> {
    /**
     * Returns the exception to throw for the refused batch.
     *
     * @param connection the connection, back where it was before the batch
     * @param batch the rows of the batch, in order
     * @param failure what the database said
     */
    RuntimeException diagnose(Connection connection, List<E> batch, SQLException failure) throws SQLException;
  }

  /**
   * Inserts every row the iterator yields, and has each batch verified once the database took it
   * ({@link Verification#none()} where the keys enforce every rule).
   *
   * @param what the name of the iterator's argument, for the failure when it yields null
   * @return how many rows were inserted
   * @throws NullPointerException if the iterator yields null
   */
  static <E> long insertAll(
      Connection connection,
      String insert,
      Iterator<? extends E> rows,
      int batchSize,
      String what,
      RowBinder<E> binder,
      Check<E> check,
      Verification<E> verification,
      Diagnosis<E> diagnosis)
      throws SQLException {
    long inserted = 0;
    List<E> batch = new ArrayList<>(Math.min(batchSize, 4096));
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      while (rows.hasNext()) {
        E row = rows.next();
        if (row == null) {
          throw new NullPointerException(what + " yielded null");
        }
        check.check(row);
        batch.add(row);
        if (batch.size() == batchSize) {
          inserted += flush(connection, statement, batch, binder, verification, diagnosis);
        }
      }
      if (!batch.isEmpty()) {
        inserted += flush(connection, statement, batch, binder, verification, diagnosis);
      }
    }
    return inserted;
  }

  /**
   * Runs one statement for each of the rows, {@code batchSize} rows per JDBC batch, for rows whose
   * statements the database takes as a matter of course (the side rows of an aggregate already
   * written): a refusal is a {@link SQLException} for the caller's session to undo.
   *
   * @param sql the statement, with the parameters the binder sets
   * @param rows the rows, in order
   * @param batchSize how many rows one batch sends, at least 1
   */
  static <E> void executeAll(Connection connection, String sql, List<E> rows, int batchSize, RowBinder<E> binder)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int pending = 0;
      for (E row : rows) {
        binder.bind(statement, row);
        statement.addBatch();
        if (++pending == batchSize) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
  }

  private static <E> int flush(
      Connection connection,
      PreparedStatement statement,
      List<E> batch,
      RowBinder<E> binder,
      Verification<E> verification,
      Diagnosis<E> diagnosis)
      throws SQLException {
    for (E row : batch) {
      binder.bind(statement, row);
      statement.addBatch();
    }
    Savepoint beforeBatch = connection.setSavepoint();
    try {
      statement.executeBatch();
    } catch (SQLException e) {
      statement.clearBatch();
      if (!Failures.isUniqueViolation(e) && !Failures.isForeignKeyViolation(e)) {
        throw e;
      }
      connection.rollback(beforeBatch);
      throw diagnosis.diagnose(connection, batch, e);
    }
    if (!verification.verify(connection, batch)) {
      connection.rollback(beforeBatch);
      throw diagnosis.diagnose(connection, batch, new SQLException("the batch broke a rule its verification checks"));
    }
    connection.releaseSavepoint(beforeBatch);
    int size = batch.size();
    batch.clear();
    return size;
  }
}
