package dev.pillars.examples;

import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.org.OrganisationDiff;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.Session;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.EventSink;
import dev.pillars.engine.org.LeaverRule;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Acme Precision Parts on the engine, as its host application would run it: the engine configured
 * once (the lab's goal rolls up as the mean of its weakest goals, a strategy found through the
 * service loader), the firm's half-year entered through the services by the systems and people who
 * own each part, and the firm read back through the services for a report.
 */
final class AcmeEngine {
  /** The host's HR integration, allowed everything across the tenant. */
  static final Actor HR_SYSTEM = Actor.system("hr-system", EnumSet.allOf(Action.class));
  /** The plant systems that feed the KPIs. */
  static final Actor PLANT_FEED = Actor.system("plant-feed", EnumSet.of(Action.RECORD_MEASUREMENT, Action.VIEW_KPI));
  /** The lab's goal, which rolls up as the mean of its weakest aligned goals. */
  static final GoalId LAB = AcmeFirm.id("lab-root-cause");

  private AcmeEngine() {}

  /** What entering the firm's half-year took. */
  record Entered(OrganisationDiff organisation, int goals, int links, int recorded, int corrected, int checkIns) {}

  private static final AggregationStrategy WEAKEST_MEAN = StrategyRegistry.builder()
      .withServiceLoader(AcmeEngine.class.getClassLoader()).build()
      .aggregation(StrategyConfig.of(WeakestMean.NAME));

  /** Builds the firm's engine over a store. */
  static Pillars pillars(PillarsStore store, Clock clock, EventSink events) {
    return Pillars.builder()
        .store(store)
        .clock(clock)
        .events(events)
        .rollUp((tenant, goal) -> rollUpOf(goal.id()))
        .build();
  }

  /** How a goal with aligned goals rolls up: the lab's as the mean of its weakest, every other as the weighted mean. */
  static AggregationStrategy rollUpOf(GoalId goal) {
    return goal.equals(LAB) ? WEAKEST_MEAN : AggregationStrategy.weightedMean();
  }

  /**
   * Enters the firm's half-year through the engine: the HR system synchronises the organisation,
   * defines the KPIs and agrees the goals and their alignment; the plant feed records and corrects
   * the measurements as they were recorded; each goal's owner checks in as themself. The clock
   * moves with the story, so everything is dated when it happened.
   */
  static Entered enter(Pillars pillars, TenantId tenant, ScenarioClock clock) {
    Session hr = pillars.tenant(tenant).as(HR_SYSTEM);
    Organisation organisation =
        Organisation.of(tenant, AcmeFirm.organisation().units(), AcmeFirm.organisation().employees());
    OrganisationDiff joined = hr.organisation().synchronise(organisation, LeaverRule.TRANSFER_TO_MANAGER);
    for (KpiDefinition kpi : AcmeFirm.firm().kpis()) {
      hr.kpis().define(kpi);
    }
    for (Goal draft : AcmeFirm.draftGoals()) {
      hr.goals().create(draft);
      hr.goals().activate(draft.id());
    }
    for (AlignmentLink link : AcmeFirm.links()) {
      hr.goals().align(link.child(), link.parent(), link.weight());
    }
    int recorded = 0;
    int corrected = 0;
    Session feed = pillars.tenant(tenant).as(PLANT_FEED);
    for (MeasurementSeries series : AcmeFirm.firm().measurements()) {
      List<Measurement> history = series.history().stream()
          .sorted(Comparator.comparing(Measurement::recordedAt)).collect(Collectors.toList());
      for (Measurement m : history) {
        clock.at(m.recordedAt());
        if (feed.kpis().series(m.kpi()).valueOn(m.observedOn()).isPresent()) {
          feed.kpis().correct(m.kpi(), m.observedOn(), m.value());
          corrected++;
        } else {
          feed.kpis().record(m.kpi(), m.observedOn(), m.value());
          recorded++;
        }
      }
    }
    for (CheckIn checkIn : AcmeFirm.checkIns()) {
      clock.at(checkIn.at());
      EmployeeId owner = ((GoalOwner.Employee) hr.goals().find(checkIn.goalId()).orElseThrow().owner()).id();
      pillars.tenant(tenant).as(Actor.person(owner)).goals()
          .checkIn(checkIn.goalId(), checkIn.progress(), checkIn.confidence(), checkIn.comment());
    }
    clock.at(AcmeFirm.CLOCK.instant());
    return new Entered(joined, AcmeFirm.draftGoals().size(), AcmeFirm.links().size(), recorded, corrected,
        AcmeFirm.checkIns().size());
  }

  /** Enters the firm's half-year into a store through an engine of its own, as a chapter's starting point. */
  static Entered enter(PillarsStore store, TenantId tenant) {
    ScenarioClock clock = new ScenarioClock(Instant.parse("2026-01-02T08:00:00Z"));
    return enter(pillars(store, clock, events -> {}), tenant, clock);
  }

  /** Reads the firm back through the engine's services, as HR sees it. */
  static Firm read(Session hr) {
    List<KpiDefinition> kpis = new ArrayList<>();
    List<MeasurementSeries> measurements = new ArrayList<>();
    for (KpiId kpi : List.of(AcmeFirm.DEFECT_RATE, AcmeFirm.UNITS_PER_HOUR)) {
      kpis.add(hr.kpis().definition(kpi));
      measurements.add(hr.kpis().series(kpi));
    }
    AlignmentGraph graph = hr.goals().graph();
    List<CheckIn> checkIns = new ArrayList<>();
    for (Goal goal : graph.goals()) {
      checkIns.addAll(hr.goals().checkIns(goal.id()).all());
    }
    return new Firm(hr.organisation().snapshot(), kpis, measurements, graph.goals(), graph.links(), checkIns);
  }

  /** The examples' clock: it stands still where the story is, and the story moves it on. */
  static final class ScenarioClock extends Clock {
    private volatile Instant now;

    ScenarioClock(Instant start) {
      this.now = start;
    }

    void at(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
