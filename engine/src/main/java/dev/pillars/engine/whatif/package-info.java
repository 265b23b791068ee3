/**
 * What-if: try changes (a measurement, a check-in, a link added or removed, another roll-up
 * strategy) against a copy of a tenant in memory and see which scores would change, old and new,
 * with receipts. Nothing is stored and no event is delivered; applying the same changes for real
 * gives exactly the sandbox's scores.
 */
@NullMarked
package dev.pillars.engine.whatif;

import org.jspecify.annotations.NullMarked;
