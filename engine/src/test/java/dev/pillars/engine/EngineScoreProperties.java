package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.memory.MemoryStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The scores an engine keeps current, updated incrementally, always equal the scores a new engine
 * loads from the store afterwards (an engine restart is a full recomputation), bit for bit.
 */
class EngineScoreProperties {
  private static final List<GoalId> GOALS = List.of(PLANT_GOAL, BEN_GOAL, ANA_GOAL);

  @Test
  void liveScoresEqualAFreshLoadAfterAnySequenceOfCheckInsAndMeasurements() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, 999)).ofSizeBetween(0, 25))
        .checkAssert(operations -> {
          MemoryStore store = MemoryStore.create();
          EngineFixture.organisation(store);
          Pillars pillars = Pillars.builder().store(store).clock(new TickingClock(Instant.parse("2026-03-02T00:00:00Z"))).build();
          EngineFixture.plant(pillars);
          Session hr = pillars.tenant(ACME).as(HR);
          hr.scores().of(PLANT_GOAL);                       // loaded before the operations
          for (int op : operations) {
            apply(pillars, op);
          }
          assertSameScores(pillars, Pillars.builder().store(store).clock(EngineFixture.CLOCK).build());
        });
  }

  @Test
  void eightThreadsRecordingAtOnceLeaveTheScoresEqualToAFreshLoad() throws Exception {
    MemoryStore store = MemoryStore.create();
    EngineFixture.organisation(store);
    Pillars pillars = Pillars.builder().store(store).clock(new TickingClock(Instant.parse("2026-03-02T00:00:00Z")))
        .retries(RetryPolicy.attempts(RetryPolicy.MAX_ATTEMPTS)).build();
    EngineFixture.plant(pillars);
    pillars.tenant(ACME).as(HR).scores().of(PLANT_GOAL);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          for (int i = 0; i < 40; i++) {
            if (i % 2 == 0) {
              pillars.tenant(ACME).as(HR).goals().checkIn(BEN_GOAL, (i % 11) / 10.0, 0.5, Optional.empty());
            } else {   // a date of its own for each thread and step: no two threads record the same date
              pillars.tenant(ACME).as(FEED).kpis()
                  .record(DEFECTS, LocalDate.of(2026, 1, 1).plusDays(thread * 20 + i / 2), 1.0 + i % 5);
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      threads.shutdown();
    }
    assertSameScores(pillars, Pillars.builder().store(store).clock(EngineFixture.CLOCK).build());
  }

  /** One operation from a number: a check-in on Ben's goal, or a measurement on a day. */
  private static void apply(Pillars pillars, int op) {
    Session hr = pillars.tenant(ACME).as(HR);
    if (op % 2 == 0) {
      hr.goals().checkIn(BEN_GOAL, (op % 11) / 10.0, 0.5, Optional.empty());
      return;
    }
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays(op % 170);
    double value = 1.0 + (op % 7) * 0.5;
    var kpis = pillars.tenant(ACME).as(FEED).kpis();
    if (kpis.series(DEFECTS).valueOn(day).isPresent()) {
      kpis.correct(DEFECTS, day, value);
    } else {
      kpis.record(DEFECTS, day, value);
    }
  }

  private static void assertSameScores(Pillars live, Pillars fresh) {
    for (GoalId goal : GOALS) {
      assertThat(live.tenant(ACME).as(HR).scores().of(goal))
          .as("score of %s", goal)
          .isEqualTo(fresh.tenant(ACME).as(HR).scores().of(goal));
    }
  }
}
