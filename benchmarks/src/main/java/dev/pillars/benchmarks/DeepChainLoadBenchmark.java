package dev.pillars.benchmarks;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 100,000-deep alignment chain bulk-added to a store in one {@code addAll} (batches of 1,000),
 * parents first or children first, against core's own bulk build of the same chain ({@link
 * #coreBuild}), the baseline: a store's link checks must cost time linear in the links, whichever
 * end of the chain comes first (issue 9, item 6).
 *
 * <p>{@code store=memory} runs on the in-memory store; {@code store=jdbc} on the database of {@link
 * BenchDatabase} (PostgreSQL from {@code PILLARS_PG_URL}, or H2 with {@code
 * -Dpillars.bench.jdbc.url=jdbc:h2:mem:...}). The goals are inserted before every iteration into
 * a tenant of their own; only the links are measured.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DeepChainLoadBenchmark {
  static final int BATCH = 1_000;
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  /** Creates the benchmark; JMH calls it. */
  public DeepChainLoadBenchmark() {}

  /**
   * Bulk-adds the chain's links to the store in one unit of work.
   *
   * @param chain the store, its goals and the links
   * @return the graph version after the add
   */
  @Benchmark
  public long storeAddAll(Chain chain) {
    return chain.tenant.inTransaction(work -> work.alignment().addAll(chain.links.iterator(), BATCH, 0));
  }

  /**
   * Builds the same chain with core's bulk builder, which validates it once: the baseline.
   *
   * @param chain the goals and the links
   * @return the number of links built
   */
  @Benchmark
  public int coreBuild(Chain chain) {
    AlignmentGraph.Builder graph = AlignmentGraph.builder().addGoals(chain.goals);
    chain.links.forEach(graph::addLink);
    return graph.build().linkCount();
  }

  /** The chain, its store and a tenant holding its goals, made anew before every iteration. */
  @State(Scope.Benchmark)
  public static class Chain {
    /** Which store: {@code memory} or {@code jdbc}. */
    @Param({"memory", "jdbc"})
    public String store;

    /** How many links the chain has. */
    @Param("100000")
    public int depth;

    /** Which end of the chain comes first: {@code parents} or {@code children}. */
    @Param({"parents", "children"})
    public String order;

    List<Goal> goals = List.of();
    List<AlignmentLink> links = List.of();
    TenantStore tenant;
    private @Nullable BenchDatabase database;
    private PillarsStore pillars;
    private int iteration;

    /** Creates the state; JMH calls it. */
    public Chain() {}

    /** Makes the goals and links, and opens the store. */
    @Setup(Level.Trial)
    public void open() {
      goals = IntStream.rangeClosed(0, depth).mapToObj(n -> goal(n, depth)).toList();
      List<AlignmentLink> chain =
          new ArrayList<>(IntStream.range(0, depth).mapToObj(n -> AlignmentLink.of(id(n + 1), id(n))).toList());
      if (order.equals("children")) {
        Collections.reverse(chain);
      }
      links = List.copyOf(chain);
      if (store.equals("jdbc")) {
        database = BenchDatabase.open();
        pillars = database.store();
      } else {
        pillars = MemoryStore.create();
      }
    }

    /** Inserts the goals into a new tenant. */
    @Setup(Level.Iteration)
    public void insertGoals() {
      tenant = pillars.forTenant(TenantId.of("chain-" + order + "-" + iteration++));
      tenant.runInTransaction(work -> work.goals().insertAll(goals.iterator(), BATCH));
    }

    /** Drops the benchmark's schema, if any. */
    @TearDown(Level.Trial)
    public void close() {
      if (database != null) {
        database.close();
      }
    }

    private static GoalId id(int n) {
      return GoalId.of("g-" + n);
    }

    private static Goal goal(int n, int depth) {
      return Goal.builder()
          .id(id(n))
          .title("Link " + n + " of the chain")
          .owner(GoalOwner.unit(OrgUnitId.of("plant")))
          .level(n == 0 ? GoalLevel.ORGANISATION : GoalLevel.UNIT)
          .period(YEAR)
          .measure(n == depth ? GoalMeasure.manual(0.5) : GoalMeasure.derived())
          .build();
    }
  }
}
