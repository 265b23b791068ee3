package dev.pillars.testing.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.scoring.Characteristic;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.cascade.CascadeResult;
import dev.pillars.scoring.cascade.LeafValues;
import dev.pillars.scoring.cascade.MissingScorePolicy;
import dev.pillars.scoring.registry.StrategyRegistry;
import dev.pillars.testing.GoalGraphGens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the cascade roll-up over generated alignment graphs, with every built-in strategy
 * on the fast path and, through a wrapper the cascade cannot recognise, on the general path.
 */
class CascadeProperties {
  /** The built-ins, and each built-in again behind a wrapper that forces the general path. */
  private static final List<AggregationStrategy> STRATEGIES = strategies();

  private static List<AggregationStrategy> strategies() {
    List<AggregationStrategy> all = new ArrayList<>(CascadeGens.builtIns());
    CascadeGens.builtIns().forEach(s -> all.add(new General(s)));
    return List.copyOf(all);
  }

  private static Gen<LeafValues> inputs() {
    return CascadeGens.cascades(GoalGraphGens.alignmentGraphs(1, 40), STRATEGIES)
        .flatMap(CascadeGens::leafValues);
  }

  @Test
  void theResultDoesNotDependOnTheOrderGoalsAndLinksWereAddedIn() {
    qt().forAll(inputs(), longs().all()).checkAssert((values, seed) -> {
      Cascade cascade = values.cascade();
      Cascade shuffled = rebuild(cascade, shuffle(cascade.graph(), seed));
      assertThat(bits(shuffled.rollUp(copy(values, shuffled)))).isEqualTo(bits(cascade.rollUp(values)));
    });
  }

  @Test
  void everyScoreLiesBetweenTheLeastAndGreatestLeafBelowIt() {
    qt().forAll(inputs()).checkAssert(values -> {
      Cascade cascade = values.cascade();
      CascadeResult result = cascade.rollUp(values);
      AlignmentGraph graph = cascade.graph();
      for (Goal goal : graph.goals()) {
        if (cascade.isLeaf(goal.id()) || result.score(goal.id()).isEmpty()) {
          continue;
        }
        assertThat(cascade.strategy(goal.id()).orElseThrow().characteristics()).contains(Characteristic.BOUNDED_BY_INPUTS);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (GoalId below : graph.descendants(goal.id())) {
          if (cascade.isLeaf(below) && result.score(below).isPresent()) {
            lo = Math.min(lo, result.score(below).getAsDouble());
            hi = Math.max(hi, result.score(below).getAsDouble());
          }
        }
        assertThat(result.score(goal.id()).getAsDouble()).as("score of %s", goal.id()).isBetween(lo, hi);
      }
    });
  }

  @Test
  void raisingALeafNeverLowersAnyScore() {
    qt().forAll(inputs(), integers().all(), doubles().between(1e-9, 1)).checkAssert((values, pick, by) -> {
      Cascade cascade = values.cascade();
      List<GoalId> valued = new ArrayList<>();
      for (int i = 0; i < cascade.leafCount(); i++) {
        if (values.get(cascade.goalAt(i)).isPresent()) {
          valued.add(cascade.goalAt(i));
        }
      }
      if (valued.isEmpty()) {
        return;
      }
      GoalId leaf = valued.get(Math.floorMod(pick, valued.size()));
      CascadeResult before = cascade.rollUp(values);
      double raised = Math.min(1.0, values.get(leaf).getAsDouble() + by);
      CascadeResult after = cascade.rollUp(copy(values, cascade).set(leaf, raised));
      for (Goal goal : cascade.graph().goals()) {
        if (before.score(goal.id()).isPresent()) {
          assertThat(after.score(goal.id()).getAsDouble())
              .as("score of %s after raising %s to %s", goal.id(), leaf, raised)
              .isGreaterThanOrEqualTo(before.score(goal.id()).getAsDouble());
        }
      }
    });
  }

  @Test
  void scalingEverySiblingWeightByAPowerOfTwoChangesNoScoreAtAll() {
    double[] powers = {0.125, 0.5, 2.0, 4.0, 1024.0};
    qt().forAll(inputs(), longs().all()).checkAssert((values, seed) -> {
      Cascade cascade = values.cascade();
      Random random = new Random(seed);
      Cascade scaled = rebuild(cascade, scaleSiblings(cascade.graph(), () -> powers[random.nextInt(powers.length)]));
      assertThat(bits(scaled.rollUp(copy(values, scaled)))).isEqualTo(bits(cascade.rollUp(values)));
    });
  }

  @Test
  void scalingEverySiblingWeightByAnyPositiveFactorChangesScoresByRoundingOnly() {
    qt().forAll(inputs(), longs().all()).checkAssert((values, seed) -> {
      Cascade cascade = values.cascade();
      Random random = new Random(seed);
      Cascade scaled = rebuild(cascade, scaleSiblings(cascade.graph(), () -> Math.exp(random.nextDouble() * 9 - 4.5)));
      CascadeResult expected = cascade.rollUp(values);
      CascadeResult actual = scaled.rollUp(copy(values, scaled));
      for (Goal goal : cascade.graph().goals()) {
        assertThat(actual.score(goal.id()).isPresent()).isEqualTo(expected.score(goal.id()).isPresent());
        if (expected.score(goal.id()).isPresent()) {
          assertThat(actual.score(goal.id()).getAsDouble())
              .isCloseTo(expected.score(goal.id()).getAsDouble(), Offset.offset(1e-12));
        }
      }
    });
  }

  @Test
  void afterAnySequenceOfUpdatesTheScoresEqualAFullRollUpBitForBit() {
    Gen<Double> newValues = doubles().between(0, 1).mix(Generate.pick(List.of(0.0, -0.0, 0.1, 0.5, 1.0)), 30)
        .mix(Generate.constant(Double.NaN), 15);
    Gen<List<Double>> updates = lists().of(newValues).ofSizeBetween(1, 25);
    qt().forAll(inputs(), updates, lists().of(integers().all()).ofSize(25)).checkAssert((values, news, picks) -> {
      Cascade cascade = values.cascade();
      CascadeResult result = cascade.rollUp(values);
      LeafValues current = copy(values, cascade);
      for (int i = 0; i < news.size(); i++) {
        GoalId leaf = cascade.goalAt(Math.floorMod(picks.get(i), cascade.leafCount()));
        double value = news.get(i);
        int recomputed;
        if (Double.isNaN(value)) {
          recomputed = result.clear(leaf);
          current.clear(leaf);
        } else {
          recomputed = i % 2 == 0 ? result.update(leaf, value) : result.updateAt(cascade.indexOf(leaf), value);
          current.set(leaf, value);
        }
        assertThat(recomputed).as("goals recomputed after changing %s", leaf)
            .isLessThanOrEqualTo(cascade.graph().ancestors(leaf).size());
        assertThat(bits(result)).as("after update %s of %s", i, leaf).isEqualTo(bits(cascade.rollUp(current)));
      }
    });
  }

  @Test
  void theFastPathOfEveryBuiltInEqualsItsGeneralPathBitForBit() {
    for (AggregationStrategy builtIn : CascadeGens.builtIns()) {
      Gen<LeafValues> inputs = CascadeGens.cascades(GoalGraphGens.alignmentGraphs(1, 40), List.of(builtIn))
          .flatMap(CascadeGens::leafValues);
      qt().forAll(inputs).checkAssert(values -> {
        Cascade fast = values.cascade();
        Cascade.Builder general = Cascade.builder(fast.graph())
            .defaultStrategy(new General(builtIn))
            .missingScores(fast.missingScores());
        copySizes(fast, general);
        Cascade slow = general.build();
        assertThat(bits(slow.rollUp(copy(values, slow)))).as(builtIn.toString()).isEqualTo(bits(fast.rollUp(values)));
      });
    }
  }

  @Test
  void everyReceiptExplainsItsGoalsScoreExactly() {
    StrategyRegistry registry = StrategyRegistry.builtIns();
    qt().forAll(inputs()).checkAssert(values -> {
      Cascade cascade = values.cascade();
      CascadeResult result = cascade.rollUp(values);
      for (Goal goal : cascade.graph().goals()) {
        Optional<Receipt> receipt = result.receipt(goal.id());
        boolean explained = !cascade.isLeaf(goal.id()) && result.score(goal.id()).isPresent();
        assertThat(receipt.isPresent()).isEqualTo(explained);
        if (!explained) {
          continue;
        }
        Receipt r = receipt.get();
        double score = result.score(goal.id()).getAsDouble();
        assertThat(Double.doubleToRawLongBits(r.unroundedValue())).as("receipt of %s", goal.id())
            .isEqualTo(Double.doubleToRawLongBits(score));
        List<String> scoredChildren = new ArrayList<>();
        for (AlignmentLink link : cascade.graph().children(goal.id())) {
          if (result.score(link.child()).isPresent()) {
            scoredChildren.add(link.child().value());
          }
        }
        assertThat(r.lines()).extracting(ReceiptLine::name).containsExactlyInAnyOrderElementsOf(scoredChildren);
        assertThat(Math.abs(r.contributionSum() - score)).isLessThanOrEqualTo(Receipt.TOLERANCE * Math.max(1, Math.abs(score)));
        if (!(cascade.strategy(goal.id()).orElseThrow() instanceof General)) {
          assertThat(registry.replay(r).receipt().unroundedValue()).isEqualTo(score);
        }
      }
    });
  }

  @Test
  void theGeneratorsReachTheInterestingCascades() {
    Map<String, Integer> seen = new HashMap<>();
    qt().withFixedSeed(20261125L).forAll(inputs()).checkAssert(values -> {
      Cascade cascade = values.cascade();
      AlignmentGraph graph = cascade.graph();
      count(seen, "missing " + cascade.missingScores(), true);
      count(seen, "leaf without value", values.count() < cascade.leafCount());
      for (Goal goal : graph.goals()) {
        count(seen, "two parents", graph.parents(goal.id()).size() == 2);
        count(seen, "three levels", graph.ancestors(goal.id()).size() >= 2 && cascade.isLeaf(goal.id()));
        count(seen, "target size", cascade.targetSize(goal.id()) != 1);
        cascade.strategy(goal.id()).ifPresent(s -> count(seen, s.toString() + (s instanceof General ? " (general)" : ""), true));
      }
    });
    assertThat(seen).containsKeys("missing EXCLUDE", "missing ZERO", "leaf without value", "two parents", "three levels", "target size");
    for (AggregationStrategy s : STRATEGIES) {
      assertThat(seen).containsKey(s.toString() + (s instanceof General ? " (general)" : ""));
    }
  }

  // -----------------------------------------------------------------------------------------------

  private static void count(Map<String, Integer> seen, String what, boolean happened) {
    if (happened) {
      seen.merge(what, 1, Integer::sum);
    }
  }

  /** Every goal's score as raw bits (NaN for none), by goal id. */
  static Map<GoalId, Long> bits(CascadeResult result) {
    Map<GoalId, Long> bits = new LinkedHashMap<>();
    Cascade cascade = result.cascade();
    for (int i = 0; i < cascade.size(); i++) {
      bits.put(cascade.goalAt(i), Double.doubleToRawLongBits(result.scoreAt(i)));
    }
    return bits;
  }

  /** The same leaf values, for another cascade over an equal graph. */
  private static LeafValues copy(LeafValues values, Cascade to) {
    LeafValues copy = to.leafValues();
    Cascade from = values.cascade();
    for (int i = 0; i < from.leafCount(); i++) {
      GoalId leaf = from.goalAt(i);
      values.get(leaf).ifPresent(v -> copy.set(leaf, v));
    }
    return copy;
  }

  /** The same configuration over another graph with the same goals. */
  private static Cascade rebuild(Cascade cascade, AlignmentGraph graph) {
    Cascade.Builder builder = Cascade.builder(graph).missingScores(cascade.missingScores());
    for (Goal goal : cascade.graph().goals()) {
      cascade.strategy(goal.id()).ifPresent(s -> builder.strategy(goal.id(), s));
    }
    copySizes(cascade, builder);
    return builder.build();
  }

  private static void copySizes(Cascade cascade, Cascade.Builder builder) {
    for (Goal goal : cascade.graph().goals()) {
      if (cascade.targetSize(goal.id()) != 1) {
        builder.targetSize(goal.id(), cascade.targetSize(goal.id()));
      }
    }
  }

  private static AlignmentGraph shuffle(AlignmentGraph graph, long seed) {
    Random random = new Random(seed);
    List<Goal> goals = new ArrayList<>(graph.goals());
    List<AlignmentLink> links = new ArrayList<>(graph.links());
    Collections.shuffle(goals, random);
    Collections.shuffle(links, random);
    AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoals(goals);
    links.forEach(builder::addLink);
    return builder.build();
  }

  /** The graph with all links into each parent scaled by one factor per parent. */
  private static AlignmentGraph scaleSiblings(AlignmentGraph graph, DoubleSupplier factor) {
    Map<GoalId, Double> factors = new HashMap<>();
    for (Goal goal : graph.goals()) {
      factors.put(goal.id(), factor.getAsDouble());
    }
    AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoals(graph.goals());
    for (AlignmentLink link : graph.links()) {
      builder.addLink(link.child(), link.parent(), link.weight() * factors.get(link.parent()));
    }
    return builder.build();
  }

  /** A built-in behind a class the cascade does not know, so that it runs on the general path. */
  private static final class General implements AggregationStrategy {
    private final AggregationStrategy inner;

    General(AggregationStrategy inner) {
      this.inner = inner;
    }

    @Override
    public StrategyConfig config() {
      return inner.config();
    }

    @Override
    public Set<Characteristic> characteristics() {
      return inner.characteristics();
    }

    @Override
    public Score aggregate(List<WeightedScore> inputs) {
      return inner.aggregate(inputs);
    }

    @Override
    public String toString() {
      return inner.toString();
    }
  }
}
