/**
 * Attainment of a measure: how far a KPI's measured value has come from its baseline to its
 * target. {@link dev.pillars.scoring.attainment.AttainmentStrategy} and its built-ins: linear
 * attainment with a floor and an optional cap, the threshold / target / stretch payout curve, and
 * binary (reached or not) for OKR key results.
 */
@NullMarked
package dev.pillars.scoring.attainment;

import org.jspecify.annotations.NullMarked;
