/**
 * SMART assessment of goals: one finding per letter (Specific, Measurable, Achievable, Relevant,
 * Time-bound), each a {@link dev.pillars.core.smart.Verdict} with a reason that names its numbers.
 *
 * <p>A {@link dev.pillars.core.smart.SmartAssessor} built from a {@link
 * dev.pillars.core.smart.SmartPolicy} and a {@link java.time.Clock} assesses a goal on its own or
 * with a {@link dev.pillars.core.smart.SmartContext} that supplies what the goal alone lacks: the
 * alignment graph (for Relevant and for derived measures) and the KPI definitions and measurement
 * histories (for Achievable). Every type here is immutable and thread-safe.
 */
@NullMarked
package dev.pillars.core.smart;

import org.jspecify.annotations.NullMarked;
