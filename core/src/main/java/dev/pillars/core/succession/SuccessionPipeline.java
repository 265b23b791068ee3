package dev.pillars.core.succession;

import dev.pillars.core.Checks;
import dev.pillars.core.org.OrgUnitId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The succession pipeline per unit: for each unit with key positions, its positions with no
 * ready-now candidate first, and its bench strength (the share of its key positions someone could
 * take over now).
 */
public final class SuccessionPipeline {
  /** Positions nobody could take over now first, then the riskiest and most costly to lose. */
  private static final Comparator<SuccessionPlan> PIPELINE_ORDER =
      Comparator.comparing((SuccessionPlan p) -> p.benchStrength().hasReadyCandidate())
          .thenComparing(SuccessionPlan::risk, Comparator.reverseOrder())
          .thenComparing(SuccessionPlan::impact, Comparator.reverseOrder())
          .thenComparing(SuccessionPlan::position);

  private SuccessionPipeline() {}

  /**
   * Returns the pipeline of every unit that has a key position, in unit id order.
   *
   * @param plans the succession plans, positions distinct
   * @return one pipeline per unit
   * @throws NullPointerException if {@code plans} is or holds null
   * @throws dev.pillars.core.InvalidInputException if two plans are for the same position
   */
  public static List<UnitPipeline> byUnit(Collection<SuccessionPlan> plans) {
    Checks.notNull("plans", plans);
    Map<OrgUnitId, List<SuccessionPlan>> units = new TreeMap<>();
    Set<PositionId> positions = new HashSet<>();
    for (SuccessionPlan plan : plans) {
      Checks.notNull("plans", plan);
      Checks.require(positions.add(plan.position()), "plans", plan.position(), "must not repeat a position");
      units.computeIfAbsent(plan.unit(), u -> new ArrayList<>()).add(plan);
    }
    List<UnitPipeline> pipelines = new ArrayList<>();
    units.forEach((unit, list) -> {
      list.sort(PIPELINE_ORDER);
      int covered = (int) list.stream().filter(p -> p.benchStrength().hasReadyCandidate()).count();
      int uncovered = (int) list.stream().filter(p -> p.emergencyCover().isEmpty()).count();
      pipelines.add(new UnitPipeline(unit, list, covered, uncovered));
    });
    return List.copyOf(pipelines);
  }
}
