/**
 * QuickTheories {@code Gen}s of valid Pillars domain data. Every generated value passes the
 * library's own validation, so a host can feed them straight into its integration.
 */
@NullMarked
package dev.pillars.testing;

import org.jspecify.annotations.NullMarked;
