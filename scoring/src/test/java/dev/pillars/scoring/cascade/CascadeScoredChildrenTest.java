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
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The case the engine's tenant showed: a unit goal with 1,000 leaves of which only a few have a
 * value yet, under {@link MissingScorePolicy#EXCLUDE}. Its score is the strategy's over the leaves
 * that have one, and an update of one of its leaves runs on the primitive loop, without allocating;
 * a parent whose every child is left out has no score; inputs the strategy refuses are refused.
 */
class CascadeScoredChildrenTest {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final GoalId UNIT = GoalId.of("unit");
  private static final int LEAVES = 1_000;

  private static GoalId leaf(int i) {
    return GoalId.of(String.format("leaf-%04d", i));
  }

  private static Goal person(GoalId id) {
    return Goal.builder().id(id).title("Goal " + id).owner(GoalOwner.employee(EmployeeId.of(id.value())))
        .level(GoalLevel.INDIVIDUAL).period(YEAR).status(GoalStatus.ACTIVE).measure(GoalMeasure.manual(0)).build();
  }

  /** The unit goal over 1,000 leaves, leaf i linked with weight 1 + i % 3. */
  private static Cascade unit(AggregationStrategy strategy) {
    AlignmentGraph.Builder graph = AlignmentGraph.builder().addGoal(
        Goal.builder().id(UNIT).title("Unit").owner(GoalOwner.unit(OrgUnitId.of("u"))).level(GoalLevel.UNIT)
            .period(YEAR).status(GoalStatus.ACTIVE).measure(GoalMeasure.derived()).build());
    for (int i = 0; i < LEAVES; i++) {
      graph.addGoal(person(leaf(i))).addLink(leaf(i), UNIT, 1 + i % 3);
    }
    return Cascade.builder(graph.build()).defaultStrategy(strategy).missingScores(MissingScorePolicy.EXCLUDE).build();
  }

  @Test
  void aUnitWithAFewScoredLeavesOutOfAThousandScoresAsItsStrategyOverThoseLeaves() {
    Cascade cascade = unit(AggregationStrategy.weightedMean());
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(leaf(7), 0.25).set(leaf(500), 0.75));
    // weights 2 and 3: (0.25 * 2 + 0.75 * 3) / 5
    assertThat(result.score(UNIT)).hasValue(AggregationStrategy.weightedMean().aggregate(List.of(
        new WeightedScore(leaf(7).value(), 0.25, 2, 1), new WeightedScore(leaf(500).value(), 0.75, 3, 1)))
        .receipt().unroundedValue());
    assertThat(result.score(UNIT).getAsDouble()).isCloseTo(0.55, org.assertj.core.data.Offset.offset(1e-15));

    result.update(leaf(999), 1.0); // weight 1: (0.5 + 2.25 + 1) / 6
    assertThat(result.score(UNIT).getAsDouble()).isEqualTo(
        AggregationStrategy.weightedMean().aggregate(List.of(
            new WeightedScore(leaf(7).value(), 0.25, 2, 1), new WeightedScore(leaf(500).value(), 0.75, 3, 1),
            new WeightedScore(leaf(999).value(), 1.0, 1, 1))).receipt().unroundedValue());
    assertThat(result.receipt(UNIT).orElseThrow().unroundedValue()).isEqualTo(result.score(UNIT).getAsDouble());
  }

  @Test
  void everyBuiltInLeavesOutTheLeavesWithoutAValueAndHasNoScoreWhenAllAreLeftOut() {
    for (AggregationStrategy strategy : List.of(AggregationStrategy.weightedMean(), AggregationStrategy.mean(),
        AggregationStrategy.proportionalToTarget(), AggregationStrategy.minimum(), AggregationStrategy.okr())) {
      Cascade cascade = unit(strategy);
      CascadeResult result = cascade.rollUp(cascade.leafValues());
      assertThat(result.score(UNIT)).as("%s", strategy).isEmpty();
      assertThat(result.noScoreReason(UNIT)).hasValue(NoScoreReason.NO_CHILD_SCORED);

      List<WeightedScore> scored = new ArrayList<>();
      for (int i = 3; i < LEAVES; i += 97) {
        double value = (i % 10) / 10.0;
        result.update(leaf(i), value);
        scored.add(new WeightedScore(leaf(i).value(), value, 1 + i % 3, 1));
        assertThat(result.score(UNIT).getAsDouble()).as("%s after %s", strategy, leaf(i))
            .isEqualTo(strategy.aggregate(scored).receipt().unroundedValue());
      }
      for (int i = 3; i < LEAVES; i += 97) {
        result.clear(leaf(i));
      }
      assertThat(result.score(UNIT)).as("%s", strategy).isEmpty();
    }
  }

  @Test
  void anUpdateUnderAUnitWithLeavesWithoutAValueAllocatesNothing() throws Exception {
    Cascade cascade = unit(AggregationStrategy.weightedMean());
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(leaf(1), 0.5));
    for (int round = 0; round < 20; round++) { // the working arrays grow, the counter's reflection settles
      result.update(leaf(2), 0.25);
      result.update(leaf(2), 0.75);
      allocated();
    }
    long counter = -allocated() + allocated(); // what reading the counter allocates
    GoalId updated = leaf(2);
    long before = allocated();
    for (int i = 0; i < 1_000; i++) {
      result.update(updated, i / 1_000.0);
    }
    long bytes = allocated() - before - counter;
    // through the strategy, each update would allocate its inputs, a receipt line per scored child
    // and a map of the 1,000 link weights: tens of kilobytes per update, not under a byte
    assertThat(bytes).isLessThan(1_000);
    assertThat(result.score(UNIT).getAsDouble()).isEqualTo(
        AggregationStrategy.weightedMean().aggregate(List.of(new WeightedScore(leaf(1).value(), 0.5, 2, 1),
            new WeightedScore(leaf(2).value(), 0.999, 3, 1))).receipt().unroundedValue());
  }

  /** The bytes this thread has allocated, from the JDK's management bean, read by reflection. */
  private static long allocated() throws Exception {
    Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    Method bytes = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
    return (Long) bytes.invoke(threads);
  }

  @Test
  void whatTheStrategyRefusesAmongTheScoredChildrenIsRefusedAndNoScoreChanges() {
    Cascade okr = unit(AggregationStrategy.okr());
    assertThatThrownBy(() -> okr.rollUp(okr.leafValues().set(leaf(0), 0.5).set(leaf(1), 1.5)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(leaf(1).value());
    CascadeResult graded = okr.rollUp(okr.leafValues().set(leaf(0), 0.5));
    assertThatThrownBy(() -> graded.update(leaf(5), -0.5)).isInstanceOf(InvalidInputException.class);
    assertThat(graded.score(UNIT)).hasValue(0.5);

    // by target: the scored children's weight times size adds up to 0
    AlignmentGraph graph = unitGraph(2, 1);
    Cascade sized = Cascade.builder(graph).defaultStrategy(AggregationStrategy.proportionalToTarget())
        .targetSize(leaf(0), 0).build();
    CascadeResult result = sized.rollUp(sized.leafValues().set(leaf(0), 0.25).set(leaf(1), 0.5));
    assertThat(result.score(UNIT)).hasValue(0.5);
    assertThatThrownBy(() -> result.clear(leaf(1))).isInstanceOf(InvalidInputException.class)
        .hasMessage(messageOf(() -> AggregationStrategy.proportionalToTarget().aggregate(
            List.of(new WeightedScore(leaf(0).value(), 0.25, 1, 0)))).orElseThrow());
    assertThat(result.score(UNIT)).hasValue(0.5);
    assertThat(result.hasLeafValue(leaf(1))).isTrue();
    assertThatThrownBy(() -> sized.rollUp(sized.leafValues().set(leaf(0), 0.25)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void weightsWhoseTotalOverflowsGiveTheStrategysScore() {
    double huge = Math.scalb(1.0, 1023);
    Cascade cascade = Cascade.builder(unitGraph(3, huge)).build();
    CascadeResult result = cascade.rollUp(cascade.leafValues().set(leaf(0), 0.25).set(leaf(1), 0.75));
    double expected = AggregationStrategy.weightedMean().aggregate(List.of(
        new WeightedScore(leaf(0).value(), 0.25, huge, 1), new WeightedScore(leaf(1).value(), 0.75, huge, 1)))
        .receipt().unroundedValue();
    assertThat(result.score(UNIT)).hasValue(expected);
    assertThat(expected).isEqualTo(0.5);
  }

  private static AlignmentGraph unitGraph(int leaves, double weight) {
    AlignmentGraph.Builder graph = AlignmentGraph.builder().addGoal(
        Goal.builder().id(UNIT).title("Unit").owner(GoalOwner.unit(OrgUnitId.of("u"))).level(GoalLevel.UNIT)
            .period(YEAR).status(GoalStatus.ACTIVE).measure(GoalMeasure.derived()).build());
    for (int i = 0; i < leaves; i++) {
      graph.addGoal(person(leaf(i))).addLink(leaf(i), UNIT, weight);
    }
    return graph.build();
  }

  private static Optional<String> messageOf(Runnable call) {
    try {
      call.run();
      return Optional.empty();
    } catch (InvalidInputException e) {
      return Optional.ofNullable(e.getMessage());
    }
  }
}
