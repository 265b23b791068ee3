package dev.pillars.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * What a unit of work has written to one key of a log table and has not committed yet: entries it
 * appended, sorted by the log's order, and possibly a replacement of the whole committed chunk
 * (by erasure, or by deleting the key's owner) that the appended entries follow.
 *
 * <p>Held as the value of a {@link Pending}; mutable, used only by its unit of work's thread.
 *
 * @param <E> the entry type
 */
final class LogWrite<E> {
  /** Whether the committed chunk was replaced by {@link #base}; then the commit checks its version. */
  final boolean replaced;
  /** The replacement, sorted; empty unless {@link #replaced}. */
  final List<E> base;
  /** The entries appended after the committed chunk or the replacement, sorted. */
  final NavigableSet<E> appended;

  private LogWrite(boolean replaced, List<E> base, Comparator<E> order) {
    this.replaced = replaced;
    this.base = base;
    this.appended = new TreeSet<>(order);
  }

  /** Returns a write that only appends to the committed chunk. */
  static <E> LogWrite<E> appending(Comparator<E> order) {
    return new LogWrite<>(false, List.of(), order);
  }

  /** Returns a write that replaces the committed chunk with {@code entries}, sorted. */
  static <E> LogWrite<E> replacing(List<E> entries, Comparator<E> order) {
    return new LogWrite<>(true, List.copyOf(entries), order);
  }

  /** Returns the entries this write leaves when applied to {@code committed}, sorted. */
  List<E> over(List<E> committed, Comparator<E> order, Consumer<E> onDuplicate) {
    return merge(replaced ? base : committed, appended, order, onDuplicate);
  }

  /**
   * Merges a sorted list and a sorted set into a new sorted list, calling {@code onDuplicate} (which
   * throws) for an entry of the set that the list already holds.
   */
  static <E> List<E> merge(List<E> sorted, NavigableSet<E> added, Comparator<E> order, Consumer<E> onDuplicate) {
    if (added.isEmpty()) {
      return sorted;
    }
    List<E> merged = new ArrayList<>(sorted.size() + added.size());
    int i = 0;
    for (E entry : added) {
      while (i < sorted.size() && order.compare(sorted.get(i), entry) < 0) {
        merged.add(sorted.get(i++));
      }
      if (i < sorted.size() && order.compare(sorted.get(i), entry) == 0) {
        onDuplicate.accept(entry);
      }
      merged.add(entry);
    }
    while (i < sorted.size()) {
      merged.add(sorted.get(i++));
    }
    return merged;
  }
}
