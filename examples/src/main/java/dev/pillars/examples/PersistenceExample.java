package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentCycleException;
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
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/**
 * Goals stored and read through the persistence SPI on the in-memory store: units of work, a stale
 * write rejected by its version, a unit of work rolled back without a trace, tenant isolation,
 * alignment links under one graph version with a cycle refused, a measurement corrected without
 * losing history, and the erasure of one employee's data.
 */
public final class PersistenceExample {
  /** Dates the domain events of the example's changes. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);

  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final EmployeeId DANA = EmployeeId.of("dana");

  private PersistenceExample() {}

  /**
   * Runs the example and prints what happens.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    PillarsStore store = MemoryStore.create();
    TenantStore acme = store.forTenant(TenantId.of("acme"));

    // Every write happens in a unit of work: all of it is committed, or none of it.
    acme.runInTransaction(
        work -> {
          work.goals().insert(goal("quality", GoalOwner.unit(OrgUnitId.of("acme")), GoalLevel.ORGANISATION));
          work.goals().insert(goal("line-3-scrap", GoalOwner.unit(OrgUnitId.of("line-3")), GoalLevel.UNIT));
          work.goals().insert(goal("dana-training", GoalOwner.employee(DANA), GoalLevel.INDIVIDUAL));
        });
    out.println("stored " + acme.goals().count() + " goals for tenant " + acme.tenant());

    Versioned<Goal> read = acme.goals().find(GoalId.of("line-3-scrap")).orElseThrow();
    out.println("read " + read.value().id() + " at version " + read.version());

    // Someone else activates the goal first...
    acme.runInTransaction(work -> work.goals().update(read.value().transitionTo(GoalStatus.ACTIVE, CLOCK).value(), read.version()));
    // ...so a write based on the old read is rejected and changes nothing.
    try {
      acme.runInTransaction(work -> work.goals().update(read.value().transitionTo(GoalStatus.CANCELLED, CLOCK).value(), read.version()));
    } catch (StaleVersionException e) {
      out.println("rejected: " + e.getMessage());
    }
    out.println(
        "line-3-scrap is " + acme.goals().find(GoalId.of("line-3-scrap")).orElseThrow().value().status());

    // A unit of work that fails part-way leaves no trace.
    try (UnitOfWork work = acme.begin()) {
      work.goals().insert(goal("half-done", GoalOwner.employee(DANA), GoalLevel.INDIVIDUAL));
      work.goals().delete(GoalId.of("quality"), 1);
      out.println("inside the unit of work: " + work.goals().count() + " goals");
      work.rollback();
    }
    out.println("after rolling back: " + acme.goals().count() + " goals, quality still there: "
        + acme.goals().find(GoalId.of("quality")).isPresent());

    // Another tenant sees nothing of acme's data, even under the same ids.
    TenantStore globex = store.forTenant(TenantId.of("globex"));
    out.println("tenant globex has " + globex.goals().count() + " goals");

    // Streams must be closed: a database store backs them with a cursor.
    try (Stream<Versioned<Goal>> danas = acme.goals().streamByOwner(GoalOwner.employee(DANA))) {
      danas.forEach(goal -> out.println("dana owns " + goal.value().id()));
    }

    // Alignment links share one version for the whole graph; a link that would close a cycle is refused.
    long graphVersion =
        acme.inTransaction(
            work -> work.alignment()
                .addAll(
                    List.of(
                            AlignmentLink.of(GoalId.of("line-3-scrap"), GoalId.of("quality")),
                            AlignmentLink.of(GoalId.of("dana-training"), GoalId.of("line-3-scrap")))
                        .iterator(),
                    100,
                    acme.alignment().graphVersion()));
    out.println("aligned " + acme.alignment().count() + " links; graph version " + graphVersion);
    try {
      acme.runInTransaction(
          work -> work.alignment().add(AlignmentLink.of(GoalId.of("quality"), GoalId.of("dana-training")), graphVersion));
    } catch (AlignmentCycleException e) {
      out.println("refused: " + e.getMessage());
    }

    // Measurements are append-only: a correction is a later recording of the same date.
    KpiId scrapRate = KpiId.of("scrap-rate");
    LocalDate monday = LocalDate.of(2026, 3, 2);
    acme.runInTransaction(
        work -> {
          work.kpiDefinitions()
              .insert(
                  KpiDefinition.builder()
                      .id(scrapRate)
                      .name("Scrap rate")
                      .unit("%")
                      .direction(Direction.LOWER_IS_BETTER)
                      .aggregation(Aggregation.MEAN)
                      .frequency(Frequency.WEEKLY)
                      .build());
          work.measurements().append(Measurement.of(scrapRate, monday, Instant.parse("2026-03-02T18:00:00Z"), 4.1));
        });
    acme.runInTransaction(
        work -> work.measurements().append(Measurement.of(scrapRate, monday, Instant.parse("2026-03-03T08:00:00Z"), 3.9)));
    Measurement current = acme.measurements().range(scrapRate, monday, monday).get(0);
    Measurement known = acme.measurements().asOf(scrapRate, monday, monday, Instant.parse("2026-03-02T23:59:59Z")).get(0);
    out.println("scrap-rate on " + monday + ": " + current.value() + " (known that evening: " + known.value() + "; "
        + acme.measurements().count(scrapRate) + " recordings kept)");

    // The right to be forgotten: Dana's goals stay, owned by a pseudonym.
    EmployeeId pseudonym = EmployeeId.of("erased-5e1f");
    ErasureReport report = acme.inTransaction(work -> work.personalData().erase(DANA, pseudonym));
    out.println("erased dana: " + report.pseudonymised() + " goal(s) now owned by " + report.pseudonym()
        + "; export of dana is empty: " + acme.personalData().export(DANA).isEmpty());
    // Her id is retired: no later commit may store data naming her again (nor one begun before the erasure).
    try {
      acme.runInTransaction(work -> work.goals().insert(goal("dana-comeback", GoalOwner.employee(DANA), GoalLevel.INDIVIDUAL)));
    } catch (PersistenceException refused) {
      out.println("refused a goal for dana after her erasure");
    }
  }

  private static Goal goal(String id, GoalOwner owner, GoalLevel level) {
    return Goal.builder()
        .id(GoalId.of(id))
        .title("Goal " + id)
        .owner(owner)
        .level(level)
        .period(YEAR)
        .measure(
            level == GoalLevel.INDIVIDUAL
                ? GoalMeasure.manual(0)
                : GoalMeasure.kpi(KpiId.of("scrap-rate"), KpiTarget.of(4.0, 2.5)))
        .build();
  }
}
