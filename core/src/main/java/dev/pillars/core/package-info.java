/**
 * What every Pillars concept shares: the exception hierarchy rooted at {@link
 * dev.pillars.core.PillarsException}, precondition {@link dev.pillars.core.Checks}, {@link
 * dev.pillars.core.TenantId} and {@link dev.pillars.core.Period}.
 *
 * <p>How every Pillars call fails on wrong input, the error rule, is written down on {@link
 * dev.pillars.core.PillarsException}.
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise; absent
 * values are {@link java.util.Optional}.
 */
@NullMarked
package dev.pillars.core;

import org.jspecify.annotations.NullMarked;
