/**
 * Small classes for {@code ConventionsCanFailTest}: {@code bad} breaks every convention of {@code
 * Conventions} on purpose, {@code good} keeps them all (and is the module whose {@code internal}
 * package {@code bad} reaches into).
 */
package dev.pillars.examples.conventions;
