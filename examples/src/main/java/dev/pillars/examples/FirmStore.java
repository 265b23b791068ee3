package dev.pillars.examples;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.CheckInRecorded;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.event.Change;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The firm's round trip through the persistence SPI: {@link #write} stores it in a tenant in units
 * of work, as a host would, and {@link #read} reads all of it back, streams closed as the SPI asks.
 * Nothing here knows which store it talks to.
 */
final class FirmStore {
  private static final int BATCH = 100;

  private FirmStore() {}

  /**
   * Writes the firm: the organisation in one unit of work, the KPIs with their measurements in a
   * second, the goals with their alignment in a third, and then each check-in in its own unit of
   * work that records it on the goal (a new version) and appends it to the goal's log.
   *
   * @return how many units of work were committed
   */
  static int write(TenantStore tenant, Firm firm) {
    int units = 0;
    tenant.runInTransaction(work -> {
      work.orgUnits().insertAll(firm.organisation().units().iterator(), BATCH);
      work.employees().insertAll(firm.organisation().employees().iterator(), BATCH);
    });
    units++;
    tenant.runInTransaction(work -> {
      work.kpiDefinitions().insertAll(firm.kpis().iterator(), BATCH);
      for (MeasurementSeries series : firm.measurements()) {
        work.measurements().appendAll(series.history().iterator(), BATCH);
      }
    });
    units++;
    tenant.runInTransaction(work -> {
      work.goals().insertAll(firm.goals().iterator(), BATCH);
      work.alignment().addAll(firm.links().iterator(), BATCH, work.alignment().graphVersion());
    });
    units++;
    for (CheckIn checkIn : firm.checkIns()) {
      tenant.runInTransaction(work -> {
        Versioned<Goal> goal = work.goals().find(checkIn.goalId()).orElseThrow();
        Change<Goal> change = goal.value().checkIn(checkIn.progress(), checkIn.confidence(), checkIn.comment(),
            Clock.fixed(checkIn.at(), ZoneOffset.UTC));
        work.goals().update(change.value(), goal.version());
        change.events().stream()
            .filter(CheckInRecorded.class::isInstance)
            .map(e -> ((CheckInRecorded) e).checkIn())
            .forEach(work.checkIns()::append);
      });
      units++;
    }
    return units;
  }

  /** Reads the whole firm back from the tenant's committed data. */
  static Firm read(TenantStore tenant) {
    List<KpiDefinition> kpis = all(tenant.kpiDefinitions().stream().map(Versioned::value));
    List<MeasurementSeries> measurements = new ArrayList<>();
    for (KpiDefinition kpi : kpis) {
      measurements.add(tenant.measurements().series(kpi.id()));
    }
    List<Goal> goals = all(tenant.goals().stream().map(Versioned::value));
    List<AlignmentLink> links = all(tenant.alignment().stream());
    List<CheckIn> checkIns = new ArrayList<>();
    for (Goal goal : goals) {
      checkIns.addAll(all(tenant.checkIns().streamByGoal(goal.id())));
    }
    return new Firm(tenant.organisation().snapshot(), kpis, measurements, goals, links, checkIns);
  }

  /** Collects a store's stream and closes it: a database store backs it with a cursor. */
  private static <T> List<T> all(Stream<T> stream) {
    try (stream) {
      return stream.collect(Collectors.toList());
    }
  }
}
