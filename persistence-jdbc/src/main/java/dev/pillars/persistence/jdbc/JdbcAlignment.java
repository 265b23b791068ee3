package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.AlignmentLinkRepository;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.internal.LinkCycles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The alignment links of one tenant in the JDBC store: one row per link, and one row per tenant
 * holding the graph's version.
 *
 * <p><b>One writer at a time.</b> Every write first updates the tenant's version row ({@code ...
 * WHERE tenant = ? AND version = ?}), which both checks the expected version and locks the row until
 * the unit of work ends; so the links of a tenant are written by one unit of work at a time, and a
 * unit of work that read an older version fails as stale instead of closing a cycle together with
 * another.
 *
 * <p><b>Rules.</b> Foreign keys keep links to goals that exist (and goals with links from being
 * deleted); the key keeps links unique. A single {@link #add} checks the rules in core's order
 * before it inserts: both goals exist, the link is new, it closes no cycle ({@link LinkCycles}: the
 * goals above the new parent and below the new child, read a level at a time, until the smaller
 * region is complete), the child's period lies inside the parent's. A bulk {@link #addAll} inserts
 * each batch first and then checks the whole batch at once (the periods read by key, one cycle
 * check for all its links together, which for a chain loaded from either end costs the batch's
 * own size); only a batch that breaks a rule is undone and replayed link by link to report the
 * first broken rule exactly as {@link #add} would. A bulk call keeps the planner's statistics of links and goals current as it grows them
 * ({@link PlannerStatistics}), so these checks keep their index plans on fresh tables. Cycles and period mismatches are
 * reported by core itself, from a small graph of the goals involved.
 */
final class JdbcAlignment implements AlignmentLinkRepository {
  /** Dates the events of the small graphs built to report a broken rule; the events are dropped. */
  private static final Clock EPOCH = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
  /** How many links one verification query names at most. */
  private static final int LINKS_PER_QUERY = 500;

  private final Session session;
  private final AggregateTable<GoalId, Goal> goals;
  private final String links;
  private final String version;
  private final String bump;
  private final String first;
  private final String find;
  private final String count;
  private final String all;
  private final String byChild;
  private final String byParent;
  private final String insert;
  private final String delete;
  private final KeyLookup<String> periods;
  private final KeyLookup<String> parents;
  private final KeyLookup<String> children;

  JdbcAlignment(Session session) {
    this.session = session;
    JdbcStore jdbc = session.jdbc();
    this.goals = jdbc.goals;
    this.links = jdbc.options().table("alignment_links");
    String graphs = jdbc.options().table("alignment_graphs");
    this.version = "SELECT version FROM " + graphs + " WHERE tenant = ?";
    this.bump = "UPDATE " + graphs + " SET version = version + 1 WHERE tenant = ? AND version = ?";
    this.first = "INSERT INTO " + graphs + " (tenant, version) VALUES (?, 1)";
    String select = "SELECT child_id, parent_id, weight FROM " + links + " WHERE tenant = ?";
    this.find = select + " AND child_id = ? AND parent_id = ?";
    this.count = "SELECT COUNT(*) FROM " + links + " WHERE tenant = ?";
    this.all = select;
    this.byChild = select + " AND child_id = ?";
    this.byParent = select + " AND parent_id = ?";
    this.insert = "INSERT INTO " + links + " (tenant, child_id, parent_id, weight) VALUES (?, ?, ?, ?)";
    this.delete = "DELETE FROM " + links + " WHERE tenant = ? AND child_id = ? AND parent_id = ?";
    this.periods = KeyLookup.in("id, period_start, period_end", goals.name, "id", LINKS_PER_QUERY);
    this.parents = KeyLookup.in("child_id, parent_id, weight", links, "child_id", LINKS_PER_QUERY);
    this.children = KeyLookup.in("child_id, parent_id, weight", links, "parent_id", LINKS_PER_QUERY);
  }

  private String operation(String method) {
    return "AlignmentLinkRepository." + method;
  }

  @Override
  public long graphVersion() {
    return session.read(operation("graphVersion"), this::version);
  }

  private long version(Connection connection) throws SQLException {
    return Session.number(connection, version, session.tenant());
  }

  @Override
  public Optional<AlignmentLink> find(GoalId child, GoalId parent) {
    Checks.notNull("child", child);
    Checks.notNull("parent", parent);
    return session.read(operation("find"), connection -> find(connection, child, parent));
  }

  private Optional<AlignmentLink> find(Connection connection, GoalId child, GoalId parent) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(find)) {
      statement.setString(1, session.tenant().value());
      statement.setString(2, child.value());
      statement.setString(3, parent.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(link(row)) : Optional.empty();
      }
    }
  }

  @Override
  public long count() {
    return session.readNumber(operation("count"), count);
  }

  @Override
  public Stream<AlignmentLink> stream() {
    return session.stream(
        operation("stream"), all, statement -> statement.setString(1, session.tenant().value()), JdbcAlignment::link);
  }

  @Override
  public Stream<AlignmentLink> streamByChild(GoalId child) {
    Checks.notNull("child", child);
    return streamOf("streamByChild", byChild, child);
  }

  @Override
  public Stream<AlignmentLink> streamByParent(GoalId parent) {
    Checks.notNull("parent", parent);
    return streamOf("streamByParent", byParent, parent);
  }

  /** Streams the links of one goal, with a query whose parameters are the tenant and the goal. */
  private Stream<AlignmentLink> streamOf(String method, String sql, GoalId goal) {
    return session.stream(
        operation(method),
        sql,
        statement -> {
          statement.setString(1, session.tenant().value());
          statement.setString(2, goal.value());
        },
        JdbcAlignment::link);
  }

  private static AlignmentLink link(ResultSet row) throws SQLException {
    return AlignmentLink.of(GoalId.of(row.getString(1)), GoalId.of(row.getString(2)), row.getDouble(3));
  }

  @Override
  public long add(AlignmentLink link, long expectedGraphVersion) {
    Checks.notNull("link", link);
    requireVersionArgument(expectedGraphVersion);
    return writeNextVersion(
        "add",
        expectedGraphVersion,
        connection -> {
          check(connection, link);
          try (PreparedStatement statement = connection.prepareStatement(insert)) {
            bind(statement, link);
            statement.executeUpdate();
          } catch (SQLException e) {
            if (Failures.isForeignKeyViolation(e)) {
              throw missingGoal(link.child(), e);
            }
            throw e;
          }
        });
  }

  @Override
  public long addAll(Iterator<AlignmentLink> links, int batchSize, long expectedGraphVersion) {
    Checks.notNull("links", links);
    Checks.require(batchSize >= 1, "batchSize", batchSize, "must be at least 1");
    requireVersionArgument(expectedGraphVersion);
    return session.write(
        operation("addAll"),
        connection -> {
          if (!links.hasNext()) {
            long actual = version(connection);
            if (actual != expectedGraphVersion) {
              throw stale(expectedGraphVersion, actual);
            }
            return expectedGraphVersion;
          }
          bump(connection, expectedGraphVersion);
          PlannerStatistics statistics = new PlannerStatistics(List.of(this.links, goals.name));
          Batches.insertAll(
              connection,
              insert,
              links,
              batchSize,
              "links",
              this::bind,
              link -> {},
              (checking, batch) -> {
                statistics.written(checking, batch.size());
                return verify(checking, batch);
              },
              this::replay);
          return expectedGraphVersion + 1;
        });
  }

  @Override
  public long remove(GoalId child, GoalId parent, long expectedGraphVersion) {
    Checks.notNull("child", child);
    Checks.notNull("parent", parent);
    requireVersionArgument(expectedGraphVersion);
    return writeNextVersion(
        "remove",
        expectedGraphVersion,
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setString(1, session.tenant().value());
            statement.setString(2, child.value());
            statement.setString(3, parent.value());
            if (statement.executeUpdate() == 0) {
              throw new AggregateNotFoundException(session.tenant(), "AlignmentLink", child + " -> " + parent);
            }
          }
        });
  }

  /** Work on the links of a write, once the graph's version has moved on. */
  @FunctionalInterface
  private interface LinkWork {
    void run(Connection connection) throws SQLException;
  }

  /**
   * Runs a write that first moves the graph from the expected version to the next ({@link #bump})
   * and then does its work; returns the next version.
   */
  private long writeNextVersion(String method, long expectedGraphVersion, LinkWork work) {
    return session.write(
        operation(method),
        connection -> {
          bump(connection, expectedGraphVersion);
          work.run(connection);
          return expectedGraphVersion + 1;
        });
  }

  private static void requireVersionArgument(long expectedGraphVersion) {
    Checks.require(expectedGraphVersion >= 0, "expectedGraphVersion", expectedGraphVersion, "must not be negative");
  }

  /**
   * Moves the graph from the expected version to the next, locking the tenant's version row until
   * the unit of work ends, or fails as stale.
   */
  private void bump(Connection connection, long expected) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(bump)) {
      statement.setString(1, session.tenant().value());
      statement.setLong(2, expected);
      if (statement.executeUpdate() == 1) {
        return;
      }
    }
    if (expected == 0) {
      Savepoint beforeInsert = connection.setSavepoint();
      try (PreparedStatement statement = connection.prepareStatement(first)) {
        statement.setString(1, session.tenant().value());
        statement.executeUpdate();
        connection.releaseSavepoint(beforeInsert);
        return;
      } catch (SQLException e) {
        if (!Failures.isUniqueViolation(e)) {
          throw e;
        }
        connection.rollback(beforeInsert);
      }
    }
    throw stale(expected, version(connection));
  }

  private StaleVersionException stale(long expected, long actual) {
    return new StaleVersionException(session.tenant(), "AlignmentGraph", session.tenant().toString(), expected, actual);
  }

  private void bind(PreparedStatement statement, AlignmentLink link) throws SQLException {
    statement.setString(1, session.tenant().value());
    statement.setString(2, link.child().value());
    statement.setString(3, link.parent().value());
    statement.setDouble(4, link.weight());
  }

  /** Checks a new link against the graph as the unit of work sees it, in core's order of rules. */
  private void check(Connection connection, AlignmentLink link) throws SQLException {
    Map<String, Period> found = periodsOf(connection, List.of(link.child(), link.parent()));
    for (GoalId goal : List.of(link.child(), link.parent())) {
      if (!found.containsKey(goal.value())) {
        throw new AggregateNotFoundException(session.tenant(), "Goal", goal.value());
      }
    }
    if (find(connection, link.child(), link.parent()).isPresent()) {
      throw new DuplicateAggregateException(session.tenant(), "AlignmentLink", link.child() + " -> " + link.parent());
    }
    List<AlignmentLink> cycle =
        closesCycle(connection, List.of(link)) ? upwardPath(connection, link.parent(), link.child()) : null;
    if (cycle != null || !found.get(link.parent().value()).encloses(found.get(link.child().value()))) {
      reportThroughCore(connection, link, cycle == null ? List.of() : cycle);
    }
  }

  /**
   * Has core reject the link, from a small graph of the two goals and, for a cycle, the path from
   * the new parent up to the new child: core's message lists the cycle or names the periods.
   */
  private void reportThroughCore(Connection connection, AlignmentLink link, List<AlignmentLink> path)
      throws SQLException {
    Map<GoalId, Goal> involved = new HashMap<>();
    involved.put(link.child(), goal(connection, link.child()));
    involved.put(link.parent(), goal(connection, link.parent()));
    for (AlignmentLink step : path) {
      if (!involved.containsKey(step.parent())) {
        involved.put(step.parent(), goal(connection, step.parent()));
      }
    }
    AlignmentGraph.Builder graph = AlignmentGraph.builder();
    involved.values().forEach(graph::addGoal);
    path.forEach(graph::addLink);
    graph.build().withLink(link, EPOCH);
    throw new IllegalStateException("core accepted the link " + link + " the JDBC store found invalid");
  }

  private Goal goal(Connection connection, GoalId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(goals.find)) {
      statement.setString(1, session.tenant().value());
      statement.setString(2, id.value());
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new AggregateNotFoundException(session.tenant(), "Goal", id.value());
        }
        return goals.read(row).value();
      }
    }
  }

  /**
   * Returns the links of a shortest path upwards from {@code from} to {@code to}, or null if {@code
   * to} is not above {@code from}: a breadth-first search with one query per level, which costs the
   * depth of the cascade in round trips and the ancestors of {@code from} in rows.
   */
  private @Nullable List<AlignmentLink> upwardPath(Connection connection, GoalId from, GoalId to)
      throws SQLException {
    Map<GoalId, AlignmentLink> reachedBy = new HashMap<>();
    List<GoalId> frontier = List.of(from);
    while (!frontier.isEmpty()) {
      List<GoalId> next = new ArrayList<>();
      for (AlignmentLink step : parentsOf(connection, frontier)) {
        if (!step.parent().equals(from) && !reachedBy.containsKey(step.parent())) {
          reachedBy.put(step.parent(), step);
          if (step.parent().equals(to)) {
            List<AlignmentLink> path = new ArrayList<>();
            for (AlignmentLink back = step; back != null; back = reachedBy.get(back.child())) {
              path.add(back);
            }
            Collections.reverse(path);
            return path;
          }
          next.add(step.parent());
        }
      }
      frontier = next;
    }
    return null;
  }

  /**
   * Returns the periods of the given goals that exist, by id: primary-key lookups of {@value
   * #LINKS_PER_QUERY} goals per query, whose plan stays an index scan even when the database's
   * statistics predate a bulk load.
   */
  private Map<String, Period> periodsOf(Connection connection, Collection<GoalId> ids) throws SQLException {
    List<Map.Entry<String, Period>> rows =
        periods.read(
            connection,
            session.tenant(),
            keys(ids),
            row -> Map.entry(row.getString(1), Period.of(Columns.getDate(row, 2), Columns.getDate(row, 3))));
    Map<String, Period> found = new HashMap<>();
    rows.forEach(period -> found.put(period.getKey(), period.getValue()));
    return found;
  }

  private List<AlignmentLink> parentsOf(Connection connection, Collection<GoalId> children) throws SQLException {
    return parents.read(connection, session.tenant(), keys(children), JdbcAlignment::link);
  }

  private List<AlignmentLink> childrenOf(Connection connection, Collection<GoalId> parents) throws SQLException {
    return this.children.read(connection, session.tenant(), keys(parents), JdbcAlignment::link);
  }

  private static List<String> keys(Collection<GoalId> goals) {
    return goals.stream().map(GoalId::value).toList();
  }

  /**
   * Checks a batch the database took: no link joins a child to a parent whose period does not
   * enclose the child's (the periods read by primary key, compared here), and no link closes a cycle.
   * The cycle check climbs from every new link's parent at once, one query per level for the
   * parents of the whole level, remembering which new link each climb started from; a climb that
   * reaches its own link's child has found a cycle. Each goal is visited at most once per climb, so
   * the search ends even on the cycle it looks for.
   */
  private boolean verify(Connection connection, List<AlignmentLink> batch) throws SQLException {
    Set<GoalId> linked = new HashSet<>();
    for (AlignmentLink link : batch) {
      linked.add(link.child());
      linked.add(link.parent());
    }
    Map<String, Period> found = periodsOf(connection, linked);
    for (AlignmentLink link : batch) {
      Period child = found.get(link.child().value());
      Period parent = found.get(link.parent().value());
      if (child == null || parent == null || !parent.encloses(child)) {
        return false;
      }
    }
    try {
      return LinkCycles.firstClosing(
              batch,
              goals -> unchecked(() -> parentsOf(connection, goals)),
              goals -> unchecked(() -> childrenOf(connection, goals)))
          < 0;
    } catch (UncheckedSql e) {
      throw e.failure;
    }
  }

  /**
   * Returns whether the links close a cycle in the graph as the unit of work sees it ({@link
   * LinkCycles}): the goals above their parents and below their children are read a level at a
   * time, the links of a whole level in a query per {@value #LINKS_PER_QUERY} goals, until the
   * smaller of the two regions is complete.
   */
  private boolean closesCycle(Connection connection, List<AlignmentLink> links) throws SQLException {
    try {
      return LinkCycles.close(
          links,
          goals -> unchecked(() -> parentsOf(connection, goals)),
          goals -> unchecked(() -> childrenOf(connection, goals)));
    } catch (UncheckedSql e) {
      throw e.failure;
    }
  }

  /** A query of the cycle check. */
  @FunctionalInterface
  private interface Query {
    List<AlignmentLink> run() throws SQLException;
  }

  /** Carries an {@link SQLException} of the cycle check out of {@link LinkCycles}. */
  private static final class UncheckedSql extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SQLException failure;

    UncheckedSql(SQLException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  private static List<AlignmentLink> unchecked(Query query) {
    try {
      return query.run();
    } catch (SQLException e) {
      throw new UncheckedSql(e);
    }
  }

  /**
   * Replays a refused batch link by link, as {@link #add} checks a link, to throw for the first
   * link that breaks a rule.
   */
  private RuntimeException replay(Connection connection, List<AlignmentLink> batch, SQLException failure)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      for (AlignmentLink link : batch) {
        check(connection, link);
        bind(statement, link);
        statement.executeUpdate();
      }
    }
    return Failures.storage(operation("addAll"), session.tenant(), failure);
  }

  private AggregateNotFoundException missingGoal(GoalId goal, SQLException cause) {
    return Failures.notFound(session.tenant(), "Goal", goal.value(), cause);
  }

  @Override
  public String toString() {
    return "AlignmentLinkRepository[" + session + "]";
  }
}
