package dev.pillars.engine.internal;

import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a tenant's goals and links, the one place the engine does. */
public final class TenantGraph {
  private TenantGraph() {}

  /**
   * Reads a tenant's alignment graph, in the canonical order the engine's scores use.
   *
   * @param store the tenant's repositories
   * @return the graph of every goal and link
   */
  public static AlignmentGraph read(Repositories store) {
    return new TenantData(goals(store), links(store), Map.of(), Map.of()).graph();
  }

  static List<Goal> goals(Repositories store) {
    try (Stream<Versioned<Goal>> stream = store.goals().stream()) {
      return stream.map(Versioned::value).collect(Collectors.toList());
    }
  }

  static List<AlignmentLink> links(Repositories store) {
    try (Stream<AlignmentLink> stream = store.alignment().stream()) {
      return stream.collect(Collectors.toList());
    }
  }
}
