/**
 * The shared Immutables style of Pillars value types, {@link dev.pillars.core.value.PillarsStyle}.
 *
 * <p>When a value type is a record, an Immutables type with this style, or a hand-written class is
 * decided in the repository's {@code CONVENTIONS.md}: records by default, this style for values
 * with many or optional attributes that are built step by step, a hand-written class only when
 * the value keeps another representation than it shows.
 */
@NullMarked
package dev.pillars.core.value;

import org.jspecify.annotations.NullMarked;
