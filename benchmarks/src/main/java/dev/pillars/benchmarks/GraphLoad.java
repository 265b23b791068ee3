package dev.pillars.benchmarks;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.persistence.spi.TenantStore;
import java.util.stream.Stream;

/** Writes a goal graph into a store, and reads one back by streaming it once. */
final class GraphLoad {
  static final int BATCH = 10_000;

  private GraphLoad() {}

  /** Inserts the graph's goals, then adds its links, each in one unit of work through the SPI. */
  static void write(TenantStore tenant, AlignmentGraph graph) {
    tenant.runInTransaction(work -> work.goals().insertAll(graph.goals().iterator(), BATCH));
    tenant.runInTransaction(work -> work.alignment().addAll(graph.links().iterator(), BATCH, 0));
  }

  /** Streams the tenant's goals and links once each and builds the alignment graph from them. */
  static AlignmentGraph read(TenantStore tenant) {
    AlignmentGraph.Builder graph = AlignmentGraph.builder();
    try (Stream<dev.pillars.persistence.spi.Versioned<Goal>> goals = tenant.goals().stream()) {
      goals.forEach(goal -> graph.addGoal(goal.value()));
    }
    try (Stream<AlignmentLink> links = tenant.alignment().stream()) {
      links.forEach(graph::addLink);
    }
    return graph.build();
  }
}
