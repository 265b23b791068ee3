package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The append-only log of one log table, for a tenant store (reads only) or a unit of work (reads
 * its view, appends into it): the generic machinery under {@link MemoryLogRepository}.
 *
 * @param <K> the key type, such as a KPI id
 * @param <E> the entry type, such as a measurement
 */
final class MemoryLog<K, E> {
  private final MemoryTenantStore store;
  private final @Nullable MemoryUnitOfWork work;
  private final Table<K, ?> table;
  private final LogCodec<K, E> codec;
  private final String name;

  MemoryLog(
      MemoryTenantStore store, @Nullable MemoryUnitOfWork work, Table<K, ?> table, LogCodec<K, E> codec, String name) {
    this.store = store;
    this.work = work;
    this.table = table;
    this.codec = codec;
    this.name = name;
  }

  /** Returns the entries of a key as the caller sees them, sorted; a read-only list. */
  List<E> entries(K key, String operation) {
    MemoryUnitOfWork w = Access.reading(work, name + "." + operation);
    return view(w, store.state(), key);
  }

  private List<E> view(@Nullable MemoryUnitOfWork w, Trie[] state, K key) {
    List<E> committed = committed(state, key);
    Pending pending = w == null ? null : w.pending(table, key);
    if (pending == null) {
      return committed;
    }
    // an identity committed meanwhile by another unit of work fails this one's commit; until then
    // the view shows both
    return Collections.unmodifiableList(logWrite(pending).over(committed, codec.order, entry -> {}));
  }

  @SuppressWarnings("unchecked")
  private List<E> committed(Trie[] state, K key) {
    Versioned<Object> chunk = state[table.index].find(key, table.keyOf);
    return chunk == null ? List.of() : (List<E>) chunk.value();
  }

  @SuppressWarnings("unchecked")
  private LogWrite<E> logWrite(Pending pending) {
    return (LogWrite<E>) pending.value();
  }

  /**
   * Appends entries one by one; all or nothing.
   *
   * @param entries the entries
   * @param field the argument's name, for messages
   * @param batchSize the batch size, checked and otherwise unused: the store has no storage to
   *     send batches to
   * @param requireOwner throws if an entry's owner (its KPI, its goal) does not exist
   * @param operation the operation's name, for messages
   * @return how many entries were appended
   */
  long appendAll(
      @Nullable Iterator<? extends E> entries,
      String field,
      int batchSize,
      Consumer<E> requireOwner,
      String operation) {
    Checks.notNull(field, entries);
    Checks.require(batchSize >= 1, "batchSize", batchSize, "must be at least 1");
    MemoryUnitOfWork w = Access.writing(store, work, name + "." + operation);
    Trie[] state = w.stateForWrite();
    Map<Object, Pending> writes = w.writes(table);
    List<E> added = new ArrayList<>();
    Set<Object> created = new HashSet<>();
    try {
      while (entries.hasNext()) {
        E entry = entries.next();
        if (entry == null) {
          throw new NullPointerException(field + " yielded null");
        }
        requireOwner.accept(entry);
        K key = codec.keyOf(entry);
        Pending pending = writes.get(key);
        LogWrite<E> write;
        if (pending == null) {
          write = LogWrite.appending(codec.order);
          writes.put(key, Pending.of(write, 0, 0));
          created.add(key);
        } else {
          write = logWrite(pending);
        }
        List<E> before = write.replaced ? write.base : committed(state, key);
        if (write.appended.contains(entry) || Collections.binarySearch(before, entry, codec.order) >= 0) {
          throw new DuplicateAggregateException(store.tenant(), codec.entryType, codec.identity(entry));
        }
        write.appended.add(entry);
        added.add(entry);
      }
    } catch (RuntimeException | Error e) {
      for (E entry : added) {
        logWrite(writes.get(codec.keyOf(entry))).appended.remove(entry);
      }
      writes.keySet().removeAll(created);
      throw e;
    }
    return added.size();
  }

  /**
   * Replaces the entries of a key as the caller sees them with {@code change} applied to them; the
   * commit checks that the committed chunk is still the one they were read from.
   *
   * @param key the key
   * @param change returns the new entries, sorted, given the current ones
   */
  void replace(K key, UnaryOperator<List<E>> change) {
    MemoryUnitOfWork w = Access.writing(store, work, name + ".replace");
    Trie[] state = w.stateForWrite();
    Pending prior = w.pending(table, key);
    long base =
        prior != null && logWrite(prior).replaced
            ? prior.baseVersion()
            : state[table.index].versionOf(key, table.keyOf);
    List<E> entries = change.apply(view(w, state, key));
    w.writes(table).put(key, Pending.of(LogWrite.replacing(entries, codec.order), 0, base));
  }

  /** Returns the key an entry is filed under. */
  K keyOf(E entry) {
    return codec.keyOf(entry);
  }

  /** Returns the tenant, for messages. */
  MemoryTenantStore store() {
    return store;
  }

  @Override
  public String toString() {
    return name + "[" + store.tenant() + (work == null ? ", committed" : ", " + work) + "]";
  }
}
