package dev.pillars.persistence.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that fails on purpose: it counts every round trip a store makes to the database
 * (taking a connection, executing a statement or batch, commit, rollback, setting or releasing a
 * savepoint) and, when armed, interrupts the chosen one before it reaches the database: it throws
 * an {@link SQLException}, closes the physical connection under the store, or has PostgreSQL
 * terminate the connection's server process.
 */
final class FaultyDataSource extends PlainDataSource {
  /** What happens at the chosen round trip. */
  enum Fault {
    /** The driver throws, as for a failed statement; the connection stays usable. */
    THROW,
    /** The physical connection is closed under the store; the call then fails on it. */
    CLOSE,
    /** PostgreSQL terminates the connection's server process; the call then fails on it. */
    KILL
  }

  private static final Set<String> EXECUTIONS =
      Set.of(
          "execute", "executeQuery", "executeUpdate", "executeBatch", "executeLargeUpdate",
          "executeLargeBatch", "commit", "rollback", "setSavepoint", "releaseSavepoint");

  private final DataSource target;
  private final DataSource admin;
  private final AtomicInteger round = new AtomicInteger();
  private volatile int faultAt = -1;
  private volatile Fault fault = Fault.THROW;
  private volatile boolean fired;
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  /** A data source over {@code target} that kills PostgreSQL connections through {@code target} itself. */
  FaultyDataSource(DataSource target) {
    this(target, target);
  }

  /**
   * A data source over {@code target}.
   *
   * @param admin where the connection comes from that terminates a PostgreSQL server process
   */
  FaultyDataSource(DataSource target, DataSource admin) {
    this.target = target;
    this.admin = admin;
  }

  /** Counts round trips from 0 again and interrupts the {@code at}-th (0: the next) with the fault. */
  void arm(int at, Fault fault) {
    this.fault = fault;
    this.fired = false;
    round.set(0);
    calls.clear();
    this.faultAt = at;
  }

  /** Counts round trips from 0 again, interrupting none. */
  void disarm() {
    faultAt = -1;
    fired = false;
    round.set(0);
    calls.clear();
  }

  /** Returns how many round trips were counted since the last {@link #arm} or {@link #disarm}. */
  int rounds() {
    return round.get();
  }

  /**
   * Returns the calls the store made on connections and statements since the last {@link #arm} or
   * {@link #disarm}, such as {@code Connection.setAutoCommit(false)} or {@code
   * PreparedStatement.setFetchSize(250)}; parameter values are left out.
   */
  List<String> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  /** Returns whether the armed fault has happened. */
  boolean fired() {
    return fired;
  }

  private void tick(Connection physical, int backend) throws SQLException {
    int n = round.getAndIncrement();
    if (n != faultAt) {
      return;
    }
    fired = true;
    switch (fault) {
      case THROW:
        throw new SQLException("injected fault at round trip " + n, "58000");
      case CLOSE:
        physical.unwrap(Connection.class).close();
        return;
      case KILL:
        try (Connection killer = admin.getConnection();
            PreparedStatement kill = killer.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
          kill.setInt(1, backend);
          kill.execute();
        }
        return;
      default:
        throw new AssertionError(fault);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = target.getConnection();
    int backend = 0;
    if (fault == Fault.KILL) {
      try (Statement statement = physical.createStatement();
          ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
        pid.next();
        backend = pid.getInt(1);
      }
    }
    try {
      tick(physical, backend);
    } catch (SQLException e) {
      physical.close();
      throw e;
    }
    calls.add("DataSource.getConnection()");
    return wrap(Connection.class, physical, physical, backend);
  }

  private <T> T wrap(Class<T> type, T delegate, Connection physical, int backend) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (!method.getName().startsWith("set") || !(delegate instanceof PreparedStatement)
              || method.getName().equals("setFetchSize")) {
            calls.add(type.getSimpleName() + "." + method.getName() + (args == null ? "()" : describe(method, args)));
          }
          if (EXECUTIONS.contains(method.getName())) {
            tick(physical, backend);
          }
          Object result;
          try {
            result = method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          if (result instanceof PreparedStatement) {
            return wrap(PreparedStatement.class, (PreparedStatement) result, physical, backend);
          }
          if (result instanceof Statement) {
            return wrap(Statement.class, (Statement) result, physical, backend);
          }
          return result;
        };
    return type.cast(Proxy.newProxyInstance(FaultyDataSource.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static String describe(Method method, Object[] args) {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i];
      text.append(i == 0 ? "" : ", ")
          .append(arg instanceof Boolean || arg instanceof Integer ? arg.toString() : "_");
    }
    return text.append(")").toString();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLException("not supported by the test data source");
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }
}
