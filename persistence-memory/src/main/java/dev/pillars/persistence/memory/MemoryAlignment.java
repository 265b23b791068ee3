package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.AlignmentLinkRepository;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.persistence.spi.internal.LinkCycles;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The alignment links of one tenant in the in-memory store: each link kept once and referenced from
 * its child's {@link LinkSet} in {@link Tables#LINKS_UP} and its parent's in {@link
 * Tables#LINKS_DOWN}, plus the graph's one versioned entry in {@link Tables#GRAPH}. Every write
 * updates the graph entry through the generic repository, so the commit's version check of that
 * entry is the graph-version check.
 *
 * <p>Rules are checked as core's {@link AlignmentGraph#withLink} checks them, link by link. The
 * cycle check ({@link LinkCycles}) looks above the new link's parent and below its child at once and
 * stops with the smaller region, so a deep chain costs each link its own size whichever end it is
 * loaded from; only a link that closes a cycle pays for the search upwards that finds the path. A
 * cycle or a period mismatch is reported by core itself, from a small graph of the goals involved.
 */
final class MemoryAlignment implements AlignmentLinkRepository {
  /** Dates the events of the small graphs built to report a broken rule; the events are dropped. */
  private static final Clock EPOCH = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  private final MemoryTenantStore store;
  private final @Nullable MemoryUnitOfWork work;
  private final MemoryRepositories repositories;
  private final MemoryRepository<String, LinkCount> graph;
  private final MemoryRepository<GoalId, LinkSet> up;
  private final MemoryRepository<GoalId, LinkSet> down;

  MemoryAlignment(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryRepositories repositories) {
    this.store = store;
    this.work = work;
    this.repositories = repositories;
    this.graph = new MemoryRepository<>(store, work, Tables.GRAPH, "AlignmentLinkRepository");
    this.up = new MemoryRepository<>(store, work, Tables.LINKS_UP, "AlignmentLinkRepository");
    this.down = new MemoryRepository<>(store, work, Tables.LINKS_DOWN, "AlignmentLinkRepository");
  }

  @Override
  public long graphVersion() {
    return graph.find(LinkCount.KEY).map(Versioned::version).orElse(0L);
  }

  @Override
  public Optional<AlignmentLink> find(GoalId child, GoalId parent) {
    Checks.notNull("child", child);
    Checks.notNull("parent", parent);
    return up.find(child).map(set -> set.value().find(child, parent));
  }

  @Override
  public long count() {
    return graph.find(LinkCount.KEY).map(count -> count.value().links()).orElse(0L);
  }

  @Override
  public Stream<AlignmentLink> stream() {
    return Access.guarded(work, "AlignmentLinkRepository.stream", up.stream().flatMap(set -> set.value().links().stream()));
  }

  @Override
  public Stream<AlignmentLink> streamByChild(GoalId child) {
    Checks.notNull("child", child);
    return Access.guarded(
        work,
        "AlignmentLinkRepository.streamByChild",
        up.find(child).map(set -> set.value().links().stream()).orElseGet(Stream::empty));
  }

  @Override
  public Stream<AlignmentLink> streamByParent(GoalId parent) {
    Checks.notNull("parent", parent);
    return Access.guarded(
        work,
        "AlignmentLinkRepository.streamByParent",
        down.find(parent).map(set -> set.value().links().stream()).orElseGet(Stream::empty));
  }

  /** Returns one link that joins the goal to another, if any, as the caller sees the graph. */
  Optional<AlignmentLink> anyLinkOf(GoalId goal) {
    Optional<Versioned<LinkSet>> links = up.find(goal).or(() -> down.find(goal));
    return links.map(set -> set.value().links().get(0));
  }

  @Override
  public long add(AlignmentLink link, long expectedGraphVersion) {
    Checks.notNull("link", link);
    return write(List.of(link).iterator(), 1, expectedGraphVersion, "add");
  }

  @Override
  public long addAll(Iterator<AlignmentLink> links, int batchSize, long expectedGraphVersion) {
    Checks.notNull("links", links);
    Checks.require(batchSize >= 1, "batchSize", batchSize, "must be at least 1");
    return write(links, batchSize, expectedGraphVersion, "addAll");
  }

  @Override
  public long remove(GoalId child, GoalId parent, long expectedGraphVersion) {
    Checks.notNull("child", child);
    Checks.notNull("parent", parent);
    long version = requireGraphVersion(expectedGraphVersion, "remove");
    Optional<Versioned<LinkSet>> parents = up.find(child);
    if (parents.isEmpty() || parents.get().value().find(child, parent) == null) {
      throw new AggregateNotFoundException(store.tenant(), "AlignmentLink", child + " -> " + parent);
    }
    Versioned<LinkSet> children = down.find(parent).orElseThrow();
    store(child, parents.get().value().without(child, parent), parents.get().version(), up);
    store(parent, children.value().without(child, parent), children.version(), down);
    return bump(version, -1);
  }

  private long write(Iterator<AlignmentLink> links, int batchSize, long expectedGraphVersion, String operation) {
    long version = requireGraphVersion(expectedGraphVersion, operation);
    Overlay overlay = new Overlay();
    long added = 0;
    while (links.hasNext()) {
      AlignmentLink link = links.next();
      if (link == null) {
        throw new NullPointerException("links yielded null");
      }
      check(link, overlay);
      overlay.add(link);
      added++;
    }
    if (added == 0) {
      return version;
    }
    overlay.store();
    return bump(version, added);
  }

  /** Checks the version argument and the graph's version, and returns the latter. */
  private long requireGraphVersion(long expectedGraphVersion, String operation) {
    Checks.require(expectedGraphVersion >= 0, "expectedGraphVersion", expectedGraphVersion, "must not be negative");
    MemoryUnitOfWork w = Access.writing(store, work, "AlignmentLinkRepository." + operation);
    w.stateForWrite();
    long version = graphVersion();
    if (version != expectedGraphVersion) {
      throw new StaleVersionException(
          store.tenant(), Tables.GRAPH.aggregateType, store.tenant().toString(), expectedGraphVersion, version);
    }
    return version;
  }

  /** Writes the graph's entry at the next version with the link count changed by {@code delta}. */
  private long bump(long version, long delta) {
    if (version == 0) {
      graph.insert(new LinkCount(delta));
    } else {
      graph.update(new LinkCount(count() + delta), version);
    }
    return version + 1;
  }

  private static void store(GoalId goal, @Nullable LinkSet links, long version, MemoryRepository<GoalId, LinkSet> table) {
    if (links == null) {
      table.delete(goal, version);
    } else if (version == 0) {
      table.insert(links);
    } else {
      table.update(links, version);
    }
  }

  /** Checks a new link against the graph with the links added before it in the same call. */
  private void check(AlignmentLink link, Overlay overlay) {
    Goal child = goal(link.child());
    Goal parent = goal(link.parent());
    if (overlay.parentsOf(link.child()).stream().anyMatch(l -> l.parent().equals(link.parent()))) {
      throw new DuplicateAggregateException(store.tenant(), "AlignmentLink", link.child() + " -> " + link.parent());
    }
    boolean closes = LinkCycles.close(List.of(link), overlay::parentsOf, overlay::childrenOf);
    List<AlignmentLink> path = closes ? upwardPath(link.parent(), link.child(), overlay) : null;
    if (path != null || !parent.period().encloses(child.period())) {
      // core reports the cycle or the period mismatch, from a graph of just the goals involved
      AlignmentGraph.Builder involved = AlignmentGraph.builder().addGoal(child).addGoal(parent);
      if (path != null) {
        for (AlignmentLink step : path) {
          if (!step.parent().equals(link.child()) && !step.parent().equals(link.parent())) {
            involved.addGoal(goal(step.parent()));
          }
          involved.addLink(step);
        }
      }
      involved.build().withLink(link, EPOCH);
      throw new IllegalStateException("core accepted the link " + link + " the store found invalid");
    }
  }

  private Goal goal(GoalId id) {
    return repositories.goals
        .find(id)
        .map(Versioned::value)
        .orElseThrow(() -> new AggregateNotFoundException(store.tenant(), Tables.GOALS.aggregateType, id.toString()));
  }

  /**
   * Searches upwards from {@code from} for {@code to}, breadth-first, and returns the links of a
   * shortest path from one to the other, or null if {@code to} is not above {@code from}.
   */
  private @Nullable List<AlignmentLink> upwardPath(GoalId from, GoalId to, Overlay overlay) {
    Map<GoalId, @Nullable AlignmentLink> reachedBy = new HashMap<>();
    ArrayDeque<GoalId> queue = new ArrayDeque<>();
    reachedBy.put(from, null);
    queue.add(from);
    while (!queue.isEmpty()) {
      GoalId goal = queue.poll();
      for (AlignmentLink link : overlay.parentsOf(goal)) {
        if (!reachedBy.containsKey(link.parent())) {
          reachedBy.put(link.parent(), link);
          if (link.parent().equals(to)) {
            List<AlignmentLink> path = new ArrayList<>();
            for (AlignmentLink step = link; step != null; step = reachedBy.get(step.child())) {
              path.add(step);
            }
            Collections.reverse(path);
            return path;
          }
          queue.add(link.parent());
        }
      }
    }
    return null;
  }

  /**
   * The links one call adds, kept apart until every one of them is checked, so that a failing call
   * leaves nothing behind; reads of a goal's links see them over the unit of work's view.
   */
  private final class Overlay {
    private final Map<GoalId, LinkSet> ups = new LinkedHashMap<>();
    private final Map<GoalId, LinkSet> downs = new LinkedHashMap<>();

    List<AlignmentLink> parentsOf(GoalId goal) {
      return linksOf(goal, ups, up);
    }

    List<AlignmentLink> parentsOf(Collection<GoalId> goals) {
      List<AlignmentLink> links = new ArrayList<>();
      goals.forEach(goal -> links.addAll(linksOf(goal, ups, up)));
      return links;
    }

    List<AlignmentLink> childrenOf(Collection<GoalId> goals) {
      List<AlignmentLink> links = new ArrayList<>();
      goals.forEach(goal -> links.addAll(linksOf(goal, downs, down)));
      return links;
    }

    private List<AlignmentLink> linksOf(GoalId goal, Map<GoalId, LinkSet> changed, MemoryRepository<GoalId, LinkSet> table) {
      LinkSet set = changed.get(goal);
      if (set == null) {
        set = table.find(goal).map(Versioned::value).orElse(null);
      }
      return set == null ? List.of() : set.links();
    }

    void add(AlignmentLink link) {
      ups.put(link.child(), with(ups, up, link.child(), link));
      downs.put(link.parent(), with(downs, down, link.parent(), link));
    }

    private LinkSet with(
        Map<GoalId, LinkSet> changed, MemoryRepository<GoalId, LinkSet> table, GoalId goal, AlignmentLink link) {
      LinkSet set = changed.get(goal);
      if (set == null) {
        set = table.find(goal).map(Versioned::value).orElse(null);
      }
      return set == null ? new LinkSet(goal, new AlignmentLink[] {link}) : set.with(link);
    }

    void store() {
      ups.forEach((goal, set) -> MemoryAlignment.store(goal, set, versionOf(up, goal), up));
      downs.forEach((goal, set) -> MemoryAlignment.store(goal, set, versionOf(down, goal), down));
    }

    private long versionOf(MemoryRepository<GoalId, LinkSet> table, GoalId goal) {
      return table.find(goal).map(Versioned::version).orElse(0L);
    }
  }

  @Override
  public String toString() {
    return "AlignmentLinkRepository[" + store.tenant() + (work == null ? ", committed" : ", " + work) + "]";
  }
}
