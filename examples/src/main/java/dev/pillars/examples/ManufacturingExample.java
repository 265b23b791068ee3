package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A mid-sized manufacturing firm cascading "Improve production quality" from the organisation to its
 * two plants, their teams and their people, measured by two KPIs over the first half of 2026.
 *
 * <p>The program works as a host application would: it writes the firm's organisation, KPIs,
 * measurements, goals, alignment and check-ins into a store through the persistence SPI, in units
 * of work, then reads everything back from the store and reports on what it read: the cascade with
 * each goal's score from the scoring module's roll-up and the receipts of two goals, the check-ins, the SMART findings of every goal, the KPIs' attainment, payout,
 * trend, projection and improvement, and how well the goals are aligned. Last, a new week's defect
 * rate is stored and the cascade recomputes only the goals above it.
 *
 * <p>The store is the in-memory store unless the system property {@code pillars.store} selects
 * another (see {@link ExampleStores}). Everything is deterministic: the data is fixed and the clock
 * stands still on 6 July 2026.
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

  /** Runs the example on a store: writes the firm, reads it back and reports on what it read. */
  static void run(PrintStream out, PillarsStore store, TenantId tenantId, String description) {
    TenantStore tenant = store.forTenant(tenantId);
    Firm written = AcmeFirm.firm();
    int unitsOfWork = FirmStore.write(tenant, written);
    Firm firm = FirmStore.read(tenant);

    CascadeScores scores = new CascadeScores(firm);
    FirmReport report = new FirmReport(out, firm, scores);
    report.printOrganisation();
    printStored(out, firm, tenant, description, unitsOfWork);
    report.printCascade();
    report.printReceipt(AcmeFirm.OBJECTIVE);
    report.printReceipt(CascadeScores.LAB);
    report.printCheckIns();
    report.printSmart();
    report.printKpis();
    report.printAlignment();
    recordNewMeasurement(out, tenant, firm, scores);
    DevelopmentChapter.run(out, store, tenantId);
  }

  /**
   * A new week's defect rate arrives: it is appended in the store, the KPI goal's attainment is
   * taken again from the series read back, and the cascade recomputes only that goal's ancestors.
   */
  private static void recordNewMeasurement(PrintStream out, TenantStore tenant, Firm firm, CascadeScores scores) {
    Firm.Kpi defects = firm.kpiReadings().get(AcmeFirm.DEFECT_RATE);
    LocalDate week = AcmeFirm.FIRST_WEEK.plusWeeks(AcmeFirm.WEEKS);
    Measurement measurement = Measurement.of(AcmeFirm.DEFECT_RATE, week, AcmeFirm.CLOCK.instant(), 3.2);
    tenant.runInTransaction(work -> work.measurements().append(measurement));
    MeasurementSeries series = tenant.measurements().series(AcmeFirm.DEFECT_RATE);
    double current = series.aggregate(Period.of(week.minusWeeks(3), week), defects.definition().aggregation()).orElseThrow();
    GoalId goal = defects.goal().id();
    double before = scores.score(AcmeFirm.OBJECTIVE).getAsDouble();
    double attainment = CascadeScores.attainment(defects.target(), current);
    int recomputed = scores.update(goal, attainment);
    out.println();
    out.printf(Locale.ROOT, "New measurement: defect rate %.2f %% in the week of %s; mean of the last 4 weeks %.2f %%%n",
        measurement.value(), week, current);
    out.printf(Locale.ROOT, "  \"%s\": attainment %s -> %s; recomputed %d goals, the ones above it: %s%n", title(scores, goal),
        Wording.percent(CascadeScores.attainment(defects.target(), defects.over(AcmeFirm.lastFourWeeks()))),
        Wording.percent(attainment), recomputed,
        scores.graph().ancestors(goal).stream().map(id -> "\"" + title(scores, id) + "\"").sorted().collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "  \"%s\": %s -> %s%n", title(scores, AcmeFirm.OBJECTIVE), Wording.percent(before),
        Wording.percent(scores.score(AcmeFirm.OBJECTIVE).getAsDouble()));
  }

  private static String title(CascadeScores scores, GoalId goal) {
    return scores.graph().goal(goal).orElseThrow().title();
  }

  private static void printStored(PrintStream out, Firm firm, TenantStore tenant, String description, int unitsOfWork) {
    long measurements = firm.measurements().stream().mapToLong(s -> s.history().size()).sum();
    out.printf(Locale.ROOT, "  stored in %s (tenant %s) in %d units of work and read back: %d goals, %d links, "
            + "%d KPIs with %d measurements, %d check-ins%n", description, tenant.tenant().value(), unitsOfWork,
        firm.goals().size(), firm.links().size(), firm.kpis().size(), measurements, firm.checkIns().size());
  }
}
