package dev.pillars.examples.readme;

// region generators
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.*;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.*;
import dev.pillars.testing.*;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
// endregion

/** README's "Generators for your own property tests" snippet: a host's round-trip properties. */
// region generators
class StoreRoundTripProperties {
  @Test
  void everyAlignmentGraphComesBackAsStored() {
    qt().withExamples(100).forAll(GoalGraphGens.alignmentGraphs())
        .checkAssert(graph -> assertThat(roundTrip(graph)).isEqualTo(graph));
  }

  @Test
  void kpiSeriesForExampleBasedTestsAreTheSameOnEveryRun() {
    MeasurementSeries fixed = KpiSeries.weekly(KpiId.of("defect-rate"), LocalDate.of(2026, 1, 5),
        26, 5.0, -0.03, 0.1, 42);                 // 26 weeks from 5.0, -0.03 a week, noise 0.1, seed 42
    assertThat(fixed.dates()).isEqualTo(26);
    assertThat(fixed).isEqualTo(KpiSeries.weekly(KpiId.of("defect-rate"), LocalDate.of(2026, 1, 5),
        26, 5.0, -0.03, 0.1, 42));
  }

  // Your own storage mapping goes here; in this sketch Pillars' in-memory store stands in for it.
  private static AlignmentGraph roundTrip(AlignmentGraph graph) {
    TenantStore store = MemoryStore.create().forTenant(TenantId.of("test"));
    store.runInTransaction(work -> {
      work.goals().insertAll(graph.goals().iterator(), 100);
      work.alignment().addAll(graph.links().iterator(), 100, work.alignment().graphVersion());
    });
    AlignmentGraph.Builder read = AlignmentGraph.builder();
    try (Stream<Versioned<Goal>> goals = store.goals().stream()) {
      goals.forEach(goal -> read.addGoal(goal.value()));
    }
    try (Stream<AlignmentLink> links = store.alignment().stream()) {
      links.forEach(read::addLink);
    }
    return read.build();
  }
}
// endregion
