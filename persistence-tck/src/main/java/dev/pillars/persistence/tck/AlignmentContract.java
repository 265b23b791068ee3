package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckGoals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentCycleException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.AggregateInUseException;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.AlignmentLinkRepository;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link AlignmentLinkRepository}: one version for the whole graph, the rules of
 * core's alignment graph kept on every write and under concurrency, reads by child and parent, all
 * or nothing for bulk adds, and deletes of linked goals refused. Checked by examples and by a
 * model-based property over two tenants.
 */
public abstract class AlignmentContract extends TenantContract {
  /** Goals 0 to 4 exist in a seeded tenant; goal 5 never does. */
  private static final int GOALS = 6;

  private static final int UNKNOWN = 5;
  /** Goal 4 covers only the first half of the year, so no year-long goal may contribute to it. */
  private static final int HALF_YEAR = 4;

  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

  /** Creates the group; a subclass says how to reach the store. */
  protected AlignmentContract() {}

  private static Goal goal(int n) {
    return Goal.builder()
        .id(id(n))
        .title("Aligned goal " + n)
        .owner(GoalOwner.unit(OrgUnitId.of("plant-" + n % 2)))
        .level(n == 0 ? GoalLevel.ORGANISATION : GoalLevel.UNIT)
        .period(n == HALF_YEAR ? H1 : TckGoals.YEAR)
        .measure(GoalMeasure.derived())
        .build();
  }

  private static AlignmentLink link(int child, int parent) {
    return AlignmentLink.of(id(child), id(parent), 1 + (child * 7 + parent) % 4 * 0.5);
  }

  /** Returns a tenant holding goals 0 to {@code count - 1}, no links. */
  private TenantStore withGoals(int count) {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(
        work -> work.goals().insertAll(IntStream.range(0, count).mapToObj(AlignmentContract::goal), 16));
    return tenant;
  }

  private static Set<AlignmentLink> all(AlignmentLinkRepository links) {
    try (Stream<AlignmentLink> stream = links.stream()) {
      return stream.collect(Collectors.toSet());
    }
  }

  private static Set<AlignmentLink> byChild(AlignmentLinkRepository links, int child) {
    try (Stream<AlignmentLink> stream = links.streamByChild(id(child))) {
      return stream.collect(Collectors.toSet());
    }
  }

  private static Set<AlignmentLink> byParent(AlignmentLinkRepository links, int parent) {
    try (Stream<AlignmentLink> stream = links.streamByParent(id(parent))) {
      return stream.collect(Collectors.toSet());
    }
  }

  /** What a tenant's graph looks like from outside: its version and links. */
  private record Graph(long version, Set<AlignmentLink> links, long count) {}

  private static Graph graph(AlignmentLinkRepository links) {
    return new Graph(links.graphVersion(), all(links), links.count());
  }

  @Test
  @DisplayName("links are read back in full, by child and by parent, and each write adds 1 to the graph version")
  void linksAreReadBack() {
    TenantStore tenant = withGoals(4);
    AlignmentLinkRepository links = tenant.alignment();
    assertThat(links.graphVersion()).isZero();
    assertThat(links.count()).isZero();

    long v1 = tenant.inTransaction(work -> work.alignment().add(link(1, 0), 0));
    long v2 = tenant.inTransaction(work -> work.alignment().add(link(2, 0), v1));
    long v3 = tenant.inTransaction(work -> work.alignment().add(link(3, 1), v2));
    long v4 = tenant.inTransaction(work -> work.alignment().add(link(3, 2), v3));

    assertThat(List.of(v1, v2, v3, v4)).containsExactly(1L, 2L, 3L, 4L);
    assertThat(links.graphVersion()).isEqualTo(4);
    assertThat(links.count()).isEqualTo(4);
    assertThat(all(links)).containsExactlyInAnyOrder(link(1, 0), link(2, 0), link(3, 1), link(3, 2));
    assertThat(byChild(links, 3)).containsExactlyInAnyOrder(link(3, 1), link(3, 2));
    assertThat(byParent(links, 0)).containsExactlyInAnyOrder(link(1, 0), link(2, 0));
    assertThat(byChild(links, 0)).isEmpty();
    assertThat(byParent(links, UNKNOWN)).isEmpty();
    assertThat(links.find(id(3), id(2))).contains(link(3, 2));
    assertThat(links.find(id(2), id(3))).isEmpty();

    long v5 = tenant.inTransaction(work -> work.alignment().remove(id(3), id(1), v4));
    assertThat(v5).isEqualTo(5);
    assertThat(all(links)).containsExactlyInAnyOrder(link(1, 0), link(2, 0), link(3, 2));
    assertThat(byParent(links, 1)).isEmpty();
    assertThat(links.count()).isEqualTo(3);
  }

  @Test
  @DisplayName("a link that would close a cycle fails with AlignmentCycleException listing the cycle, and changes nothing")
  void cyclesAreRejected() {
    TenantStore tenant = withGoals(4);
    tenant.runInTransaction(
        work -> work.alignment().addAll(List.of(link(1, 0), link(2, 1), link(3, 2)).iterator(), 2, 0));
    Graph before = graph(tenant.alignment());

    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.alignment().add(link(0, 3), 1))
          .isInstanceOfSatisfying(
              AlignmentCycleException.class,
              e -> {
                assertThat(e.cycle()).containsExactly(id(3), id(2), id(1), id(0), id(3));
                assertThat(e.getMessage()).contains("g-0 -> g-3");
              });
      assertThatThrownBy(() -> work.alignment().add(link(0, 1), 1)).isInstanceOf(AlignmentCycleException.class);
      assertThatThrownBy(() -> work.alignment().add(link(1, 2), 1))
          .isInstanceOfSatisfying(
              AlignmentCycleException.class, e -> assertThat(e.cycle()).containsExactly(id(2), id(1), id(2)));
      assertThat(graph(work.alignment())).isEqualTo(before);
      work.commit();
    }
    assertThat(graph(tenant.alignment())).isEqualTo(before);
  }

  @Test
  @DisplayName("links naming unknown or foreign goals, repeating a link or breaking the periods fail, and change nothing")
  void brokenRulesAreRejected() {
    TenantStore tenant = withGoals(5);
    TenantStore other = withGoals(7);
    tenant.runInTransaction(work -> work.alignment().add(link(1, 0), 0));
    Graph before = graph(tenant.alignment());

    try (UnitOfWork work = tenant.begin()) {
      AlignmentLinkRepository links = work.alignment();
      assertThatThrownBy(() -> links.add(link(UNKNOWN, 0), 1))
          .isInstanceOfSatisfying(
              AggregateNotFoundException.class,
              e -> {
                assertThat(e.aggregateType()).isEqualTo("Goal");
                assertThat(e.aggregateId()).isEqualTo(id(UNKNOWN).toString());
              });
      assertThatThrownBy(() -> links.add(link(0, 6), 1)).isInstanceOf(AggregateNotFoundException.class);
      assertThatThrownBy(() -> links.add(AlignmentLink.of(id(1), id(0), 3.0), 1))
          .isInstanceOfSatisfying(
              DuplicateAggregateException.class, e -> assertThat(e.aggregateType()).isEqualTo("AlignmentLink"));
      assertThatThrownBy(() -> links.add(link(2, HALF_YEAR), 1))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.getMessage()).contains("period"));
      assertThatThrownBy(() -> links.remove(id(2), id(0), 1))
          .isInstanceOfSatisfying(
              AggregateNotFoundException.class, e -> assertThat(e.aggregateType()).isEqualTo("AlignmentLink"));
      assertThat(links.add(link(HALF_YEAR, 2), 1)).isEqualTo(2);
      work.rollback();
    }
    assertThat(graph(tenant.alignment())).isEqualTo(before);
    assertThat(other.alignment().graphVersion()).isZero();
  }

  @Test
  @DisplayName("a write with a stale graph version fails, names the graph and both versions, and changes nothing")
  void staleGraphVersionsFail() {
    TenantStore tenant = withGoals(4);
    tenant.runInTransaction(work -> work.alignment().add(link(1, 0), 0));
    tenant.runInTransaction(work -> work.alignment().add(link(2, 0), 1));
    Graph before = graph(tenant.alignment());

    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.alignment().add(link(3, 0), 1))
          .isInstanceOfSatisfying(
              StaleVersionException.class,
              e -> {
                assertThat(e.aggregateType()).isEqualTo("AlignmentGraph");
                assertThat(e.expectedVersion()).isEqualTo(1);
                assertThat(e.actualVersion()).isEqualTo(2);
              });
      assertThatThrownBy(() -> work.alignment().remove(id(1), id(0), 3)).isInstanceOf(StaleVersionException.class);
      assertThatThrownBy(() -> work.alignment().addAll(List.of(link(3, 0)).iterator(), 1, 0))
          .isInstanceOf(StaleVersionException.class);
      work.commit();
    }
    assertThat(graph(tenant.alignment())).isEqualTo(before);
  }

  @Test
  @DisplayName("two units of work that each add a link, acyclic alone but a cycle together, cannot both commit")
  void concurrentLinksCannotCloseACycle() {
    TenantStore tenant = withGoals(3);
    try (UnitOfWork first = tenant.begin();
        UnitOfWork second = tenant.begin()) {
      long read = second.alignment().graphVersion();
      assertThat(first.alignment().add(link(1, 0), first.alignment().graphVersion())).isEqualTo(1);
      first.commit();
      assertThatThrownBy(
              () -> {
                second.alignment().add(link(0, 1), read);
                second.commit();
              })
          .isInstanceOf(StaleVersionException.class);
      second.rollback();
    }
    assertThat(all(tenant.alignment())).containsExactly(link(1, 0));
  }

  @Test
  @DisplayName("8 threads adding random links at once, retrying when stale, leave an acyclic graph with every commit counted")
  void concurrentWritersKeepTheGraphAcyclic() throws Exception {
    int goals = 12;
    TenantStore tenant = withGoals(goals);
    int threads = 8;
    int attempts = 150;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> commits = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        commits.add(
            pool.submit(
                () -> {
                  start.await();
                  int committed = 0;
                  ThreadLocalRandom random = ThreadLocalRandom.current();
                  for (int a = 0; a < attempts; a++) {
                    int child = random.nextInt(goals);
                    int parent = (child + 1 + random.nextInt(goals - 1)) % goals;
                    try (UnitOfWork work = tenant.begin()) {
                      long version = work.alignment().graphVersion();
                      if (random.nextInt(4) == 0 && work.alignment().find(id(child), id(parent)).isPresent()) {
                        work.alignment().remove(id(child), id(parent), version);
                      } else {
                        work.alignment().add(link(child, parent), version);
                      }
                      work.commit();
                      committed++;
                    } catch (StaleVersionException | DuplicateAggregateException | AggregateNotFoundException e) {
                      // another writer came first: try another link
                    } catch (InvalidInputException e) {
                      // a cycle, or a year-long goal under the half-year goal 4: not allowed
                    }
                  }
                  return committed;
                }));
      }
      start.countDown();
      long total = 0;
      for (Future<Integer> committed : commits) {
        total += committed.get(5, TimeUnit.MINUTES);
      }
      assertThat(tenant.alignment().graphVersion()).isEqualTo(total);
    } finally {
      pool.shutdownNow();
    }
    Set<AlignmentLink> stored = all(tenant.alignment());
    assertThat(tenant.alignment().count()).isEqualTo(stored.size());
    AlignmentGraph.Builder builder = AlignmentGraph.builder();
    IntStream.range(0, goals).forEach(n -> builder.addGoal(goal(n)));
    stored.forEach(builder::addLink);
    assertThat(builder.build().linkCount()).as("core accepts the stored graph: acyclic").isEqualTo(stored.size());
  }

  @Test
  @DisplayName("a goal that links join cannot be deleted until its links are removed")
  void linkedGoalsCannotBeDeleted() {
    TenantStore tenant = withGoals(3);
    tenant.runInTransaction(work -> work.alignment().addAll(List.of(link(1, 0), link(2, 1)).iterator(), 8, 0));

    for (int n = 0; n < 3; n++) {
      GoalId goal = id(n);
      assertThatThrownBy(() -> tenant.runInTransaction(work -> work.goals().delete(goal, 1)))
          .isInstanceOfSatisfying(
              AggregateInUseException.class,
              e -> {
                assertThat(e.aggregateType()).isEqualTo("Goal");
                assertThat(e.aggregateId()).isEqualTo(goal.toString());
              });
    }
    assertThat(tenant.goals().count()).isEqualTo(3);
    tenant.runInTransaction(
        work -> {
          work.alignment().remove(id(2), id(1), 1);
          work.goals().delete(id(2), 1);
        });
    assertThat(tenant.goals().find(id(2))).isEmpty();
    assertThat(all(tenant.alignment())).containsExactly(link(1, 0));
  }

  @Test
  @DisplayName("a bulk add is all or nothing and counts as one write to the graph")
  void bulkAddIsAllOrNothing() {
    TenantStore tenant = withGoals(5);
    try (UnitOfWork work = tenant.begin()) {
      AlignmentLinkRepository links = work.alignment();
      assertThatThrownBy(() -> links.addAll(List.of(link(1, 0), link(2, 1), link(0, 2)).iterator(), 1, 0))
          .isInstanceOf(AlignmentCycleException.class);
      assertThatThrownBy(() -> links.addAll(List.of(link(1, 0), link(2, 0), link(1, 0)).iterator(), 2, 0))
          .isInstanceOf(DuplicateAggregateException.class);
      assertThatThrownBy(() -> links.addAll(List.of(link(1, 0), link(UNKNOWN, 0)).iterator(), 2, 0))
          .isInstanceOf(AggregateNotFoundException.class);
      assertThat(graph(links)).isEqualTo(new Graph(0, Set.of(), 0));
      assertThat(links.addAll(List.<AlignmentLink>of().iterator(), 3, 0)).isZero();
      assertThat(links.addAll(List.of(link(1, 0), link(2, 1), link(3, 1)).iterator(), 2, 0)).isEqualTo(1);
      work.commit();
    }
    assertThat(graph(tenant.alignment()))
        .isEqualTo(new Graph(1, Set.of(link(1, 0), link(2, 1), link(3, 1)), 3));
  }

  @Test
  @DisplayName("a unit of work sees its own link writes; nobody else does until it commits")
  void uncommittedLinksAreInvisible() {
    TenantStore tenant = withGoals(3);
    tenant.runInTransaction(work -> work.alignment().add(link(1, 0), 0));
    try (UnitOfWork work = tenant.begin()) {
      work.alignment().add(link(2, 1), 1);
      work.alignment().remove(id(1), id(0), 2);
      assertThat(graph(work.alignment())).isEqualTo(new Graph(3, Set.of(link(2, 1)), 1));
      assertThat(byParent(work.alignment(), 1)).containsExactly(link(2, 1));
      assertThat(graph(tenant.alignment())).isEqualTo(new Graph(1, Set.of(link(1, 0)), 1));
      work.commit();
    }
    assertThat(graph(tenant.alignment())).isEqualTo(new Graph(3, Set.of(link(2, 1)), 1));
  }

  @Test
  @DisplayName("writes outside a unit of work, through an ended one, or with bad arguments fail and change nothing")
  void badCallsFail() {
    TenantStore tenant = withGoals(3);
    tenant.runInTransaction(work -> work.alignment().add(link(1, 0), 0));
    Graph before = graph(tenant.alignment());
    AlignmentLinkRepository committed = tenant.alignment();
    assertThatThrownBy(() -> committed.add(link(2, 0), 1)).isInstanceOf(TransactionRequiredException.class);
    assertThatThrownBy(() -> committed.remove(id(1), id(0), 1)).isInstanceOf(TransactionRequiredException.class);
    assertThatThrownBy(() -> committed.addAll(List.of(link(2, 0)).iterator(), 1, 1))
        .isInstanceOf(TransactionRequiredException.class);

    AlignmentLink noLink = null;
    GoalId noGoal = null;
    Iterator<AlignmentLink> noLinks = null;
    try (UnitOfWork work = tenant.begin()) {
      AlignmentLinkRepository links = work.alignment();
      assertThatThrownBy(() -> links.add(noLink, 1)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> links.add(link(2, 0), -1))
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("expectedGraphVersion"));
      assertThatThrownBy(() -> links.remove(noGoal, id(0), 1)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> links.remove(id(1), noGoal, 1)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> links.addAll(noLinks, 1, 1)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> links.addAll(List.of(link(2, 0)).iterator(), 0, 1))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("batchSize"));
      assertThatThrownBy(() -> links.addAll(Arrays.asList(link(2, 0), noLink).iterator(), 1, 1))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> links.find(noGoal, id(0))).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> links.streamByChild(noGoal)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> links.streamByParent(noGoal)).isInstanceOf(NullPointerException.class);
      assertThat(graph(links)).isEqualTo(before);
      work.commit();
      assertThatThrownBy(links::graphVersion).isInstanceOf(TransactionStateException.class);
      assertThatThrownBy(() -> links.stream().close()).isInstanceOf(TransactionStateException.class);
      assertThatThrownBy(() -> links.add(link(2, 0), 1)).isInstanceOf(TransactionStateException.class);
    }
    assertThat(graph(tenant.alignment())).isEqualTo(before);
  }

  // ---------------------------------------------------------------- model-based property

  /** What an operation does. */
  enum Kind {
    ADD,
    REMOVE,
    ADD_ALL,
    READ
  }

  /**
   * One operation of a generated run.
   *
   * @param kind what it does
   * @param child the child goal of the link it names
   * @param parent the parent goal, different from the child
   * @param versionOffset how far from the current graph version the expected version is
   * @param batch the links of a bulk add, as pairs of goal numbers
   */
  record Op(Kind kind, int child, int parent, int versionOffset, List<List<Integer>> batch) {}

  private static final int[] VERSION_OFFSETS = {-1, 0, 0, 0, 0, 0, 1};

  private static Gen<List<Integer>> pairs() {
    return integers()
        .between(0, GOALS - 1)
        .zip(integers().between(1, GOALS - 1), (child, step) -> List.of(child, (child + step) % GOALS));
  }

  /** The model of one tenant's graph: its links by child and parent, and its version. */
  private static final class Model {
    final Map<List<Integer>, AlignmentLink> links = new LinkedHashMap<>();
    long version;

    Model copy() {
      Model copy = new Model();
      copy.links.putAll(links);
      copy.version = version;
      return copy;
    }

    /** Returns whether {@code to} lies above {@code from}, or is {@code from}. */
    boolean reaches(int from, int to) {
      ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
      Set<Integer> seen = new HashSet<>(queue);
      while (!queue.isEmpty()) {
        int goal = queue.poll();
        if (goal == to) {
          return true;
        }
        for (List<Integer> key : links.keySet()) {
          if (key.get(0) == goal && seen.add(key.get(1))) {
            queue.add(key.get(1));
          }
        }
      }
      return false;
    }

    /** Returns the first rule a new link breaks, in the order the SPI checks them, or null. */
    @Nullable Class<? extends Exception> broken(int child, int parent) {
      if (child == UNKNOWN || parent == UNKNOWN) {
        return AggregateNotFoundException.class;
      }
      if (links.containsKey(List.of(child, parent))) {
        return DuplicateAggregateException.class;
      }
      if (reaches(parent, child)) {
        return AlignmentCycleException.class;
      }
      if (parent == HALF_YEAR && child != HALF_YEAR) {
        return InvalidInputException.class;
      }
      return null;
    }
  }

  /** The graph's operations and model for {@link ModelRun}. */
  private final class Links implements TckModel<Op, Model> {
    @Override
    public Gen<Op> operations() {
      return integers()
          .between(0, 9)
          .zip(
              pairs(),
              integers().between(0, VERSION_OFFSETS.length - 1),
              lists().of(pairs()).ofSizeBetween(0, 3),
              (kind, pair, offset, batch) ->
                  new Op(
                      kind < 5 ? Kind.ADD : kind < 7 ? Kind.REMOVE : kind < 8 ? Kind.ADD_ALL : Kind.READ,
                      pair.get(0),
                      pair.get(1),
                      VERSION_OFFSETS[offset],
                      batch));
    }

    @Override
    public TenantStore tenant() {
      return withGoals(5);
    }

    @Override
    public Model seed() {
      return new Model();
    }

    @Override
    public Model copy(Model model) {
      return model.copy();
    }

    @Override
    public void apply(Repositories repositories, Model view, Op op, boolean inside, String context) {
      AlignmentContract.apply(repositories.alignment(), view, op, inside, context);
    }

    @Override
    public void compare(TenantStore tenant, Model model, String where) {
      AlignmentContract.compare(tenant.alignment(), model, where);
    }
  }

  @Test
  @DisplayName("random link writes on two tenants give the same reads as a simple model, after every operation")
  void behavesLikeTheModel() {
    ModelRun.check(new Links(), 2, scaled(120));
  }

  private static void compare(AlignmentLinkRepository links, Model model, String where) {
    assertThat(links.graphVersion()).as(where).isEqualTo(model.version);
    assertThat(links.count()).as(where).isEqualTo(model.links.size());
    assertThat(all(links)).as(where).containsExactlyInAnyOrderElementsOf(model.links.values());
    for (int g = 0; g < GOALS; g++) {
      int goal = g;
      assertThat(byChild(links, goal))
          .as(where)
          .containsExactlyInAnyOrderElementsOf(
              model.links.values().stream().filter(l -> l.child().equals(id(goal))).collect(Collectors.toList()));
      assertThat(byParent(links, goal))
          .as(where)
          .containsExactlyInAnyOrderElementsOf(
              model.links.values().stream().filter(l -> l.parent().equals(id(goal))).collect(Collectors.toList()));
      assertThat(links.find(id(goal), id((goal + 1) % GOALS)))
          .as(where)
          .isEqualTo(Optional.ofNullable(model.links.get(List.of(goal, (goal + 1) % GOALS))));
    }
  }

  private static void apply(AlignmentLinkRepository links, Model view, Op op, boolean inside, String context) {
    if (op.kind() == Kind.READ) {
      compare(links, view, context);
      return;
    }
    long expected = view.version + op.versionOffset();
    List<List<Integer>> pairs = op.kind() == Kind.ADD_ALL ? op.batch() : List.of(List.of(op.child(), op.parent()));
    Model after = view.copy();
    Set<Class<? extends Exception>> failures = new HashSet<>();
    if (expected < 0) {
      failures.add(InvalidInputException.class);
    } else if (!inside) {
      failures.add(TransactionRequiredException.class);
    } else {
      if (expected != view.version) {
        failures.add(StaleVersionException.class);
      }
      Class<? extends Exception> broken = null;
      if (op.kind() == Kind.REMOVE) {
        if (!view.links.containsKey(pairs.get(0))) {
          broken = AggregateNotFoundException.class;
        }
        after.links.remove(pairs.get(0));
      } else {
        for (List<Integer> pair : pairs) {
          broken = after.broken(pair.get(0), pair.get(1));
          if (broken != null) {
            break;
          }
          after.links.put(pair, link(pair.get(0), pair.get(1)));
        }
      }
      if (broken != null) {
        failures.add(broken);
      }
    }
    long[] result = new long[1];
    Runnable call;
    switch (op.kind()) {
      case ADD:
        call = () -> result[0] = links.add(link(op.child(), op.parent()), expected);
        break;
      case REMOVE:
        call = () -> result[0] = links.remove(id(op.child()), id(op.parent()), expected);
        break;
      default:
        call = () -> result[0] = links.addAll(pairs.stream().map(p -> link(p.get(0), p.get(1))).iterator(), 2, expected);
        break;
    }
    if (TckCalls.expectOneOf(failures, call, context)) {
      return;
    }
    after.version = pairs.isEmpty() ? view.version : view.version + 1;
    assertThat(result[0]).as(context).isEqualTo(after.version);
    view.links.clear();
    view.links.putAll(after.links);
    view.version = after.version;
  }
}
