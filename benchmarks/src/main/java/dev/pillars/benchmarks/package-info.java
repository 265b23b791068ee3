/**
 * JMH benchmarks of Pillars, each measured together with its baselines so a result reads as a
 * ratio. Not published: build {@code benchmarks/target/benchmarks.jar} and run it as
 * BENCHMARKS.md at the repository root describes.
 *
 * <p>Everything here is non-null unless annotated otherwise.
 */
@NullMarked
package dev.pillars.benchmarks;

import org.jspecify.annotations.NullMarked;
