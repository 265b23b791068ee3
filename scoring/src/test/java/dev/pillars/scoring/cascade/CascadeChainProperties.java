package dev.pillars.scoring.cascade;

import static dev.pillars.scoring.cascade.UnitGoals.goal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The update's walk up a chain of single parents (without the heap), handing over to the heap at
 * a goal with two parents: a leaf under a chain of 1 to 30 goals, each with a sibling leaf, where
 * the goal at a random height may have a second parent (a side goal under the top). After any
 * sequence of updates the scores and the link copies are those of a full roll-up, bit for bit; an
 * update counts each goal it recomputes once; and a rejection by the OKR strategy of a goal on the
 * chain puts every score back.
 *
 * <pre>
 * leaf -> c1 -> c2 -> ... -> cN -> top      each ci also &lt;- si (a sibling leaf)
 *                  ch -> side -> top          (the goal at height h, sometimes)
 * </pre>
 */
class CascadeChainProperties {
  private static final GoalId LEAF = GoalId.of("leaf");
  private static final GoalId TOP = GoalId.of("top");

  private record Chain(AlignmentGraph graph, List<GoalId> chain, List<GoalId> leaves) {}

  private static Chain chain(Random r) {
    int depth = 1 + r.nextInt(30);
    int branchAt = r.nextBoolean() ? r.nextInt(depth) : -1;
    AlignmentGraph.Builder b = AlignmentGraph.builder().addGoal(goal(LEAF, GoalMeasure.manual(0))).addGoal(goal(TOP, GoalMeasure.derived()));
    List<GoalId> chain = new ArrayList<>();
    List<GoalId> leaves = new ArrayList<>(List.of(LEAF));
    GoalId below = LEAF;
    for (int i = 0; i < depth; i++) {
      GoalId c = GoalId.of("c" + i);
      GoalId s = GoalId.of("s" + i);
      b.addGoal(goal(c, GoalMeasure.derived())).addGoal(goal(s, GoalMeasure.manual(0)));
      b.addLink(below, c, 1 + r.nextInt(4)).addLink(s, c, 1 + r.nextInt(4));
      chain.add(c);
      leaves.add(s);
      below = c;
    }
    b.addLink(below, TOP, 1);
    if (branchAt >= 0) {
      GoalId side = GoalId.of("side");
      b.addGoal(goal(side, GoalMeasure.derived())).addLink(chain.get(branchAt), side, 2).addLink(side, TOP, 1);
    }
    return new Chain(b.build(), chain, leaves);
  }

  @Test
  void updatesUpAChainGiveTheScoresOfAFullRollUpAndCountEachGoalOnce() {
    qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Chain c = chain(r);
      Cascade cascade = Cascade.of(c.graph());
      LeafValues values = cascade.leafValues();
      c.leaves().forEach(leaf -> values.set(leaf, r.nextInt(101) / 100.0));
      CascadeResult result = cascade.rollUp(values);
      for (int step = 0; step < 10; step++) {
        GoalId leaf = r.nextInt(3) == 0 ? c.leaves().get(r.nextInt(c.leaves().size())) : LEAF;
        double v = r.nextInt(101) / 100.0;
        boolean changes = values.get(leaf).getAsDouble() != v;
        values.set(leaf, v);
        int recomputed = result.update(leaf, v);
        CascadeResult full = cascade.rollUp(values);
        assertThat(result.scores()).isEqualTo(full.scores());
        for (int p = 0; p < cascade.size(); p++) {
          assertThat(Double.doubleToRawLongBits(result.scoreAt(p))).isEqualTo(Double.doubleToRawLongBits(full.scoreAt(p)));
        }
        LinkedScores.assertAgree(result);
        int ancestors = cascade.graph().ancestors(leaf).size();
        assertThat(recomputed).isBetween(changes ? 1 : 0, changes ? ancestors : 0);
      }
    });
  }

  @Test
  void aRejectionOnTheChainPutsEveryScoreBack() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      Chain c = chain(r);
      GoalId okr = c.chain().get(r.nextInt(c.chain().size()));
      Cascade cascade = Cascade.builder(c.graph()).strategy(okr, AggregationStrategy.okr()).build();
      LeafValues values = cascade.leafValues();
      c.leaves().forEach(leaf -> values.set(leaf, 1.0));
      CascadeResult result = cascade.rollUp(values);
      Map<GoalId, Double> before = result.scores();
      // every goal below the OKR goal is a mean of 1.5 and ones: above 1, which OKR rejects
      assertThatThrownBy(() -> result.update(LEAF, 1.5)).isInstanceOf(InvalidInputException.class);
      assertThat(result.scores()).isEqualTo(before);
      assertThat(result.hasLeafValue(LEAF)).isTrue();
      LinkedScores.assertAgree(result);
      assertThat(result.update(LEAF, 0.5)).isPositive();
      assertThat(result.scores()).isEqualTo(cascade.rollUp(values.set(LEAF, 0.5)).scores());
      LinkedScores.assertAgree(result);
    });
  }
}
