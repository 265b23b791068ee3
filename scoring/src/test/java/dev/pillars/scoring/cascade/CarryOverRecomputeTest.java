package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CascadeResult#withGraph} recomputes only the goals whose own children, weights, sizes,
 * strategy or rule changed, and the goals above them whose scores then change (its Javadoc's
 * promise). Every parent is scored by a custom strategy, which the cascade calls through its
 * interface and which notes the goal it is called for, so the goals recomputed can be counted.
 *
 * <pre>
 * top &lt;- p1 (1), p2 (1), m (1);  p1 &lt;- a (1), b (1);  p2 &lt;- c (1), d (1);  m &lt;- e (1)
 * a 0.2, b 0.4, c 0.6, d 0.6, e 0.5, z none; m has a manual measure of its own, blended at 0.25
 * </pre>
 */
class CarryOverRecomputeTest {
  private static final List<String> PARENTS = List.of("top", "p1", "p2", "m");

  private final List<String> calls = new ArrayList<>();

  /** Builds the graph from links "child>parent" or "child>parent*weight"; m is measured unless said. */
  private static AlignmentGraph graph(boolean measuredM, String... links) {
    AlignmentGraph.Builder graph = AlignmentGraph.builder();
    for (String id : List.of("a", "b", "c", "d", "e", "z")) {
      graph.addGoal(UnitGoals.goal(id, GoalMeasure.manual(0)));
    }
    for (String id : List.of("top", "p1", "p2")) {
      graph.addGoal(UnitGoals.goal(id, GoalMeasure.derived()));
    }
    graph.addGoal(UnitGoals.goal("m", measuredM ? GoalMeasure.manual(0.1) : GoalMeasure.derived()));
    for (String link : links) {
      String[] ends = link.split("[>*]");
      graph.addLink(GoalId.of(ends[0]), GoalId.of(ends[1]), ends.length > 2 ? Double.parseDouble(ends[2]) : 1);
    }
    return graph.build();
  }

  private static final String[] BASE = {"p1>top", "p2>top", "m>top", "a>p1", "b>p1", "c>p2", "d>p2", "e>m"};

  private static String[] base(String... more) {
    List<String> links = new ArrayList<>(List.of(BASE));
    for (String link : more) {
      if (link.startsWith("-")) {
        links.remove(link.substring(1));
      } else {
        links.add(link);
      }
    }
    return links.toArray(String[]::new);
  }

  private CascadeResult scored(AlignmentGraph graph, boolean valueM) {
    Cascade.Builder builder = Cascade.builder(graph).measuredParents(MeasuredParentRule.children())
        .defaultStrategy(new Counting(calls, "new"));
    if (measured(graph)) {
      builder.measuredParent(GoalId.of("m"), MeasuredParentRule.blend(0.25));
    }
    for (String parent : PARENTS) {
      if (graph.children(GoalId.of(parent)).isEmpty()) {
        continue;
      }
      builder.strategy(GoalId.of(parent), new Counting(calls, parent));
    }
    Cascade cascade = builder.build();
    LeafValues values = cascade.leafValues();
    Map.of("a", 0.2, "b", 0.4, "c", 0.6, "d", 0.6, "e", 0.5).forEach((id, v) -> {
      if (graph.goal(GoalId.of(id)).isPresent() && cascade.isLeaf(GoalId.of(id))) {
        values.set(GoalId.of(id), v);
      }
    });
    if (valueM) {
      values.set(GoalId.of("m"), 0.9);
    }
    CascadeResult result = cascade.rollUp(values);
    calls.clear();
    return result;
  }

  private static boolean measured(AlignmentGraph graph) {
    return !(graph.goal(GoalId.of("m")).orElseThrow().measure() instanceof GoalMeasure.Derived);
  }

  /**
   * Carries the result over {@code before} to {@code changed} and returns the goals recomputed, in
   * order, after checking the scores against a full roll-up of the same values.
   */
  private List<String> recomputedFor(AlignmentGraph before, AlignmentGraph changed) {
    CascadeResult carried = scored(before, measured(before)).withGraph(changed);
    List<String> recomputed = List.copyOf(calls);
    assertThat(carried.scores()).isEqualTo(scored(changed, measured(before) && measured(changed)).scores());
    return recomputed;
  }

  @Test
  void anUnchangedGraphRecomputesNothing() {
    assertThat(recomputedFor(graph(true, BASE), graph(true, BASE))).isEmpty();
  }

  @Test
  void aLinkAddedRecomputesItsParentAndWhatAboveChanges() {
    assertThat(recomputedFor(graph(true, BASE), graph(true, base("c>p1")))).containsExactly("p1", "top");
    // z has no value: p1 gains no input, its score stays, and top is left as it was
    assertThat(recomputedFor(graph(true, BASE), graph(true, base("z>p1")))).containsExactly("p1");
  }

  @Test
  void aLinkRemovedRecomputesItsParentAndWhatAboveChanges() {
    assertThat(recomputedFor(graph(true, BASE), graph(true, base("-b>p1")))).containsExactly("p1", "top");
  }

  @Test
  void aMovedSubtreeRecomputesItsOldAndNewParentsButNotItself() {
    assertThat(recomputedFor(graph(true, BASE), graph(true, base("-p1>top", "p1>p2")))).containsExactly("p2", "top");
  }

  @Test
  void aGoalAddedWithoutLinksRecomputesNothing() {
    AlignmentGraph without = graph(true, BASE).withoutGoal(GoalId.of("z"), java.time.Clock.systemUTC()).value();
    assertThat(recomputedFor(without, graph(true, BASE))).isEmpty();
  }

  @Test
  void aGoalRemovedRecomputesItsParentAndWhatAboveChanges() {
    AlignmentGraph without = graph(true, BASE).withoutGoal(GoalId.of("a"), java.time.Clock.systemUTC()).value();
    assertThat(recomputedFor(graph(true, BASE), without)).containsExactly("p1", "top");
  }

  @Test
  void aWeightChangedRecomputesItsParentAndStopsWhereTheScoreStaysTheSame() {
    assertThat(recomputedFor(graph(true, BASE), graph(true, base("-a>p1", "a>p1*3")))).containsExactly("p1", "top");
    // c and d are both 0.6: p2's score stays 0.6, so top is left as it was
    assertThat(recomputedFor(graph(true, BASE), graph(true, base("-c>p2", "c>p2*3")))).containsExactly("p2");
  }

  @Test
  void aBlendChangedRecomputesTheGoalAndWhatAboveChanges() {
    assertThat(recomputedFor(graph(true, BASE), graph(false, BASE))).containsExactly("m", "top");
    // measured again, m takes the default rule (its children) kept from the derived graph: no blend, nothing to do
    assertThat(recomputedFor(graph(false, BASE), graph(true, BASE))).isEmpty();
  }

  @Test
  void aParentThatLostItsLastChildIsALeafAndItsParentsAreRecomputed() {
    // p1 keeps its link to top, so top's row is the same; p1's score (now no value) is not
    assertThat(recomputedFor(graph(true, BASE), graph(true, base("-a>p1", "-b>p1")))).containsExactly("top");
  }

  @Test
  void aNewParentIsComputedWithItsParents() {
    assertThat(recomputedFor(graph(true, BASE), graph(true, base("a>c")))).containsExactly("new", "p2", "top");
  }

  /** The weighted mean, noting the goal it is called for: a strategy the cascade does not know. */
  private static final class Counting implements AggregationStrategy {
    private final List<String> calls;
    private final String goal;

    Counting(List<String> calls, String goal) {
      this.calls = calls;
      this.goal = goal;
    }

    @Override
    public StrategyConfig config() {
      return StrategyConfig.of("counting").with("goal", goal);
    }

    @Override
    public Score aggregate(List<WeightedScore> inputs) {
      calls.add(goal);
      return AggregationStrategy.weightedMean().aggregate(inputs);
    }
  }
}
