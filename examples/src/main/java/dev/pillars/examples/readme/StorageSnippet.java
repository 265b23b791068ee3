package dev.pillars.examples.readme;

// region storage
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.*;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.*;
import dev.pillars.core.kpi.*;
import dev.pillars.core.org.Organisation;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.*;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
// endregion

/** README's "Storage" snippet. */
public final class StorageSnippet {
  private StorageSnippet() {}

  /**
   * What the snippet reads back, for its test.
   *
   * @param store the tenant's store the snippet wrote into
   * @param snapshot the organisation read back
   * @param graph the alignment graph read back
   * @param series the defect rate's series read back
   */
  public record ReadBack(TenantStore store, Organisation snapshot, AlignmentGraph graph, MeasurementSeries series) {}

  /**
   * Runs README's storage snippet on the given data.
   *
   * @param organisation the organisation to store
   * @param defectRate the KPI to store
   * @param defects the KPI's series, corrections included
   * @param goals the goals to store, one of them {@code chen-training}
   * @param links the goals' alignment links
   * @param clock the clock of the check-in
   * @return what the snippet reads back
   */
  public static ReadBack writeAndRead(Organisation organisation, KpiDefinition defectRate, MeasurementSeries defects,
      List<Goal> goals, List<AlignmentLink> links, Clock clock) {
    // region storage
    // organisation, defectRate, defects (its series), goals, links: as in the snippets above
    TenantStore acme = MemoryStore.create().forTenant(TenantId.of("acme-precision"));
    acme.runInTransaction(work -> {
      work.orgUnits().insertAll(organisation.units().iterator(), 100);
      work.employees().insertAll(organisation.employees().iterator(), 100);
      work.kpiDefinitions().insert(defectRate);
      work.measurements().appendAll(defects.history().iterator(), 100);  // corrections included
      work.goals().insertAll(goals.iterator(), 100);
      work.alignment().addAll(links.iterator(), 100, work.alignment().graphVersion());
    });
    // a check-in: record it on the goal (a new version) and append it to the goal's log
    acme.runInTransaction(work -> {
      Versioned<Goal> chen = work.goals().find(GoalId.of("chen-training")).orElseThrow();
      Change<Goal> change = chen.value().checkIn(0.75, 0.6, Optional.of("9 of 12 trained"), clock);
      work.goals().update(change.value(), chen.version());
      work.checkIns().append(((CheckInRecorded) change.events().get(0)).checkIn());
    });
    // read it back: the organisation snapshot, the graph, the measurements
    Organisation snapshot = acme.organisation().snapshot();
    AlignmentGraph.Builder graph = AlignmentGraph.builder();
    try (Stream<Versioned<Goal>> all = acme.goals().stream()) {
      all.forEach(goal -> graph.addGoal(goal.value()));
    }
    try (Stream<AlignmentLink> all = acme.alignment().stream()) {
      all.forEach(graph::addLink);
    }
    MeasurementSeries series = acme.measurements().series(KpiId.of("defect-rate"));
    // endregion
    return new ReadBack(acme, snapshot, graph.build(), series);
  }
}
