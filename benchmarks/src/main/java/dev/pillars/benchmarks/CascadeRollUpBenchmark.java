package dev.pillars.benchmarks;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.testing.GoalGraphs;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
 * The full cascade roll-up of a graph of a million goals (six levels, 10 % of goals with a second
 * parent, from {@link GoalGraphs#generate}), every goal with children the weighted mean of its
 * children, leaves at their generated progress.
 *
 * <ul>
 *   <li>{@link #cascadeRollUp}: {@link CascadeResult#recompute()}, the library's full roll-up in
 *       place over the compact form: one primitive loop per goal with children, no allocation.
 *   <li>{@link #objectGraphRecursion}: the straightforward baseline, goals as objects holding
 *       their children's links, a recursive weighted mean memoised in a {@code HashMap}.
 *   <li>{@link #floor}: one pass over each link's child index and share and the scores, summing
 *       share times score: the least a roll-up must do that gathers each child's score from where
 *       the child is numbered. (The cascade now reads a copy of each child's score kept at the
 *       link, beside its share, so it can run below this floor.)
 *   <li>{@link #floorPerGoal}: the same pass cut into one sum per goal with children, stored as
 *       that goal's score before its parents read it: the floor plus the per-goal structure (a
 *       loop exit and a store per goal, parents waiting for their children), without the
 *       cascade's checks (a child without a score, the mean's clamp into the children's range)
 *       and strategy dispatch. The difference to {@link #cascadeRollUp} is what those cost.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class CascadeRollUpBenchmark {
  /** The seed of the generated graph, fixed so every run measures the same graph. */
  static final long SEED = 20261125L;

  /** Creates the benchmark; JMH calls it. */
  public CascadeRollUpBenchmark() {}

  /**
   * Rolls the whole cascade up in place.
   *
   * @param input the cascade and its scores
   * @return the top goal's score
   */
  @Benchmark
  public double cascadeRollUp(Input input) {
    input.result.recompute();
    return input.result.scoreAt(input.top);
  }

  /**
   * Rolls the object graph up recursively with a memo.
   *
   * @param input the object graph
   * @return every goal's score
   */
  @Benchmark
  public Map<String, Double> objectGraphRecursion(Input input) {
    return input.objects.rollUp();
  }

  /**
   * One pass over the cascade's layout: the sum over all links of share times child score.
   *
   * @param input the arrays
   * @return the sum
   */
  @Benchmark
  public double floor(Input input) {
    int[] child = input.floorChild;
    double[] share = input.floorShare;
    double[] scores = input.floorScores;
    double sum = 0;
    for (int k = 0; k < child.length; k++) {
      sum += scores[child[k]] * share[k];
    }
    return sum;
  }

  /**
   * One sum per goal with children, in cascade order, each stored as that goal's score.
   *
   * @param input the arrays
   * @return the top goal's score
   */
  @Benchmark
  public double floorPerGoal(Input input) {
    int[] child = input.floorChild;
    double[] share = input.floorShare;
    double[] scores = input.floorScores;
    int[] end = input.floorRowEnd;
    int first = input.cascade.leafCount();
    int k = 0;
    for (int q = 0; q < end.length; q++) {
      double sum = 0;
      for (int e = end[q]; k < e; k++) {
        sum += scores[child[k]] * share[k];
      }
      scores[first + q] = sum;
    }
    return scores[input.top];
  }

  /** The graph, its cascade and the baselines' copies of it, made once before measuring. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of goals. */
    @Param({"1000000"})
    public int size;

    Cascade cascade = Cascade.of(AlignmentGraph.empty());
    CascadeResult result = cascade.rollUp(cascade.leafValues());
    int top;
    ObjectGraphRollUp objects = ObjectGraphRollUp.of(AlignmentGraph.empty(), id -> 0);
    int[] floorChild = new int[0];
    double[] floorShare = new double[0];
    double[] floorScores = new double[0];
    int[] floorRowEnd = new int[0];

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Generates the graph, builds the cascade, rolls it up once, and lays out the baselines. */
    @Setup(Level.Trial)
    public void setUp() {
      AlignmentGraph graph = GoalGraphs.generate(size, 6, 0.10, SEED);
      cascade = Cascade.of(graph);
      result = cascade.rollUp(cascade.leafValues().putGoalProgress());
      top = cascade.indexOf(GoalId.of("g0"));
      objects = ObjectGraphRollUp.of(graph, id -> result.score(id).orElseThrow());
      // the cascade's layout, rebuilt through its public API: goals with children in cascade
      // order, each one's children sorted by id with their share of the link weights
      floorChild = new int[graph.linkCount()];
      floorShare = new double[graph.linkCount()];
      floorRowEnd = new int[cascade.size() - cascade.leafCount()];
      int k = 0;
      for (int p = cascade.leafCount(); p < cascade.size(); p++) {
        List<AlignmentLink> children =
            graph.children(cascade.goalAt(p)).stream().sorted(Comparator.comparing(AlignmentLink::child)).toList();
        double total = 0;
        for (AlignmentLink link : children) {
          total += link.weight();
        }
        for (AlignmentLink link : children) {
          floorChild[k] = cascade.indexOf(link.child());
          floorShare[k] = link.weight() / total;
          k++;
        }
        floorRowEnd[p - cascade.leafCount()] = k;
      }
      floorScores = new double[cascade.size()];
      for (int p = 0; p < cascade.size(); p++) {
        floorScores[p] = result.scoreAt(p);
      }
    }
  }
}
