/**
 * Allocation of a budget in exact minor currency units (cents): {@link
 * dev.pillars.scoring.allocation.AllocationStrategy}, the built-in rating-proportional allocation
 * by largest remainders, and the self-explaining {@link
 * dev.pillars.scoring.allocation.Allocation}. Money is a {@code long} count of minor units, never a
 * {@code double}.
 */
@NullMarked
package dev.pillars.scoring.allocation;

import org.jspecify.annotations.NullMarked;
