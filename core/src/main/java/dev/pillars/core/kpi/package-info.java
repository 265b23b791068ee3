/**
 * Key performance indicators: definitions, targets, measurement series, attainment, payout curves,
 * trends and projections.
 */
@NullMarked
package dev.pillars.core.kpi;

import org.jspecify.annotations.NullMarked;
