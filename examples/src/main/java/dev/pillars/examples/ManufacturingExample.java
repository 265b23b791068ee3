package dev.pillars.examples;

import dev.pillars.core.TenantId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.Session;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A mid-sized manufacturing firm cascading "Improve production quality" from the organisation to its
 * two plants, their teams and their people, measured by two KPIs over the first half of 2026.
 *
 * <p>The program works as a host application would, through the engine only: no store written by
 * hand, no cascade built, no event listener wired. The HR system synchronises the organisation,
 * defines the KPIs and agrees the goals and their alignment; the plant systems feed the
 * measurements; each goal's owner checks in as themself ({@link AcmeEngine}). Then it reads the firm
 * back through the engine's services and reports: the cascade with each goal's score as the engine
 * keeps it and the receipts of two goals, the check-ins, the SMART findings of every goal, the KPIs'
 * attainment, payout, trend, projection and improvement, and how well the goals are aligned. Last,
 * a new week's defect rate arrives and the engine updates the goals above it.
 *
 * <p>The store is the in-memory store unless the system property {@code pillars.store} selects
 * another (see {@link ExampleStores}). Everything is deterministic: the data is fixed and the clock
 * follows the story to 6 July 2026.
 */
public final class ManufacturingExample {
  private ManufacturingExample() {}

  /**
   * Runs the example on the store the system properties select and prints its report.
   *
   * @param args ignored; {@code -Dpillars.store} and {@code -Dpillars.jdbc.url} select the store
   */
  public static void main(String[] args) {
    try (ExampleStores.OpenStore open = ExampleStores.fromSystemProperties()) {
      run(System.out, open.store(), open.tenant(), open.description());
    }
  }

  /** Runs the example on a fresh in-memory store. */
  static void run(PrintStream out) {
    run(out, MemoryStore.create(), AcmeFirm.TENANT, "the in-memory store");
  }

  /** Runs the example on a store: enters the firm through the engine, reads it back and reports. */
  static void run(PrintStream out, PillarsStore store, TenantId tenantId, String description) {
    AcmeEngine.ScenarioClock clock = new AcmeEngine.ScenarioClock(Instant.parse("2026-01-02T08:00:00Z"));
    List<PublishedEvent> delivered = new CopyOnWriteArrayList<>();
    Pillars pillars = AcmeEngine.pillars(store, clock, delivered::addAll);
    AcmeEngine.Entered entered = AcmeEngine.enter(pillars, tenantId, clock);
    Session hr = pillars.tenant(tenantId).as(AcmeEngine.HR_SYSTEM);
    Firm firm = AcmeEngine.read(hr);

    EngineScores scores = new EngineScores(hr, firm.graph());
    FirmReport report = new FirmReport(out, firm, scores);
    report.printOrganisation();
    printEntered(out, firm, entered, tenantId, description, delivered.size());
    report.printCascade();
    report.printReceipt(AcmeFirm.OBJECTIVE);
    report.printReceipt(AcmeEngine.LAB);
    report.printCheckIns();
    report.printSmart();
    report.printKpis();
    report.printAlignment();
    recordNewMeasurement(out, pillars.tenant(tenantId).as(AcmeEngine.PLANT_FEED), firm, scores);
    RecognitionChapter.run(out, store, tenantId);
    ReviewChapter.run(out, store, tenantId);
    CompensationChapter.run(out, store, tenantId);
    CalibrationChapter.run(out, store, tenantId);
    DevelopmentChapter.run(out, store, tenantId);
    FeedbackChapter.run(out, store, tenantId);
    PrivacyChapter.run(out, store, tenantId);
  }

  /**
   * A new week's defect rate arrives from the plant's system: the engine appends it, scores the KPI
   * goal again over its period and updates only the goals above it, after the commit.
   */
  private static void recordNewMeasurement(PrintStream out, Session feed, Firm firm, EngineScores scores) {
    GoalId goal = firm.kpiReadings().get(AcmeFirm.DEFECT_RATE).goal().id();
    Map<GoalId, OptionalDouble> before = new LinkedHashMap<>();
    firm.goals().forEach(g -> before.put(g.id(), scores.score(g.id())));
    LocalDate week = AcmeFirm.FIRST_WEEK.plusWeeks(AcmeFirm.WEEKS);
    Measurement measurement = feed.kpis().record(AcmeFirm.DEFECT_RATE, week, 3.2);
    List<GoalId> changed = before.keySet().stream()
        .filter(id -> !before.get(id).equals(scores.score(id)))
        .collect(Collectors.toList());
    out.println();
    out.printf(Locale.ROOT, "New measurement: defect rate %.2f %% in the week of %s, recorded through the engine%n",
        measurement.value(), week);
    out.printf(Locale.ROOT, "  \"%s\": attainment %s -> %s; the engine updated %d goals, it and the ones above it: %s%n",
        title(scores, goal), Wording.percent(before.get(goal).getAsDouble()),
        Wording.percent(scores.score(goal).getAsDouble()), changed.size(),
        changed.stream().filter(id -> !id.equals(goal)).map(id -> "\"" + title(scores, id) + "\"").sorted()
            .collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "  \"%s\": %s -> %s%n", title(scores, AcmeFirm.OBJECTIVE),
        Wording.percent(before.get(AcmeFirm.OBJECTIVE).getAsDouble()),
        Wording.percent(scores.score(AcmeFirm.OBJECTIVE).getAsDouble()));
  }

  private static String title(EngineScores scores, GoalId goal) {
    return scores.graph().goal(goal).orElseThrow().title();
  }

  private static void printEntered(PrintStream out, Firm firm, AcmeEngine.Entered entered, TenantId tenant,
      String description, int events) {
    out.printf(Locale.ROOT, "  entered through the engine into %s (tenant %s): %d goals, %d links, "
            + "%d measurements recorded and %d corrected, %d check-ins; %d events delivered after their commits%n",
        description, tenant.value(), entered.goals(), entered.links(), entered.recorded(), entered.corrected(),
        entered.checkIns(), events);
    out.printf(Locale.ROOT, "  read back through the engine: %d goals, %d links, %d KPIs, %d check-ins%n",
        firm.goals().size(), firm.links().size(), firm.kpis().size(), firm.checkIns().size());
  }
}
