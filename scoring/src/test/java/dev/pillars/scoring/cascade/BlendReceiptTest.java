package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.StrategyConfig;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The receipt of a goal that blends a value of its own with its children's score, line by line, in
 * each of the three cases: both present, only the children's, only its own; and the notes for the
 * children left out, in order.
 *
 * <pre>
 * sales (manual measure, blend 0.25) <- east (1), west (1, cancelled), north (1, draft)
 * </pre>
 */
class BlendReceiptTest {
  private static final GoalId SALES = GoalId.of("sales");
  private static final GoalId EAST = GoalId.of("east");
  private static final GoalId WEST = GoalId.of("west");
  private static final GoalId NORTH = GoalId.of("north");
  private static final String LEFT_OUT = ": left out (counted statuses: [ACTIVE, ACHIEVED, PARTIALLY_ACHIEVED, MISSED])";

  private static Goal goal(GoalId id, GoalMeasure measure, GoalStatus status) {
    return Goal.builder().id(id).title(id.value()).owner(GoalOwner.unit(OrgUnitId.of("unit-" + id.value())))
        .level(GoalLevel.UNIT).period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
        .measure(measure).status(status).build();
  }

  /** West and north are linked before east, so their notes come out of the graph in that order. */
  private static final AlignmentGraph GRAPH = AlignmentGraph.builder()
      .addGoal(goal(SALES, GoalMeasure.manual(0.1), GoalStatus.ACTIVE))
      .addGoal(goal(WEST, GoalMeasure.manual(0.3), GoalStatus.CANCELLED))
      .addGoal(goal(NORTH, GoalMeasure.manual(0.3), GoalStatus.DRAFT))
      .addGoal(goal(EAST, GoalMeasure.manual(0.3), GoalStatus.ACTIVE))
      .addLink(WEST, SALES, 1).addLink(NORTH, SALES, 1).addLink(EAST, SALES, 1)
      .build();

  private static final Cascade CASCADE = Cascade.builder(GRAPH).measuredParent(SALES, MeasuredParentRule.blend(0.25)).build();

  private static final StrategyConfig BLEND = StrategyConfig.of("blend").with("ownShare", 0.25);

  @Test
  void withBothTheLinesWeighTheShares() {
    CascadeResult result = CASCADE.rollUp(CASCADE.leafValues().set(SALES, 0.8).set(EAST, 0.4).set(WEST, 1).set(NORTH, 1));
    assertThat(result.score(SALES)).hasValue(0.25 * 0.8 + 0.75 * 0.4);
    Receipt receipt = result.receipt(SALES).orElseThrow();
    assertThat(receipt.config()).isEqualTo(BLEND);
    assertThat(receipt.lines()).containsExactly(
        ReceiptLine.of("own measure", 0.8, 0.25, 0.25 * 0.8), ReceiptLine.of("children", 0.4, 0.75, 0.75 * 0.4));
    assertThat(receipt.notes()).containsExactly(
        "north is DRAFT" + LEFT_OUT, "west is CANCELLED" + LEFT_OUT, "children: weighted-mean{} = 0.4");
    assertThat(receipt.unroundedValue()).isEqualTo(0.25 * 0.8 + 0.75 * 0.4);
  }

  @Test
  void withoutAnOwnValueTheChildrensScoreWeighsAll() {
    CascadeResult result = CASCADE.rollUp(CASCADE.leafValues().set(EAST, 0.4));
    assertThat(result.score(SALES)).hasValue(0.4);
    Receipt receipt = result.receipt(SALES).orElseThrow();
    assertThat(receipt.config()).isEqualTo(BLEND);
    assertThat(receipt.lines()).containsExactly(ReceiptLine.of("children", 0.4, 1.0, 0.4));
    assertThat(receipt.notes()).endsWith("sales has no own value: its children's score only");
  }

  @Test
  void withoutAChildScoredItsOwnValueWeighsAll() {
    CascadeResult result = CASCADE.rollUp(CASCADE.leafValues().set(SALES, 0.8));
    assertThat(result.score(SALES)).hasValue(0.8);
    assertThat(result.noScoreReason(SALES)).isEmpty();
    Receipt receipt = result.receipt(SALES).orElseThrow();
    assertThat(receipt.config()).isEqualTo(BLEND);
    assertThat(receipt.lines()).containsExactly(ReceiptLine.of("own measure", 0.8, 1.0, 0.8));
    assertThat(receipt.notes()).containsExactly(
        "east has no score (NO_VALUE): left out (MissingScorePolicy.EXCLUDE)",
        "north is DRAFT" + LEFT_OUT, "west is CANCELLED" + LEFT_OUT,
        "no child of sales has a score (NO_CHILD_SCORED): its own value only");
    assertThat(receipt.unroundedValue()).isEqualTo(0.8);
  }

  @Test
  void withNeitherThereIsNoScore() {
    CascadeResult result = CASCADE.rollUp(CASCADE.leafValues());
    assertThat(result.score(SALES)).isEmpty();
    assertThat(result.receipt(SALES)).isEmpty();
    assertThat(result.noScoreReason(SALES)).hasValue(NoScoreReason.NO_CHILD_SCORED);
  }
}
