package dev.pillars.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the live scores follow one committed change at a time: each refresh either reads what changed
 * and ends equal to a load from the store, or says (by returning false, with nothing changed) that
 * the scores should load again. The plant is scored from line 1 (manual, 0.4); line 2 (manual, 0.8)
 * and line 3 (measured by the defect rate, 4 → 2) stand apart until a test links them.
 */
class TenantScoresRefreshTest {
  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  private static final Function<Goal, AggregationStrategy> MEAN = g -> AggregationStrategy.weightedMean();
  private static final AttainmentStrategy LINEAR = AttainmentStrategy.linear();
  private static final GoalId PLANT = GoalId.of("plant");
  private static final GoalId LINE_1 = GoalId.of("line-1");
  private static final GoalId LINE_2 = GoalId.of("line-2");
  private static final GoalId LINE_3 = GoalId.of("line-3");
  private static final KpiId DEFECTS = KpiId.of("defect-rate");

  private TenantStore store;

  @BeforeEach
  void plant() {
    store = MemoryStore.create().forTenant(TenantId.of("acme"));
    store.runInTransaction(work -> {
      work.goals().insert(goal(PLANT, GoalMeasure.derived()));
      work.goals().insert(goal(LINE_1, GoalMeasure.manual(0.4)));
      work.goals().insert(goal(LINE_2, GoalMeasure.manual(0.8)));
      work.goals().insert(goal(LINE_3, GoalMeasure.kpi(DEFECTS, KpiTarget.of(4.0, 2.0))));
      work.alignment().add(AlignmentLink.of(LINE_1, PLANT, 1.0), 0);
    });
  }

  @Test
  void aGoalTheScoresDoNotHoldHasNoScoreAndItsRefreshChangesNothing() {
    TenantScores live = load(MEAN);
    Map<GoalId, Optional<GoalScore>> before = live.all();

    assertThat(live.score(GoalId.of("elsewhere"))).isEmpty();
    assertThat(live).hasToString("TenantScores[goals=4, kpis=defect-rate]");
    assertThat(live.refreshGoal(GoalId.of("elsewhere"), store)).isTrue();
    assertThat(live.all()).isEqualTo(before);
  }

  @Test
  void aLeafsNewProgressIsCarriedUpAndTheRefreshSaysSo() {
    TenantScores live = load(MEAN);
    update(checkedIn(LINE_1, 0.9));

    assertThat(live.refreshGoal(LINE_1, store)).isTrue();

    assertThat(live.score(PLANT).orElseThrow().value()).isEqualTo(0.9);
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void aParentsOwnCheckInMovesTheScoresToTheGoalReadAgain() {
    link(LINE_2, LINE_1, 1.0);   // line 1 is a parent now, scored from line 2
    TenantScores live = load(MEAN);
    update(checkedIn(LINE_1, 0.7));

    assertThat(live.refreshGoal(LINE_1, store)).isTrue();

    assertThat(live.score(LINE_1).orElseThrow().value()).isEqualTo(0.8);
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void aParentsCheckInThatGivesItAnotherStrategyIsLeftToALoad() {
    link(LINE_2, LINE_1, 1.0);
    // the rule reads the goal: a parent with its own progress above one half takes the minimum
    Function<Goal, AggregationStrategy> rule = g -> g.progress().orElse(0) > 0.5
        ? AggregationStrategy.minimum() : AggregationStrategy.weightedMean();
    TenantScores live = load(rule);
    Map<GoalId, Optional<GoalScore>> before = live.all();
    update(checkedIn(LINE_1, 0.7));

    assertThat(live.refreshGoal(LINE_1, store)).isFalse();
    assertThat(live.all()).isEqualTo(before);
  }

  @Test
  void aParentThatKeepsItsOwnStrategyIsCarriedOver() {
    Function<Goal, AggregationStrategy> rule = g -> g.id().equals(PLANT)
        ? AggregationStrategy.minimum() : AggregationStrategy.weightedMean();
    TenantScores live = load(rule);
    link(LINE_2, PLANT, 1.0);

    assertThat(live.refreshGraph(Set.of(PLANT), true, store)).isTrue();

    assertThat(live.score(PLANT).orElseThrow().value()).isEqualTo(0.4);
    assertThat(live.all()).isEqualTo(load(rule).all());
  }

  @Test
  void aLeafThatBecomesAParentUnderTheDefaultStrategyIsCarriedOver() {
    TenantScores live = load(MEAN);
    link(LINE_2, LINE_1, 1.0);

    assertThat(live.refreshGraph(Set.of(), true, store)).isTrue();

    assertThat(live.score(PLANT).orElseThrow().value()).isEqualTo(0.8);
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void exactlyTheMostGoalsCarriedAreStillCarried() {
    TenantScores live = load(MEAN);
    Map<GoalId, Optional<GoalScore>> before = live.all();
    Set<GoalId> most = IntStream.range(0, TenantScores.MOST_GOALS_CARRIED)
        .mapToObj(i -> GoalId.of("new-" + i)).collect(Collectors.toSet());

    assertThat(live.refreshGraph(most, false, store)).isTrue();
    assertThat(live.all()).isEqualTo(before);
  }

  @Test
  void aGoalGoneFromTheStoreLeavesTheScoresWithItsLinks() {
    TenantScores live = load(MEAN);
    store.runInTransaction(work -> {
      work.alignment().remove(LINE_1, PLANT, work.alignment().graphVersion());
      work.goals().delete(LINE_1, work.goals().find(LINE_1).orElseThrow().version());
    });

    assertThat(live.refreshGraph(Set.of(LINE_1), false, store)).isTrue();

    assertThat(live.score(LINE_1)).isEmpty();
    assertThat(live.score(PLANT)).isEmpty();
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void aLeafThatLosesItsValueHasItsOldValueCleared() {
    define();
    TenantScores live = load(MEAN);
    // line 1 is measured by the defect rate from now on, which has no value yet
    update(goal(LINE_1, GoalMeasure.kpi(DEFECTS, KpiTarget.of(4.0, 2.0))));

    assertThat(live.refreshGraph(Set.of(LINE_1), false, store)).isTrue();

    assertThat(live.score(LINE_1)).isEmpty();
    assertThat(live.score(PLANT)).isEmpty();
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void aLeafNoLongerMeasuredByAKpiLosesTheKpisReceipt() {
    define();
    measure(LocalDate.of(2026, 2, 2), 3.0);
    link(LINE_3, PLANT, 1.0);
    TenantScores live = load(MEAN);
    assertThat(live.score(LINE_3).orElseThrow().receipt()).isPresent();
    update(goal(LINE_3, GoalMeasure.manual(0.6)));

    assertThat(live.refreshGraph(Set.of(LINE_3), false, store)).isTrue();

    assertThat(live.score(LINE_3).orElseThrow().value()).isEqualTo(0.6);
    assertThat(live.score(LINE_3).orElseThrow().receipt()).isEmpty();
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void aKpiGoalLinkedLaterFollowsItsKpisMeasurements() {
    define();
    TenantScores live = load(MEAN);
    link(LINE_3, PLANT, 1.0);
    assertThat(live.refreshGraph(Set.of(), true, store)).isTrue();
    measure(LocalDate.of(2026, 2, 2), 3.0);

    live.refreshKpi(DEFECTS, store);

    assertThat(live.score(LINE_3).orElseThrow().value()).isEqualTo(0.5);
    assertThat(live.score(PLANT).orElseThrow().value()).isEqualTo((0.4 + 0.5) / 2);
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void aKpiThatIsNotDefinedHasMeasuredNothing() {
    TenantScores live = load(MEAN);
    Map<GoalId, Optional<GoalScore>> before = live.all();

    live.refreshKpi(DEFECTS, store);

    assertThat(live.all()).isEqualTo(before);
  }

  @Test
  void aMeasurementOutsideTheGoalsPeriodGivesItNoValue() {
    define();
    TenantScores live = load(MEAN);
    measure(LocalDate.of(2025, 12, 1), 3.0);

    live.refreshKpi(DEFECTS, store);

    assertThat(live.score(LINE_3)).isEmpty();
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void aKpiDefinedAfterItsGoalsWereScoredIsFollowedFromThen() {
    TenantScores live = load(MEAN);
    define();

    assertThat(live.refreshDefinition(DEFECTS, store)).isTrue();
    measure(LocalDate.of(2026, 2, 2), 3.0);
    live.refreshKpi(DEFECTS, store);

    assertThat(live.score(LINE_3).orElseThrow().value()).isEqualTo(0.5);
    assertThat(live.all()).isEqualTo(load(MEAN).all());
  }

  @Test
  void aKpiDefinedForMoreGoalsThanAreCarriedIsLeftToALoad() {
    store.runInTransaction(work -> IntStream.rangeClosed(0, TenantScores.MOST_GOALS_CARRIED).forEach(i ->
        work.goals().insert(goal(GoalId.of("cell-" + i), GoalMeasure.kpi(DEFECTS, KpiTarget.of(4.0, 2.0))))));
    TenantScores live = load(MEAN);
    Map<GoalId, Optional<GoalScore>> before = live.all();
    define();

    assertThat(live.refreshDefinition(DEFECTS, store)).isFalse();
    assertThat(live.all()).isEqualTo(before);
  }

  private TenantScores load(Function<Goal, AggregationStrategy> rule) {
    return TenantScores.load(store, rule, LINEAR);
  }

  private void link(GoalId child, GoalId parent, double weight) {
    store.runInTransaction(work ->
        work.alignment().add(AlignmentLink.of(child, parent, weight), work.alignment().graphVersion()));
  }

  private void update(Goal goal) {
    store.runInTransaction(work -> work.goals().update(goal, work.goals().find(goal.id()).orElseThrow().version()));
  }

  private Goal checkedIn(GoalId id, double progress) {
    return store.goals().find(id).orElseThrow().value().checkIn(progress, 1.0, Optional.empty(), CLOCK).value();
  }

  private void define() {
    store.runInTransaction(work -> work.kpiDefinitions().insert(KpiDefinition.builder()
        .id(DEFECTS).name("Defect rate").unit("%")
        .direction(Direction.LOWER_IS_BETTER).aggregation(Aggregation.MEAN).frequency(Frequency.WEEKLY)
        .build()));
  }

  private void measure(LocalDate day, double value) {
    store.runInTransaction(work -> work.measurements().append(Measurement.of(DEFECTS, day, CLOCK.instant(), value)));
  }

  private static Goal goal(GoalId id, GoalMeasure measure) {
    return Goal.builder().id(id).title("Goal " + id.value())
        .owner(GoalOwner.unit(OrgUnitId.of("plant"))).level(GoalLevel.UNIT)
        .period(H1).measure(measure).status(GoalStatus.ACTIVE).build();
  }
}
