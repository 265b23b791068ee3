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
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * When the engine's scores move to a changed graph and when they load again instead: a local change
 * carries the values over (and equals a load); a goal that the roll-up rule gives a strategy of its
 * own, or a change of very many goals at once, is left to a load, with the scores untouched.
 */
class TenantScoresCarryOverTest {
  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final Function<Goal, AggregationStrategy> MEAN = g -> AggregationStrategy.weightedMean();

  private TenantStore store;

  @BeforeEach
  void plant() {
    store = MemoryStore.create().forTenant(TenantId.of("acme"));
    store.runInTransaction(work -> {
      work.goals().insert(goal("plant", GoalMeasure.derived()));
      work.goals().insert(goal("line-1", GoalMeasure.manual(0.4)));
      work.goals().insert(goal("line-2", GoalMeasure.manual(0.8)));
      work.alignment().add(AlignmentLink.of(GoalId.of("line-1"), GoalId.of("plant"), 1.0), 0);
    });
  }

  @Test
  void aLinkAddedCarriesTheValuesOverAndEqualsALoad() {
    TenantScores live = TenantScores.load(store, MEAN, AttainmentStrategy.linear());
    assertThat(live.score(GoalId.of("plant")).orElseThrow().value()).isEqualTo(0.4);
    store.runInTransaction(work ->
        work.alignment().add(AlignmentLink.of(GoalId.of("line-2"), GoalId.of("plant"), 3.0), work.alignment().graphVersion()));

    assertThat(live.refreshGraph(Set.of(), true, store)).isTrue();

    assertThat(live.score(GoalId.of("plant")).orElseThrow().value()).isEqualTo((0.4 + 3 * 0.8) / 4);
    assertThat(live.all()).isEqualTo(TenantScores.load(store, MEAN, AttainmentStrategy.linear()).all());
  }

  @Test
  void aParentTheRuleGivesAStrategyOfItsOwnIsLeftToALoad() {
    Function<Goal, AggregationStrategy> rule =
        g -> g.id().value().equals("line-1") ? AggregationStrategy.minimum() : AggregationStrategy.weightedMean();
    TenantScores live = TenantScores.load(store, rule, AttainmentStrategy.linear());
    var before = live.all();
    store.runInTransaction(work ->   // line-1 gets its first child: it needs the minimum from now on
        work.alignment().add(AlignmentLink.of(GoalId.of("line-2"), GoalId.of("line-1"), 1.0), work.alignment().graphVersion()));

    assertThat(live.refreshGraph(Set.of(), true, store)).isFalse();
    assertThat(live.all()).isEqualTo(before);
  }

  @Test
  void veryManyGoalsAtOnceAreLeftToALoad() {
    TenantScores live = TenantScores.load(store, MEAN, AttainmentStrategy.linear());
    var before = live.all();
    Set<GoalId> many = IntStream.rangeClosed(0, TenantScores.MOST_GOALS_CARRIED)
        .mapToObj(i -> GoalId.of("new-" + i)).collect(java.util.stream.Collectors.toSet());

    assertThat(live.refreshGraph(many, false, store)).isFalse();
    assertThat(live.all()).isEqualTo(before);
  }

  private static Goal goal(String id, GoalMeasure measure) {
    return Goal.builder().id(GoalId.of(id)).title("Goal " + id)
        .owner(GoalOwner.unit(OrgUnitId.of("plant"))).level(GoalLevel.UNIT)
        .period(H1).measure(measure).status(GoalStatus.ACTIVE).build();
  }
}
