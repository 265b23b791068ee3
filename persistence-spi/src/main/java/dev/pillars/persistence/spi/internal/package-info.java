/**
 * Internal: code the Pillars stores share that is no part of the SPI. Exported only to the
 * library's own store modules ({@code module-info} says so); hosts must not use it, and it may
 * change in any release.
 *
 * <p>Every type is null-marked.
 */
@NullMarked
package dev.pillars.persistence.spi.internal;

import org.jspecify.annotations.NullMarked;
