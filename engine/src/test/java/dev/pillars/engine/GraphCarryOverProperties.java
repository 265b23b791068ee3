package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
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
import dev.pillars.engine.score.RollUpRule;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * When goals come, change status or weight, and links are added, removed or moved, the engine moves
 * its scores to the changed graph carrying the current values over instead of loading the tenant
 * again; the scores it then serves equal, bit for bit, those of a new engine that loads everything
 * from the store. The sequences mix every operation that changes the graph with check-ins,
 * measurements and a KPI defined after goals that it measures, under a roll-up rule that gives some
 * goals a strategy of their own (those changes load the scores again, and must equal a load too).
 */
class GraphCarryOverProperties {
  private static final KpiId SCRAP = KpiId.of("scrap-rate");
  private static final List<GoalId> NEW_GOALS =
      Stream.of("line-1", "line-2", "line-3-min", "line-4", "line-5", "line-6-min").map(GoalId::of).toList();
  private static final RollUpRule RULE = (tenant, goal) -> goal.id().value().endsWith("-min")
      ? AggregationStrategy.minimum()
      : AggregationStrategy.weightedMean();

  @Test
  void liveScoresEqualAFreshLoadAfterAnySequenceOfGraphChanges() {
    qt().withExamples(120)
        .forAll(lists().of(integers().between(0, 9_999)).ofSizeBetween(1, 30))
        .checkAssert(operations -> {
          MemoryStore store = MemoryStore.create();
          EngineFixture.organisation(store);
          Pillars live = engine(store);
          EngineFixture.plant(live);
          live.tenant(ACME).as(HR).scores().of(PLANT_GOAL);   // loaded before the operations
          for (int op : operations) {
            apply(live, store, op);
          }
          assertSameScores(store, live, engine(store));
        });
  }

  private static Pillars engine(MemoryStore store) {
    return Pillars.builder().store(store).clock(new TickingClock(Instant.parse("2026-03-02T00:00:00Z")))
        .rollUp(RULE).build();
  }

  /** One operation from a number; operations that a domain rule refuses change nothing. */
  private static void apply(Pillars pillars, MemoryStore store, int op) {
    Session hr = pillars.tenant(ACME).as(HR);
    List<GoalId> goals = goals(store);
    GoalId some = goals.get((op / 10) % goals.size());
    GoalId other = goals.get((op / 100) % goals.size());
    try {
      switch (op % 10) {
        case 0 -> create(hr, NEW_GOALS.get((op / 10) % NEW_GOALS.size()), op / 60);
        case 1 -> hr.goals().align(some, other, 1 + (op / 1000) % 3);
        case 2 -> links(store).stream().skip((op / 10) % Math.max(1, links(store).size())).findFirst()
            .ifPresent(l -> hr.goals().unalign(l.child(), l.parent()));
        case 3 -> hr.goals().transition(some, GoalStatus.values()[(op / 1000) % GoalStatus.values().length]);
        case 4 -> hr.goals().reweight(some, 0.5 + (op / 1000) % 4);
        case 5 -> hr.goals().checkIn(some, ((op / 1000) % 11) / 10.0, 0.5, Optional.empty());
        case 6 -> record(pillars, (op / 10) % 2 == 0 ? DEFECTS : SCRAP, op);
        case 7 -> links(store).stream().skip((op / 10) % Math.max(1, links(store).size())).findFirst()
            .ifPresent(l -> hr.goals().move(l.child(), l.parent(), other, 2));
        case 8 -> hr.kpis().define(scrap());
        default -> hr.scores().of(some);
      }
    } catch (InvalidInputException | dev.pillars.persistence.spi.DuplicateAggregateException refused) {
      // a cycle, a taken id, an illegal transition, a closed goal: refused, nothing changed
    }
  }

  private static void create(Session hr, GoalId id, int kind) {
    GoalMeasure measure = switch (kind % 4) {
      case 0 -> GoalMeasure.manual((kind % 10) / 10.0);
      case 1 -> GoalMeasure.kpi(DEFECTS, KpiTarget.of(4.0, 2.0));
      case 2 -> GoalMeasure.kpi(SCRAP, KpiTarget.of(10.0, 5.0));
      default -> GoalMeasure.derived();
    };
    boolean unit = kind % 3 == 0;
    hr.goals().create(EngineFixture.goal(id, unit ? GoalOwner.unit(PLANT) : GoalOwner.employee(BEN),
        unit ? GoalLevel.UNIT : GoalLevel.INDIVIDUAL, measure));
    if (kind % 5 != 0) {
      hr.goals().activate(id);
    }
  }

  private static void record(Pillars pillars, KpiId kpi, int op) {
    var kpis = pillars.tenant(ACME).as(FEED).kpis();
    LocalDate day = LocalDate.of(2026, 1, 1).plusDays((op / 20) % 170);
    double value = 1.0 + (op % 7) * 0.5;
    try {
      if (kpis.series(kpi).valueOn(day).isPresent()) {
        kpis.correct(kpi, day, value);
      } else {
        kpis.record(kpi, day, value);
      }
    } catch (dev.pillars.core.UnknownReferenceException undefined) {
      // the scrap KPI is not defined yet
    }
  }

  private static KpiDefinition scrap() {
    return KpiDefinition.builder()
        .id(SCRAP).name("Scrap rate").unit("%")
        .direction(Direction.LOWER_IS_BETTER).aggregation(Aggregation.LAST).frequency(Frequency.WEEKLY)
        .build();
  }

  private static List<GoalId> goals(MemoryStore store) {
    try (Stream<Versioned<Goal>> all = store.forTenant(ACME).goals().stream()) {
      return all.map(v -> v.value().id()).sorted().collect(Collectors.toList());
    }
  }

  private static List<AlignmentLink> links(MemoryStore store) {
    try (Stream<AlignmentLink> all = store.forTenant(ACME).alignment().stream()) {
      return all.sorted(java.util.Comparator.comparing((AlignmentLink l) -> l.child())
          .thenComparing(AlignmentLink::parent)).collect(Collectors.toList());
    }
  }

  private static void assertSameScores(MemoryStore store, Pillars live, Pillars fresh) {
    List<GoalId> all = new ArrayList<>(goals(store));
    all.add(ANA_GOAL);
    all.add(BEN_GOAL);
    for (GoalId goal : all) {
      assertThat(live.tenant(ACME).as(HR).scores().of(goal))
          .as("score of %s", goal)
          .isEqualTo(fresh.tenant(ACME).as(HR).scores().of(goal));
    }
  }
}
