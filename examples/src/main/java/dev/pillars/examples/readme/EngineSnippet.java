package dev.pillars.examples.readme;

// region engine
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.*;
import dev.pillars.engine.access.*;
import dev.pillars.engine.event.*;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.persistence.spi.PillarsStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
// endregion

/** README's "The engine: one entry point" snippet. */
public final class EngineSnippet {
  private EngineSnippet() {}

  /**
   * Runs README's engine snippet.
   *
   * @param store the host's store, holding Ana, her active manual goal and the defect-rate KPI
   * @param clock the clock of every change
   * @param published receives the events after each commit
   * @return Ana's goal's score
   */
  public static Optional<GoalScore> engine(PillarsStore store, Clock clock, List<PublishedEvent> published) {
    // region engine
    // store: your PillarsStore (MemoryStore.create() to try it); clock: your Clock; published: a List
    Pillars pillars = Pillars.builder().store(store).clock(clock)
        .events(published::addAll)                // your EventSink: called after each commit
        .build();                                 // once per application; no static state
    Session ana = pillars.tenant(TenantId.of("acme")).as(Actor.person(EmployeeId.of("ana")));
    ana.goals().checkIn(GoalId.of("ana-inspection"), 0.5, 0.8, Optional.of("Pilot next week"));
    Session feed = pillars.tenant(TenantId.of("acme"))
        .as(Actor.system("mes-feed", EnumSet.of(Action.RECORD_MEASUREMENT)));
    feed.kpis().record(KpiId.of("defect-rate"), LocalDate.of(2026, 3, 2), 2.9);
    Optional<GoalScore> score = ana.scores().of(GoalId.of("ana-inspection"));  // kept current
    // endregion
    return score;
  }
}
