package dev.pillars.persistence.memory;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The committed entries of one key of a log table (the measurements of one KPI, the check-ins of
 * one goal), immutable and sorted by the log's order ({@link LogCodec#order}). A chunk is a
 * read-only list view; how it keeps its entries is up to the log.
 *
 * @param <K> the key type
 * @param <E> the entry type
 */
abstract class LogChunk<K, E> extends AbstractList<E> implements RandomAccess {
  /** Returns the key all entries share. */
  abstract K key();
}
