package dev.pillars.scoring.cascade;

import static dev.pillars.scoring.cascade.UnitGoals.goal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import org.junit.jupiter.api.Test;

/**
 * {@link Cascade#footprintBytes()} and {@link CascadeResult#footprintBytes()} against byte counts
 * worked out by hand from the arrays the compact form documents (a 16-byte header plus the
 * elements, rounded up to 8 bytes), over a graph with a goal under two parents:
 *
 * <pre>
 * r <- a (1), b (2)
 * a <- a1 (1), x (3)
 * b <- b1 (1), x (1)
 * </pre>
 *
 * Six goals, three of them leaves; six links; {@code x}'s list of two parents takes five ints.
 */
class CascadeFootprintTest {
  private static final GoalId R = GoalId.of("r");
  private static final GoalId A = GoalId.of("a");
  private static final GoalId B = GoalId.of("b");
  private static final GoalId A1 = GoalId.of("a1");
  private static final GoalId B1 = GoalId.of("b1");
  private static final GoalId X = GoalId.of("x");

  private static final AlignmentGraph GRAPH = AlignmentGraph.builder()
      .addGoal(goal(R, GoalMeasure.derived())).addGoal(goal(A, GoalMeasure.manual(0.1))).addGoal(goal(B, GoalMeasure.derived()))
      .addGoal(goal(A1, GoalMeasure.manual(0.2))).addGoal(goal(B1, GoalMeasure.manual(0.3))).addGoal(goal(X, GoalMeasure.manual(0.4)))
      .addLink(A, R, 1).addLink(B, R, 2).addLink(A1, A, 1).addLink(X, A, 3).addLink(B1, B, 1).addLink(X, B, 1)
      .build();

  /** indexAt and positionOf (6 ints each), rows (2 per parent and a sentinel pair: 8 ints),
   * child (6 ints), childWeight and linkWeight (6 doubles each), up (6 longs), manyUp (5 ints). */
  private static final long COMPACT_FORM = 40 + 40 + 48 + 40 + 64 + 64 + 64 + 40;

  /** values and linked (6 doubles each), the heap and the undo log's indices (64 ints each) and
   * values (64 doubles). */
  private static final long RESULT = 64 + 64 + 272 + 272 + 528;

  @Test
  void theCompactFormCountsEachArrayFromItsLength() {
    Cascade cascade = Cascade.of(GRAPH);
    assertThat(cascade.size()).isEqualTo(6);
    assertThat(cascade.leafCount()).isEqualTo(3);
    assertThat(cascade.footprintBytes()).isEqualTo(COMPACT_FORM);
  }

  @Test
  void targetSizesAddOneDoublePerGoalAndBlendsOnePerGoalWithChildren() {
    Cascade sized = Cascade.builder(GRAPH).targetSize(A1, 2).build();
    assertThat(sized.footprintBytes()).isEqualTo(COMPACT_FORM + 64);
    Cascade blended = Cascade.builder(GRAPH).measuredParent(A, MeasuredParentRule.blend(0.5)).build();
    assertThat(blended.footprintBytes()).isEqualTo(COMPACT_FORM + 40);
  }

  @Test
  void aResultCountsItsScoresTheirCopiesAndItsWorkingArrays() {
    Cascade cascade = Cascade.of(GRAPH);
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(A1, 0.5).set(B1, 0.25).set(X, 1));
    assertThat(result.footprintBytes()).isEqualTo(RESULT);
    assertThat(result.copy().footprintBytes()).isEqualTo(RESULT);
    Cascade zero = Cascade.builder(GRAPH).missingScores(MissingScorePolicy.ZERO).build();
    // one 64-bit word of supplied bits
    assertThat(zero.rollUp(zero.leafValues()).footprintBytes()).isEqualTo(RESULT + 24);
    Cascade blended = Cascade.builder(GRAPH).measuredParent(A, MeasuredParentRule.blend(0.5)).build();
    // one own value per goal with children
    assertThat(blended.rollUp(blended.leafValues()).footprintBytes()).isEqualTo(RESULT + 40);
  }

  @Test
  void theByteCountRoundsEachArrayUpToEightBytes() {
    assertThat(Layout.bytes(0, 4)).isEqualTo(16);
    assertThat(Layout.bytes(1, 4)).isEqualTo(24);
    assertThat(Layout.bytes(2, 4)).isEqualTo(24);
    assertThat(Layout.bytes(3, 4)).isEqualTo(32);
    assertThat(Layout.bytes(1, 8)).isEqualTo(24);
    assertThat(Layout.bytes(Integer.MAX_VALUE, 8)).isEqualTo(16L + 8L * Integer.MAX_VALUE);
  }
}
