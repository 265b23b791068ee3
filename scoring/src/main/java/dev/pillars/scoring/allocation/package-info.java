/**
 * Allocation of a budget in exact minor currency units (cents): {@link
 * dev.pillars.scoring.allocation.AllocationStrategy}, the built-in rating-proportional allocation
 * by largest remainders, and the self-explaining {@link
 * dev.pillars.scoring.allocation.Allocation}. Money is a {@code long} count of minor units, never a
 * {@code double}. {@link dev.pillars.scoring.allocation.RangeAllocation} shares a merit or bonus budget
 * inside each person's merit-matrix or bonus-plan range, with a receipt per person.
 */
@NullMarked
package dev.pillars.scoring.allocation;

import org.jspecify.annotations.NullMarked;
