package dev.pillars.core.smart;

import dev.pillars.core.Checks;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.MeasurementSeries;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a goal alone does not tell a {@link SmartAssessor}: the alignment graph the goal sits in, and
 * the definitions and measurement histories of the KPIs goals are measured by.
 *
 * <p>Both parts are optional. Without a graph the Relevant check of a goal below the organisation
 * level, and the Measurable check of a derived goal, can only warn; without the history of a goal's
 * KPI the Achievable check can only warn. One context may serve every goal of a graph: it holds
 * any number of KPI histories, and each goal uses the one of its own KPI.
 *
 * <pre>{@code
 * SmartContext context = SmartContext.of(graph)
 *     .withKpi(defectRate, defectSeries)
 *     .withKpi(unitsPerHour, outputSeries);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe values; the {@code with…} methods return new
 * contexts.
 */
public final class SmartContext {
  private static final SmartContext EMPTY = new SmartContext(null, Map.of());

  private final @Nullable AlignmentGraph alignment;
  private final Map<KpiId, KpiHistory> kpis;

  private SmartContext(@Nullable AlignmentGraph alignment, Map<KpiId, KpiHistory> kpis) {
    this.alignment = alignment;
    this.kpis = kpis;
  }

  /**
   * Returns the context that supplies nothing.
   *
   * @return the empty context
   */
  public static SmartContext empty() {
    return EMPTY;
  }

  /**
   * Returns a context with an alignment graph and no KPI history.
   *
   * @param alignment the graph the assessed goals sit in
   * @return the context
   * @throws dev.pillars.core.InvalidInputException if {@code alignment} is null
   */
  public static SmartContext of(AlignmentGraph alignment) {
    return EMPTY.withAlignment(alignment);
  }

  /**
   * Returns this context with an alignment graph, replacing any it had.
   *
   * @param graph the graph the assessed goals sit in
   * @return the new context
   * @throws dev.pillars.core.InvalidInputException if {@code graph} is null
   */
  public SmartContext withAlignment(AlignmentGraph graph) {
    Checks.notNull("alignment", graph);
    return new SmartContext(graph, kpis);
  }

  /**
   * Returns this context with the history of one more KPI.
   *
   * @param definition the KPI
   * @param series the KPI's measurements
   * @return the new context
   * @throws dev.pillars.core.InvalidInputException if an argument is null, the series measures
   *     another KPI than {@code definition}, or the context already holds a history of that KPI
   */
  public SmartContext withKpi(KpiDefinition definition, MeasurementSeries series) {
    return withKpi(new KpiHistory(definition, series));
  }

  /**
   * Returns this context with the history of one more KPI.
   *
   * @param history the KPI and its measurements
   * @return the new context
   * @throws dev.pillars.core.InvalidInputException if {@code history} is null or the context
   *     already holds a history of its KPI
   */
  public SmartContext withKpi(KpiHistory history) {
    Checks.notNull("history", history);
    Checks.require(
        !kpis.containsKey(history.kpi()), "history.kpi", history.kpi(), "must not be in the context already");
    Map<KpiId, KpiHistory> more = new LinkedHashMap<>(kpis);
    more.put(history.kpi(), history);
    return new SmartContext(alignment, Collections.unmodifiableMap(more));
  }

  /**
   * Returns the alignment graph, if the context has one.
   *
   * @return the graph
   */
  public Optional<AlignmentGraph> alignment() {
    return Optional.ofNullable(alignment);
  }

  /**
   * Returns the history of a KPI, if the context has it.
   *
   * @param kpi the KPI's id
   * @return its definition and measurements
   * @throws dev.pillars.core.InvalidInputException if {@code kpi} is null
   */
  public Optional<KpiHistory> kpi(KpiId kpi) {
    Checks.notNull("kpi", kpi);
    return Optional.ofNullable(kpis.get(kpi));
  }

  /**
   * Returns every KPI history, in the order added.
   *
   * @return an unmodifiable map from KPI id to history
   */
  public Map<KpiId, KpiHistory> kpis() {
    return kpis;
  }

  /**
   * Returns whether another object is a context with an equal alignment graph (or none, as this
   * one) and equal KPI histories, whatever the order they were added in.
   *
   * @param other the object to compare with
   * @return whether both contexts supply the same
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SmartContext
        && Objects.equals(alignment, ((SmartContext) other).alignment)
        && kpis.equals(((SmartContext) other).kpis);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(alignment, kpis);
  }

  /**
   * Returns a short summary such as {@code SmartContext[alignment=AlignmentGraph[goals=12,
   * links=14], kpis=[defect-rate]]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "SmartContext[alignment=" + alignment + ", kpis=" + kpis.keySet() + "]";
  }
}
