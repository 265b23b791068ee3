package dev.pillars.benchmarks;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.testing.GoalGraphs;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bulk build of an {@link AlignmentGraph}: does it cost time linear in goals plus links?
 *
 * <p>{@link #bulkBuild} hands pre-generated goals and links to {@link AlignmentGraph#builder()}
 * and calls {@link AlignmentGraph.Builder#build()}, which validates ids, periods and acyclicity
 * once for the whole graph. {@link #floor} is the least any build must do with the same input:
 * put every goal id into a {@link HashMap} and walk the links once, resolving both ends. Both run
 * on the same graphs of 250,000, 500,000 and 1,000,000 goals (six levels, 10 % of goals with a
 * second parent, from {@link GoalGraphs#generate}).
 *
 * <p>Besides the time per build ({@code ns/op}), each benchmark reports the secondary result
 * {@code :perGoal}: the same time divided by the number of goals. A build that is linear in goals
 * plus links (here about 1.1 links per goal) keeps {@code perGoal} roughly constant across sizes;
 * the ratio of {@code bulkBuild} to {@code floor} at each size tells how much the validation costs
 * beyond the unavoidable hashing.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class AlignmentGraphBuildBenchmark {
  /** The seed of the generated graphs, fixed so every run measures the same graphs. */
  static final long SEED = 20261125L;

  /** Creates the benchmark; JMH calls it. */
  public AlignmentGraphBuildBenchmark() {}

  /**
   * Builds the graph in bulk from the generated goals and links.
   *
   * @param input the goals and links
   * @param perGoal the counter of goals built
   * @return the graph
   */
  @Benchmark
  public AlignmentGraph bulkBuild(Input input, PerGoal perGoal) {
    AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoals(input.goals);
    GoalId[] children = input.children;
    GoalId[] parents = input.parents;
    double[] weights = input.weights;
    for (int k = 0; k < children.length; k++) {
      builder.addLink(children[k], parents[k], weights[k]);
    }
    AlignmentGraph graph = builder.build();
    perGoal.perGoal += input.size;
    return graph;
  }

  /**
   * The floor: puts every goal id into a presized {@link HashMap} and walks the links once,
   * resolving both ends of each link.
   *
   * @param input the goals and links
   * @param perGoal the counter of goals handled
   * @return a checksum of the resolved links, so the work cannot be skipped
   */
  @Benchmark
  public double floor(Input input, PerGoal perGoal) {
    double checksum = floorPass(input);
    perGoal.perGoal += input.size;
    return checksum;
  }

  /**
   * The floor's work: the sum over all links of weight × (child position − parent position).
   */
  static double floorPass(Input input) {
    Goal[] goals = input.goalArray;
    Map<GoalId, Integer> index = new HashMap<>(goals.length * 4 / 3 + 1);
    for (int i = 0; i < goals.length; i++) {
      index.put(goals[i].id(), i);
    }
    GoalId[] children = input.children;
    GoalId[] parents = input.parents;
    double[] weights = input.weights;
    double checksum = 0;
    for (int k = 0; k < children.length; k++) {
      checksum += weights[k] * (index.get(children[k]) - index.get(parents[k]));
    }
    return checksum;
  }

  /** The generated goals and links, made once per size before it is measured. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of goals. */
    @Param({"250000", "500000", "1000000"})
    public int size;

    List<Goal> goals = List.of();
    Goal[] goalArray = new Goal[0];
    GoalId[] children = new GoalId[0];
    GoalId[] parents = new GoalId[0];
    double[] weights = new double[0];

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Generates the graph of {@link #size} goals and keeps its goals and links. */
    @Setup(Level.Trial)
    public void generate() {
      AlignmentGraph graph = GoalGraphs.generate(size, 6, 0.10, SEED);
      goals = List.copyOf(graph.goals());
      goalArray = goals.toArray(new Goal[0]);
      List<AlignmentLink> links = graph.links();
      children = new GoalId[links.size()];
      parents = new GoalId[links.size()];
      weights = new double[links.size()];
      for (int k = 0; k < links.size(); k++) {
        AlignmentLink link = links.get(k);
        children[k] = link.child();
        parents[k] = link.parent();
        weights[k] = link.weight();
      }
    }
  }

  /**
   * Counts the goals handled, so JMH also reports the time per goal as the secondary result
   * {@code perGoal} (JMH sets the counter to zero before each iteration).
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class PerGoal {
    /** The goals handled so far in this iteration. */
    public long perGoal;

    /** Creates the counter; JMH calls it. */
    public PerGoal() {}
  }
}
