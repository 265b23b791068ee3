/**
 * The shared Immutables style of Pillars value types, {@link dev.pillars.core.value.PillarsStyle}.
 */
@NullMarked
package dev.pillars.core.value;

import org.jspecify.annotations.NullMarked;
