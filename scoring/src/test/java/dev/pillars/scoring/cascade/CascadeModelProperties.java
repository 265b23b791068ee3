package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random cascades (several parents per goal, every built-in strategy, every missing-score policy)
 * under random updates and clears, against a model: the leaf values kept in a map and rolled up
 * from scratch after every step. Each goal's score must also be what its strategy computes from
 * its children, bit for bit, as its receipt shows.
 */
class CascadeModelProperties {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final List<AggregationStrategy> STRATEGIES = List.of(
      AggregationStrategy.weightedMean(), AggregationStrategy.mean(), AggregationStrategy.proportionalToTarget(),
      AggregationStrategy.minimum(), AggregationStrategy.okr());
  private static final double[] WEIGHTS = {0.5, 1, 2, 3};

  /** A random cascade and the ids of its leaves, drawn from one seed. */
  private record World(Cascade cascade, List<GoalId> leaves, List<GoalId> parents) {}

  private static World world(Random r) {
    int leafCount = 2 + r.nextInt(9);
    int parentCount = 1 + r.nextInt(9);
    AlignmentGraph.Builder graph = AlignmentGraph.builder();
    List<GoalId> leaves = new ArrayList<>();
    List<GoalId> parents = new ArrayList<>();
    for (int i = 0; i < leafCount; i++) {
      GoalId id = GoalId.of("l" + i);
      leaves.add(id);
      graph.addGoal(Goal.builder().id(id).title("leaf " + i).owner(GoalOwner.employee(EmployeeId.of("e" + i)))
          .level(GoalLevel.INDIVIDUAL).period(YEAR).measure(GoalMeasure.manual(0.5)).status(GoalStatus.ACTIVE).build());
    }
    for (int j = 0; j < parentCount; j++) {
      GoalId id = GoalId.of("p" + j);
      graph.addGoal(Goal.builder().id(id).title("parent " + j).owner(GoalOwner.unit(OrgUnitId.of("u" + j)))
          .level(GoalLevel.UNIT).period(YEAR).measure(GoalMeasure.derived()).status(GoalStatus.ACTIVE).build());
      List<GoalId> candidates = new ArrayList<>(leaves);
      candidates.addAll(parents);
      int children = 1 + r.nextInt(Math.min(4, candidates.size()));
      for (int c = 0; c < children; c++) {
        GoalId child = candidates.remove(r.nextInt(candidates.size()));
        graph.addLink(child, id, WEIGHTS[r.nextInt(WEIGHTS.length)]);
      }
      parents.add(id);
    }
    MissingScorePolicy policy = MissingScorePolicy.values()[r.nextInt(MissingScorePolicy.values().length)];
    Cascade.Builder cascade = Cascade.builder(graph.build())
        .defaultStrategy(STRATEGIES.get(r.nextInt(STRATEGIES.size())))
        .missingScores(policy);
    for (GoalId parent : parents) {
      if (r.nextBoolean()) {
        cascade.strategy(parent, STRATEGIES.get(r.nextInt(STRATEGIES.size())));
      }
    }
    for (GoalId leaf : leaves) {
      if (r.nextInt(3) == 0) {
        cascade.targetSize(leaf, 1 + r.nextInt(100));
      }
    }
    return new World(cascade.build(), leaves, parents);
  }

  private static double value(Random r) {
    int pick = r.nextInt(10);
    return pick == 0 ? 0.0 : pick == 1 ? 1.0 : pick == 2 ? 0.5 : r.nextDouble();
  }

  private static CascadeResult fromScratch(Cascade cascade, Map<GoalId, Double> model) {
    LeafValues values = cascade.leafValues();
    model.forEach(values::set);
    return cascade.rollUp(values);
  }

  private static void assertMatches(CascadeResult result, World world, Map<GoalId, Double> model) {
    CascadeResult full = fromScratch(world.cascade(), model);
    assertThat(result.scores()).isEqualTo(full.scores());
    LinkedScores.assertAgree(result);
    for (GoalId leaf : world.leaves()) {
      assertThat(result.hasLeafValue(leaf)).as("value of %s", leaf).isEqualTo(model.containsKey(leaf));
    }
    for (GoalId parent : world.parents()) {
      int index = world.cascade().indexOf(parent);
      assertThat(world.cascade().goalAt(index)).isEqualTo(parent);
      if (result.score(parent).isPresent()) {
        double score = result.score(parent).getAsDouble();
        assertThat(result.scoreAt(index)).isEqualTo(score);
        Receipt receipt = result.receipt(parent).orElseThrow();
        assertThat(receipt.unroundedValue()).as("receipt of %s", parent).isEqualTo(score);
        assertThat(receipt.config()).isEqualTo(world.cascade().strategy(parent).orElseThrow().config());
      } else {
        assertThat(result.receipt(parent)).isEmpty();
      }
    }
  }

  @Test
  void updatesAndClearsGiveTheScoresOfAFullRollUpAndEveryScoreIsItsStrategys() {
    qt().withExamples(80).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      World world = world(r);
      Cascade cascade = world.cascade();
      boolean mayMiss = cascade.missingScores() != MissingScorePolicy.REJECT;
      Map<GoalId, Double> model = new HashMap<>();
      for (GoalId leaf : world.leaves()) {
        if (!mayMiss || r.nextInt(5) > 0) {
          model.put(leaf, value(r));
        }
      }
      CascadeResult result = fromScratch(cascade, model);
      assertMatches(result, world, model);
      for (int step = 0; step < 12; step++) {
        GoalId leaf = world.leaves().get(r.nextInt(world.leaves().size()));
        if (mayMiss && r.nextInt(4) == 0) {
          result.clear(leaf);
          model.remove(leaf);
        } else {
          double v = value(r);
          if (r.nextBoolean()) {
            result.update(leaf, v);
          } else {
            result.updateAt(cascade.indexOf(leaf), v);
          }
          model.put(leaf, v);
        }
        assertMatches(result, world, model);
      }
      CascadeResult copy = result.copy();
      result.recompute();
      assertThat(result.scores()).isEqualTo(copy.scores());
      LinkedScores.assertAgree(result);
      LinkedScores.assertAgree(copy);
    });
  }

  @Test
  void anUpdateRecomputesNoMoreThanTheLeafsAncestorsAndNothingWhenNothingChanged() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      World world = world(r);
      Cascade cascade = world.cascade();
      Map<GoalId, Double> model = new HashMap<>();
      world.leaves().forEach(leaf -> model.put(leaf, value(r)));
      CascadeResult result = fromScratch(cascade, model);
      GoalId leaf = world.leaves().get(r.nextInt(world.leaves().size()));
      assertThat(result.update(leaf, model.get(leaf))).isZero();
      int ancestors = cascade.graph().ancestors(leaf).size();
      int recomputed = result.update(leaf, model.get(leaf) == 0.25 ? 0.75 : 0.25);
      assertThat(recomputed).isBetween(Math.min(1, ancestors), ancestors);
    });
  }

  @Test
  void aLeafRangeBoundsTheLeafValuesEndsIncluded() {
    World world = world(new Random(7));
    Cascade ranged = Cascade.builder(world.cascade().graph()).leafRange(Scale.of(0, 1)).build();
    assertThat(ranged.leafRange()).contains(Scale.of(0, 1));
    assertThat(world.cascade().leafRange()).isEmpty();
    GoalId leaf = world.leaves().get(0);
    LeafValues values = ranged.leafValues();
    world.leaves().forEach(l -> values.set(l, 0.5));
    CascadeResult result = ranged.rollUp(values);
    assertThat(result.update(leaf, 1.0)).isPositive();
    result.update(leaf, 0.0);
    assertThat(result.score(leaf)).hasValue(0.0);
    for (double outside : new double[] {1.0000001, -0.0000001, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> result.update(leaf, outside)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> ranged.leafValues().set(leaf, outside)).isInstanceOf(InvalidInputException.class);
    }
    assertThat(result.score(leaf)).hasValue(0.0);
  }

  @Test
  void indicesNameLeavesFirstAndRejectWhatIsNotALeaf() {
    World world = world(new Random(11));
    Cascade cascade = world.cascade();
    assertThat(cascade.leafCount()).isEqualTo(world.leaves().size());
    assertThat(cascade.size()).isEqualTo(world.leaves().size() + world.parents().size());
    for (GoalId leaf : world.leaves()) {
      assertThat(cascade.isLeaf(leaf)).isTrue();
      assertThat(cascade.indexOf(leaf)).isLessThan(cascade.leafCount());
      assertThat(cascade.strategy(leaf)).isEmpty();
    }
    for (GoalId parent : world.parents()) {
      assertThat(cascade.isLeaf(parent)).isFalse();
      assertThat(cascade.indexOf(parent)).isGreaterThanOrEqualTo(cascade.leafCount());
    }
    assertThat(cascade.indexOf(GoalId.of("nowhere"))).isEqualTo(-1);
    LeafValues values = cascade.leafValues();
    world.leaves().forEach(l -> values.set(l, 0.5));
    CascadeResult result = cascade.rollUp(values);
    int firstParent = cascade.indexOf(world.parents().get(0));
    assertThatThrownBy(() -> result.updateAt(firstParent, 0.5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> result.updateAt(-1, 0.5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> result.updateAt(cascade.size(), 0.5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> result.update(world.parents().get(0), 0.5)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> cascade.goalAt(cascade.size())).isInstanceOf(InvalidInputException.class);
    assertThat(result.updateAt(cascade.leafCount() - 1, 0.75)).isNotNegative();
    assertThat(result).hasToString("CascadeResult[goals=" + cascade.size() + "]");
  }
}
