/**
 * Alignment: the weighted, acyclic graph of goals that contribute to other goals, from
 * organisation objectives through unit goals down to individual goals.
 *
 * <p>{@link dev.pillars.core.alignment.AlignmentGraph} is immutable. Build a large graph in one go
 * with {@link dev.pillars.core.alignment.AlignmentGraph#builder()} (validated once, in time linear
 * in goals plus links) or change a small one a step at a time with {@code withGoal}, {@code
 * withLink} and {@code withoutLink}, each returning a {@link dev.pillars.core.event.Change} with
 * its domain event. Every type here is thread-safe. No method returns or accepts null.
 */
@NullMarked
package dev.pillars.core.alignment;

import org.jspecify.annotations.NullMarked;
