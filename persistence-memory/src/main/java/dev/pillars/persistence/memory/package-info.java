/**
 * The in-memory reference store: {@link dev.pillars.persistence.memory.MemoryStore}, the embedded
 * default that keeps every rule of the persistence SPI and passes its TCK.
 *
 * <p>Only {@code MemoryStore} is public; everything else in this package is its implementation.
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise.
 */
@NullMarked
package dev.pillars.persistence.memory;

import org.jspecify.annotations.NullMarked;
