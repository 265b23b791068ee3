package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.GoalStatusChanged;
import dev.pillars.core.org.EmployeeErased;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.org.LeaverRule;
import dev.pillars.engine.score.ScoreChange;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform services' remaining rules, each with what it says: erasure's pseudonyms and its
 * silence when there is nothing to erase, the right a KPI's series needs, what a what-if needs of
 * its actor and the order of its answer, the outbox relay with nothing pending, and the order in
 * which a leaver's goals are cancelled.
 */
class PlatformChecksTest extends EngineTestBase {
  @BeforeEach
  void plant() {
    EngineFixture.plant(pillars);
    delivered.clear();
  }

  private static Actor.SystemActor system(Action... actions) {
    return Actor.system("tool", EnumSet.of(actions[0], actions));
  }

  @Test
  void erasureUnderARandomPseudonymGivesEachPersonTheirOwn() {
    ErasureReport cleo = as(HR).privacy().erase(CLEO);
    ErasureReport ben = as(HR).privacy().erase(BEN);

    assertThat(cleo.pseudonym().value()).matches("erased-[0-9a-f]{16}");
    assertThat(ben.pseudonym().value()).matches("erased-[0-9a-f]{16}").isNotEqualTo(cleo.pseudonym().value());
    assertThat(delivered).extracting(PublishedEvent::event).hasSize(2)
        .allSatisfy(e -> assertThat(e).isInstanceOf(EmployeeErased.class));
  }

  @Test
  void erasingSomeoneTheTenantHoldsNothingOfChangesNothingAndSaysNothing() {
    ErasureReport report = as(HR).privacy().erase(EmployeeId.of("nobody"), EmployeeId.of("erased-1"));

    assertThat(report.nothingFound()).isTrue();
    assertThat(delivered).isEmpty();
    assertThat(as(HR).organisation().snapshot().employee(EmployeeId.of("erased-1"))).isEmpty();
  }

  @Test
  void aKpisSeriesNeedsTheRightToSeeKpisAndAKnownKpi() {
    assertThatThrownBy(() -> as(system(Action.VIEW_GOAL)).kpis().series(DEFECTS))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("system:tool")
        .hasMessageContaining("VIEW_KPI");
    assertThatThrownBy(() -> as(HR).kpis().series(dev.pillars.core.kpi.KpiId.of("nowhere")))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessageContaining("nowhere");
    assertThat(as(system(Action.VIEW_KPI)).kpis().series(DEFECTS).isEmpty()).isTrue();
  }

  @Test
  void aWhatIfLinkNeedsTheRightToAlignTheChildAndToSeeTheParent() {
    assertThatThrownBy(() -> as(system(Action.VIEW_GOAL, Action.VIEW_SCORE)).whatIf()
        .align(ANA_GOAL, BEN_GOAL, 1.0).run())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("ALIGN_GOAL")
        .hasMessageContaining(ANA_GOAL.value());
    assertThatThrownBy(() -> as(system(Action.ALIGN_GOAL, Action.VIEW_SCORE)).whatIf()
        .align(ANA_GOAL, BEN_GOAL, 1.0).run())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("VIEW_GOAL")
        .hasMessageContaining(BEN_GOAL.value());
    // Ben's goal would be scored from Ana's, which has no score yet
    assertThat(as(system(Action.ALIGN_GOAL, Action.VIEW_GOAL, Action.VIEW_SCORE)).whatIf()
        .align(ANA_GOAL, BEN_GOAL, 1.0).run()).extracting(ScoreChange::goal).containsExactly(BEN_GOAL, PLANT_GOAL);
  }

  @Test
  void aWhatIfUnlinkNeedsTheRightToAlignTheChild() {
    assertThatThrownBy(() -> as(system(Action.VIEW_GOAL, Action.VIEW_SCORE)).whatIf()
        .unalign(BEN_GOAL, PLANT_GOAL).run())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("ALIGN_GOAL")
        .hasMessageContaining(BEN_GOAL.value());
  }

  @Test
  void aWhatIfIsDeniedAScoreItWouldChangeButTheActorMayNotSee() {
    as(HR).goals().checkIn(BEN_GOAL, 0.4, 0.9, java.util.Optional.empty());

    assertThatThrownBy(() -> as(system(Action.CHECK_IN)).whatIf().checkIn(BEN_GOAL, 0.8).run())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("VIEW_SCORE");
    assertThat(as(system(Action.CHECK_IN, Action.VIEW_SCORE)).whatIf().checkIn(BEN_GOAL, 0.8).run())
        .extracting(ScoreChange::goal).containsExactly(BEN_GOAL, PLANT_GOAL);
  }

  @Test
  void aWhatIfAnswersInTheOrderOfTheGoalsIds() {
    List<ScoreChange> changes = as(HR).whatIf()
        .measure(DEFECTS, LocalDate.of(2026, 2, 2), 3.0)
        .checkIn(BEN_GOAL, 0.6)
        .run();

    assertThat(changes).extracting(ScoreChange::goal).containsExactly(ANA_GOAL, BEN_GOAL, PLANT_GOAL);
    assertThat(changes.get(2).after().orElseThrow().value()).isEqualTo((0.5 + 0.6) / 2);
  }

  @Test
  void aWhatIfReadsAsItsChangesAndItsRollUp() {
    var whatIf = as(HR).whatIf().checkIn(BEN_GOAL, 0.6);
    AggregationStrategy minimum = AggregationStrategy.minimum();

    assertThat(whatIf.toString()).startsWith("WhatIf[").doesNotContain(" with ");
    assertThat(whatIf.rollUp(minimum).toString()).isEqualTo(whatIf + " with " + minimum.config());
  }

  @Test
  void theOutboxRelayWithNothingPendingPublishesNothing() {
    List<Object> published = new java.util.ArrayList<>();

    assertThat(pillars.tenant(ACME).outbox().relay(10, published::add)).isZero();
    assertThat(published).isEmpty();
    assertThat(pillars.tenant(ACME).outbox().pending()).isZero();
  }

  @Test
  void aLeaversOpenGoalsAreCancelledInTheOrderOfTheirIds() {
    for (String id : List.of("ben-zeta", "ben-alpha", "ben-mu")) {
      as(HR).goals().create(EngineFixture.goal(GoalId.of(id), GoalOwner.employee(BEN), GoalLevel.INDIVIDUAL,
          GoalMeasure.manual(0)));
    }
    Organisation now = as(HR).organisation().snapshot();
    Organisation without = Organisation.of(ACME, now.units(),
        now.employees().stream().filter(e -> !e.id().equals(BEN)).collect(Collectors.toList()));
    delivered.clear();

    as(HR).organisation().synchronise(without, LeaverRule.CANCEL);

    assertThat(delivered).extracting(PublishedEvent::event)
        .filteredOn(e -> e instanceof GoalStatusChanged)
        .extracting(e -> ((GoalStatusChanged) e).goalId().value())
        .containsExactly("ben-alpha", "ben-checklist", "ben-mu", "ben-zeta");
    assertThat(as(HR).goals().find(GoalId.of("ben-zeta")).orElseThrow().status()).isEqualTo(GoalStatus.CANCELLED);
  }
}
