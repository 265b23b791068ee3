package dev.pillars.scoring.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.org.OrgUnitId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Leaf values in a cascade with a blending goal: its own value is set, read and counted like a
 * leaf's, also by index; {@link LeafValues#putGoalProgress()} takes each leaf's and each blending
 * goal's reported progress and leaves goals scored from their children alone.
 *
 * <pre>
 * region (manual 0.6, blend 0.5) <- shop (manual 0.2), depot (manual 0.4)
 * group  (manual 0.9, children)  <- region
 * </pre>
 */
class LeafValuesBlendTest {
  private static final GoalId REGION = GoalId.of("region");
  private static final GoalId GROUP = GoalId.of("group");
  private static final GoalId SHOP = GoalId.of("shop");
  private static final GoalId DEPOT = GoalId.of("depot");

  private static Goal manual(GoalId id, double progress) {
    return Goal.builder().id(id).title(id.value() + " target").owner(GoalOwner.unit(OrgUnitId.of(id.value())))
        .level(GoalLevel.UNIT).period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)))
        .status(GoalStatus.ACTIVE).measure(GoalMeasure.manual(progress)).build();
  }

  private static final Cascade CASCADE = Cascade.builder(AlignmentGraph.builder()
          .addGoal(manual(REGION, 0.6)).addGoal(manual(GROUP, 0.9)).addGoal(manual(SHOP, 0.2)).addGoal(manual(DEPOT, 0.4))
          .addLink(SHOP, REGION, 1).addLink(DEPOT, REGION, 1).addLink(REGION, GROUP, 1)
          .build())
      .measuredParent(REGION, MeasuredParentRule.blend(0.5))
      .build();

  @Test
  void aBlendingGoalsOwnValueIsSetReadAndCountedLikeALeafs() {
    LeafValues values = CASCADE.leafValues();
    assertThat(values.count()).isZero();
    values.set(REGION, 0.8).setAt(CASCADE.indexOf(SHOP), 0.1);
    assertThat(values.get(REGION)).hasValue(0.8);
    assertThat(values.get(SHOP)).hasValue(0.1);
    assertThat(values.get(DEPOT)).isEmpty();
    assertThat(values.count()).isEqualTo(2);
    values.setAt(CASCADE.indexOf(REGION), 0.7);
    assertThat(values.get(REGION)).hasValue(0.7);
    assertThat(CASCADE.rollUp(values).score(REGION)).hasValue(0.5 * 0.7 + 0.5 * 0.1);
    assertThatThrownBy(() -> values.get(GROUP)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> values.setAt(CASCADE.indexOf(GROUP), 0.5)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void goalProgressFillsLeavesAndBlendsButNotGoalsScoredFromTheirChildren() {
    LeafValues values = CASCADE.leafValues().putGoalProgress();
    assertThat(values.get(SHOP)).hasValue(0.2);
    assertThat(values.get(DEPOT)).hasValue(0.4);
    assertThat(values.get(REGION)).hasValue(0.6);
    assertThat(values.count()).isEqualTo(3);
    CascadeResult result = CASCADE.rollUp(values);
    assertThat(result.score(REGION)).hasValue(0.5 * 0.6 + 0.5 * (0.2 + 0.4) / 2);
    assertThat(result.score(GROUP)).isEqualTo(result.score(REGION));
  }
}
