/**
 * The cascade roll-up: scores every goal of an {@link dev.pillars.core.alignment.AlignmentGraph}
 * from the values of its leaves (KPI attainment, manual progress, milestones) upwards, each goal
 * with its configured {@link dev.pillars.scoring.aggregation.AggregationStrategy}, and keeps the
 * scores current when one leaf changes.
 *
 * <ul>
 *   <li>{@link dev.pillars.scoring.cascade.Cascade}: the compact form of a graph and its roll-up
 *       configuration, built once: indices and primitive arrays in topological order. Immutable.
 *   <li>{@link dev.pillars.scoring.cascade.LeafValues}: the values a caller supplies for the goals
 *       without children.
 *   <li>{@link dev.pillars.scoring.cascade.CascadeResult}: the score of every goal, a receipt for
 *       any one goal on demand, and incremental updates that recompute only the changed leaf's
 *       ancestors.
 *   <li>{@link dev.pillars.scoring.cascade.MissingScorePolicy}: what a goal with neither children
 *       nor a leaf value counts for.
 * </ul>
 *
 * <p>A typical use:
 *
 * <pre>{@code
 * Cascade cascade = Cascade.builder(graph)
 *     .defaultStrategy(AggregationStrategy.weightedMean())
 *     .strategy(GoalId.of("safety"), AggregationStrategy.minimum())
 *     .build();
 * CascadeResult result = cascade.rollUp(cascade.leafValues().putGoalProgress());
 * double company = result.score(GoalId.of("company")).orElseThrow();
 * result.update(GoalId.of("ana-q3"), 0.8);            // recomputes only ana-q3's ancestors
 * Receipt why = result.receipt(GoalId.of("company")).orElseThrow();
 * }</pre>
 */
@NullMarked
package dev.pillars.scoring.cascade;

import org.jspecify.annotations.NullMarked;
