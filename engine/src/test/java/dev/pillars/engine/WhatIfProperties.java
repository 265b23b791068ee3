package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.engine.score.ScoreChange;
import dev.pillars.engine.whatif.WhatIf;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sandbox never changes the store or delivers an event, and applying its changes for real
 * gives exactly its scores.
 */
class WhatIfProperties {
  private static final GoalId LINE = GoalId.of("line-3");
  private static final List<GoalId> GOALS = List.of(PLANT_GOAL, BEN_GOAL, ANA_GOAL, LINE);

  @Test
  void applyingTheChangesForRealGivesExactlyTheSandboxsScoresAndTheSandboxWritesNothing() {
    qt().withExamples(40)
        .forAll(lists().of(integers().between(0, 999)).ofSizeBetween(1, 6))
        .checkAssert(changes -> {
          MemoryStore store = MemoryStore.create();
          EngineFixture.organisation(store);
          List<PublishedEvent> delivered = new CopyOnWriteArrayList<>();
          Pillars pillars = Pillars.builder().store(store).clock(new TickingClock(Instant.parse("2026-03-02T00:00:00Z")))
              .events(delivered::addAll).build();
          EngineFixture.plant(pillars);
          Session hr = pillars.tenant(ACME).as(HR);
          hr.goals().create(EngineFixture.goal(LINE, GoalOwner.unit(PLANT), GoalLevel.UNIT, GoalMeasure.manual(0.3)));
          hr.goals().activate(LINE);
          pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 1, 5), 3.5);
          Map<GoalId, Optional<GoalScore>> before = scores(hr);
          long version = store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().version();
          long links = store.forTenant(ACME).alignment().graphVersion();
          long measured = store.forTenant(ACME).measurements().count(DEFECTS);
          delivered.clear();

          List<Op> ops = ops(changes, false);
          WhatIf whatIf = hr.whatIf();
          for (Op op : ops) {
            whatIf = candidate(whatIf, op);
          }
          List<ScoreChange> sandbox = whatIf.run();

          assertThat(delivered).isEmpty();
          assertThat(store.forTenant(ACME).goals().find(BEN_GOAL).orElseThrow().version()).isEqualTo(version);
          assertThat(store.forTenant(ACME).alignment().graphVersion()).isEqualTo(links);
          assertThat(store.forTenant(ACME).measurements().count(DEFECTS)).isEqualTo(measured);
          assertThat(scores(hr)).isEqualTo(before);

          for (Op op : ops) {
            applyForReal(pillars, op);
          }
          Map<GoalId, Optional<GoalScore>> real = scores(pillars.tenant(ACME).as(HR));
          Map<GoalId, ScoreChange> changed = sandbox.stream().collect(Collectors.toMap(ScoreChange::goal, Function.identity()));
          for (GoalId goal : GOALS) {
            Optional<GoalScore> expected = changed.containsKey(goal) ? changed.get(goal).after() : before.get(goal);
            assertThat(real.get(goal)).as("score of %s", goal).isEqualTo(expected);
          }
        });
  }

  @Test
  void aSandboxNeedsTheRightsItsChangesWouldNeedAndTheRollUpCanBeAnother() {
    MemoryStore store = MemoryStore.create();
    EngineFixture.organisation(store);
    Pillars pillars = Pillars.builder().store(store).clock(EngineFixture.CLOCK).build();
    EngineFixture.plant(pillars);
    pillars.tenant(ACME).as(HR).goals().checkIn(BEN_GOAL, 0.8, 0.5, Optional.empty());
    assertThatThrownBy(() -> pillars.tenant(ACME).as(Actor.person(CLEO)).whatIf().checkIn(BEN_GOAL, 0.2).run())
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("CHECK_IN");
    assertThatThrownBy(() -> pillars.tenant(ACME).as(Actor.person(ANA)).whatIf().measure(DEFECTS, LocalDate.of(2026, 1, 5), 1).run())
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("RECORD_MEASUREMENT");
    assertThatThrownBy(() -> pillars.tenant(ACME).as(HR).whatIf().checkIn(BEN_GOAL, 1.5))
        .hasMessageContaining("progress was 1.5");

    List<ScoreChange> minimum = pillars.tenant(ACME).as(Actor.person(ANA)).whatIf()
        .rollUp(AggregationStrategy.minimum()).run();
    // Ana's KPI goal has no score yet, so the plant keeps Ben's 0.8: same value, another receipt
    assertThat(minimum).singleElement().satisfies(change -> {
      assertThat(change.goal()).isEqualTo(PLANT_GOAL);
      assertThat(change.after().orElseThrow().value()).isEqualTo(change.before().orElseThrow().value());
      assertThat(change.after().orElseThrow().receipt().orElseThrow().config().name()).isEqualTo("minimum");
    });
    List<ScoreChange> lower = pillars.tenant(ACME).as(Actor.person(ANA)).whatIf()
        .checkIn(BEN_GOAL, 0.2).rollUp(AggregationStrategy.minimum()).run();
    assertThat(lower).extracting(ScoreChange::goal).containsExactly(BEN_GOAL, PLANT_GOAL);
    assertThat(lower.get(1).after().orElseThrow().value()).isEqualTo(0.2);
  }

  /** One change, decided from a number: a check-in, a measurement, or the line goal's link toggled. */
  private record Op(int kind, int n, boolean unlink) {}

  /** Turns numbers into changes, knowing whether the line goal is linked at each step. */
  private static List<Op> ops(List<Integer> changes, boolean linked) {
    List<Op> ops = new java.util.ArrayList<>();
    for (int change : changes) {
      int kind = Math.min(change % 4, 2);
      ops.add(new Op(kind, change, kind == 2 && linked));
      if (kind == 2) {
        linked = !linked;
      }
    }
    return ops;
  }

  private static WhatIf candidate(WhatIf whatIf, Op op) {
    switch (op.kind()) {
      case 0:
        return whatIf.checkIn(BEN_GOAL, (op.n() % 11) / 10.0);
      case 1:
        return whatIf.measure(DEFECTS, LocalDate.of(2026, 1, 5).plusDays(op.n() % 9), 1.0 + op.n() % 5);
      default:
        return op.unlink() ? whatIf.unalign(LINE, PLANT_GOAL) : whatIf.align(LINE, PLANT_GOAL, 1.0 + op.n() % 3);
    }
  }

  private static void applyForReal(Pillars pillars, Op op) {
    Session hr = pillars.tenant(ACME).as(HR);
    switch (op.kind()) {
      case 0:
        hr.goals().checkIn(BEN_GOAL, (op.n() % 11) / 10.0, 1.0, Optional.empty());
        return;
      case 1:
        LocalDate day = LocalDate.of(2026, 1, 5).plusDays(op.n() % 9);
        var kpis = pillars.tenant(ACME).as(FEED).kpis();
        if (kpis.series(DEFECTS).valueOn(day).isPresent()) {
          kpis.correct(DEFECTS, day, 1.0 + op.n() % 5);
        } else {
          kpis.record(DEFECTS, day, 1.0 + op.n() % 5);
        }
        return;
      default:
        if (op.unlink()) {
          hr.goals().unalign(LINE, PLANT_GOAL);
        } else {
          hr.goals().align(LINE, PLANT_GOAL, 1.0 + op.n() % 3);
        }
    }
  }

  private static Map<GoalId, Optional<GoalScore>> scores(Session session) {
    return GOALS.stream().collect(Collectors.toMap(g -> g, g -> session.scores().of(g)));
  }
}
