package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.CLOCK;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.goal.CheckInRecorded;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalCreated;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.GoalStatusChanged;
import dev.pillars.core.kpi.MeasurementRecorded;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.StaleVersionException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineTest extends EngineTestBase {

  @Test
  void aWorkflowStoresTheChangeAndDeliversItsEventsAfterCommitWithTenantActorAndId() {
    Session ben = as(Actor.person(BEN));
    ben.goals().create(EngineFixture.benGoal());
    ben.goals().activate(BEN_GOAL);
    ben.goals().checkIn(BEN_GOAL, 0.4, 0.9, Optional.of("Checklist drafted"));

    assertThat(store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().version()).isEqualTo(3);
    assertThat(store.forTenant(ACME).checkIns().count(BEN_GOAL)).isEqualTo(1);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass())
        .containsExactly(GoalCreated.class, GoalStatusChanged.class, CheckInRecorded.class);
    assertThat(delivered).allSatisfy(e -> {
      assertThat(e.tenant()).isEqualTo(ACME);
      assertThat(e.actor()).isEqualTo("person:ben");
    });
    assertThat(delivered).extracting(PublishedEvent::id).doesNotHaveDuplicates();
    assertThat(delivered.get(2).eventAs(CheckInRecorded.class).orElseThrow().checkIn().progress()).isEqualTo(0.4);
    assertThat(ben.goals().checkIns(BEN_GOAL).all()).hasSize(1);
  }

  @Test
  void aManagerActsOnAReportsGoalAndAStrangerIsDeniedWithNothingChanged() {
    as(Actor.person(BEN)).goals().create(EngineFixture.benGoal());
    as(Actor.person(ANA)).goals().activate(BEN_GOAL);
    int before = delivered.size();

    Session cleo = as(Actor.person(CLEO));
    assertThatThrownBy(() -> cleo.goals().checkIn(BEN_GOAL, 0.5, 0.5, Optional.empty()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("person:cleo may not CHECK_IN goal ben-checklist: ");
    assertThatThrownBy(() -> cleo.goals().find(BEN_GOAL)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> cleo.scores().of(BEN_GOAL)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(BEN)).kpis().define(EngineFixture.defectRate()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("DEFINE_KPI");

    assertThat(store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().version()).isEqualTo(2);
    assertThat(store.forTenant(ACME).checkIns().count(BEN_GOAL)).isZero();
    assertThat(delivered).hasSize(before);
  }

  @Test
  void aRuleBrokenOrAStoreRefusalChangesNothingAndDeliversNothing() {
    Session ben = as(Actor.person(BEN));
    ben.goals().create(EngineFixture.benGoal());
    int before = delivered.size();

    assertThatThrownBy(() -> ben.goals().transition(BEN_GOAL, GoalStatus.ACHIEVED))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> ben.goals().create(EngineFixture.benGoal()))
        .isInstanceOf(DuplicateAggregateException.class);
    assertThatThrownBy(() -> ben.goals().checkIn(BEN_GOAL, 0.5, 0.5, Optional.empty()))
        .hasMessageContaining("status was DRAFT");
    assertThatThrownBy(() -> ben.goals().checkIn(BEN_GOAL, 2.0, 0.5, Optional.empty()))
        .hasMessageContaining("progress was 2.0");

    assertThat(store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().version()).isEqualTo(1);
    assertThat(delivered).hasSize(before);
  }

  @Test
  void aThrowingEventSinkDoesNotUndoTheCommittedChange() {
    Pillars failing = Pillars.builder().store(store).clock(CLOCK)
        .events(events -> { throw new IllegalStateException("broker down"); })
        .build();
    Goal created = failing.tenant(ACME).as(Actor.person(BEN)).goals().create(EngineFixture.benGoal());
    assertThat(store.forTenant(ACME).goals().find(created.id())).isPresent();
  }

  @Test
  void scoresFollowCheckInsAndMeasurementsIncrementallyAndEqualAFreshLoad() {
    EngineFixture.plant(pillars);
    Session hr = as(HR);
    assertThat(hr.scores().of(PLANT_GOAL).orElseThrow().value()).isEqualTo(0.0);

    as(Actor.person(BEN)).goals().checkIn(BEN_GOAL, 0.5, 0.8, Optional.empty());
    as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 23), 3.0);

    GoalScore ana = hr.scores().of(ANA_GOAL).orElseThrow();
    assertThat(ana.value()).isCloseTo(0.5, within(1e-12));      // 4 -> 2, measured 3
    assertThat(ana.receipt()).isPresent();
    GoalScore plant = hr.scores().of(PLANT_GOAL).orElseThrow();
    assertThat(plant.value()).isCloseTo(0.5, within(1e-12));
    assertThat(plant.receipt().orElseThrow().lines()).hasSize(2);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).contains(MeasurementRecorded.class);

    Pillars restarted = Pillars.builder().store(store).clock(CLOCK).build();
    for (var goal : List.of(PLANT_GOAL, BEN_GOAL, ANA_GOAL)) {
      assertThat(restarted.tenant(ACME).as(HR).scores().of(goal)).isEqualTo(hr.scores().of(goal));
    }
  }

  @Test
  void anOptimisticConflictIsRepeatedOnFreshDataUpToTheRetryLimit() {
    as(Actor.person(BEN)).goals().create(EngineFixture.benGoal());
    as(Actor.person(BEN)).goals().activate(BEN_GOAL);
    TickingClock clock = new TickingClock(CLOCK.instant());
    Pillars other = Pillars.builder().store(store).clock(clock).build();

    Pillars retrying = Pillars.builder().store(store).clock(clock).events(delivered::addAll)
        .access(new InterferingPolicy(other, 1)).build();
    retrying.tenant(ACME).as(Actor.person(BEN)).goals().checkIn(BEN_GOAL, 0.6, 0.9, Optional.empty());
    assertThat(store.forTenant(ACME).checkIns().count(BEN_GOAL)).isEqualTo(2);
    assertThat(store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().value().progress().getAsDouble())
        .isEqualTo(0.6);

    Pillars once = Pillars.builder().store(store).clock(clock).retries(RetryPolicy.none())
        .access(new InterferingPolicy(other, 1)).build();
    assertThatThrownBy(() -> once.tenant(ACME).as(Actor.person(BEN)).goals().checkIn(BEN_GOAL, 0.7, 0.9, Optional.empty()))
        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
          assertThat(e.aggregateId()).isEqualTo(BEN_GOAL.value());
          assertThat(e.actualVersion()).isGreaterThan(e.expectedVersion());
        });
  }

  @Test
  void theBuilderNamesWhatIsMissing() {
    assertThatThrownBy(() -> Pillars.builder().clock(CLOCK).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("store");
    assertThatThrownBy(() -> Pillars.builder().store(store).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock");
    assertThatThrownBy(() -> pillars.tenant(null)).isInstanceOf(NullPointerException.class).hasMessage("tenant");
    assertThatThrownBy(() -> RetryPolicy.attempts(0)).hasMessageContaining("maxAttempts was 0");
  }
}
