package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.Organisation;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.org.LeaverRule;
import dev.pillars.persistence.spi.PillarsStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two engines over one store, as two application servers over one database: each notices the
 * other's commits before it answers (the store's commit count is ahead of what it has seen), so
 * neither serves a stale score or decides access on a stale organisation. A store implementation
 * subclass supplies the store.
 */
abstract class TwoEnginesContract {
  /** Returns a new, empty store; each test takes one. */
  abstract PillarsStore newStore();

  @Test
  void anEngineSeesTheOtherEnginesCommitsBeforeItAnswers() {
    PillarsStore store = newStore();
    EngineFixture.organisation(store);
    TickingClock clock = new TickingClock(Instant.parse("2026-03-02T00:00:00Z"));
    Pillars first = Pillars.builder().store(store).clock(clock).build();
    Pillars second = Pillars.builder().store(store).clock(clock).build();
    EngineFixture.plant(first);
    Session firstHr = first.tenant(ACME).as(HR);
    assertThat(firstHr.scores().of(PLANT_GOAL).orElseThrow().value()).isEqualTo(0.0);

    second.tenant(ACME).as(HR).goals().checkIn(BEN_GOAL, 0.6, 0.9, Optional.empty());
    assertThat(firstHr.scores().of(BEN_GOAL).orElseThrow().value()).isEqualTo(0.6);
    second.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), 3.0);
    assertThat(firstHr.scores().of(ANA_GOAL).orElseThrow().value()).isEqualTo(0.5);
    assertThat(firstHr.scores().of(PLANT_GOAL)).isEqualTo(second.tenant(ACME).as(HR).scores().of(PLANT_GOAL));

    // the first engine decided Cleo's access on an organisation where she manages nobody
    assertThatThrownBy(() -> first.tenant(ACME).as(Actor.person(CLEO)).goals().find(BEN_GOAL))
        .isInstanceOf(AccessDeniedException.class);
    Organisation now = second.tenant(ACME).as(HR).organisation().snapshot();
    List<Employee> moved = now.employees().stream()
        .map(e -> e.id().equals(BEN) ? e.reportingTo(Optional.of(CLEO)) : e)
        .collect(Collectors.toList());
    second.tenant(ACME).as(HR).organisation().synchronise(Organisation.of(ACME, now.units(), moved), LeaverRule.KEEP);
    assertThat(first.tenant(ACME).as(Actor.person(CLEO)).goals().find(BEN_GOAL)).isPresent();
  }
}
