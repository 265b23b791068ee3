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
 *   <li>{@link dev.pillars.scoring.cascade.MissingScorePolicy}: what a goal without a score counts
 *       for, for the whole cascade or per goal; {@link dev.pillars.scoring.cascade.NoScoreReason}:
 *       why a goal has no score, which is not a score of 0.
 *   <li>{@link dev.pillars.scoring.cascade.MeasuredParentRule}: how a goal with children and a
 *       measure of its own is scored (own measure, children, or a declared blend).
 * </ul>
 *
 * <p>Goals whose status the cascade does not count (draft and cancelled, unless configured) are
 * left out of their parents' roll-up, and receipts say so. When the graph changes, {@link
 * dev.pillars.scoring.cascade.CascadeResult#withGraph} carries the values over and recomputes
 * only what the change reaches.
 *
 * <p>Inside the package, {@code Cascade} and its builder are the public face; the compact form is
 * laid out by the package-private {@code Layout}, evaluated by {@code Evaluation} (the loop per
 * strategy chosen explicitly by {@code FastPath}), explained by {@code Receipts}, and moved to a
 * changed graph by {@code CarryOver}.
 *
 * <p><b>Hosts with large cascades.</b> An incremental update of a random leaf is bound by memory
 * latency: on a million goals the arrays take about 57 MB, and each update reads several cache
 * lines per lower level of its ancestors (most of them their rows of children's scores and
 * shares), on as many 4 KiB pages. Where the operating system offers transparent huge pages on
 * request ({@code madvise}), starting the JVM with {@code -XX:+UseTransparentHugePages} (and a
 * fixed heap, {@code -Xms} equal to {@code -Xmx}) cut the update's median by 7 to 8 % in the
 * project's benchmark on a quiet machine (318 against 346 ns, JMH sample p50) and by 10 % on a
 * busy one (802 against 892 ns; see BENCHMARKS.md). It changes no score; measure it on the host
 * before relying on it.
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
