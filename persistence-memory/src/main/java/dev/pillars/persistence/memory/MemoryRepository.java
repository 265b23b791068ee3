package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.Versioned;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The repository of one table, for a tenant store (reads only) or for a unit of work (reads and
 * writes into its buffer). Every aggregate's repository of the in-memory store is this class over
 * its table, plus the aggregate's own queries.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
class MemoryRepository<I, T> implements AggregateRepository<I, T> {
  private final MemoryTenantStore store;
  private final @Nullable MemoryUnitOfWork work;
  private final Table<I, T> table;
  private final String name;

  MemoryRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, Table<I, T> table, String name) {
    this.store = store;
    this.work = work;
    this.table = table;
    this.name = name;
  }

  @Override
  public Optional<Versioned<T>> find(I id) {
    Checks.notNull("id", id);
    MemoryUnitOfWork w = readingWork("find");
    return Optional.ofNullable(findAt(w, store.state(), id));
  }

  @Override
  public Versioned<T> insert(T aggregate) {
    Checks.notNull("aggregate", aggregate);
    MemoryUnitOfWork w = writingWork("insert");
    Trie[] state = w.stateForWrite();
    I id = table.idOf(aggregate);
    if (findAt(w, state, id) != null) {
      throw new DuplicateAggregateException(store.tenant(), table.aggregateType, id.toString());
    }
    Erasure.namedBy(aggregate, w::names);
    Pending prior = w.pending(table, id);
    long base = prior == null ? 0 : prior.baseVersion();
    w.writes(table).put(id, Pending.of(aggregate, 1, base));
    return Versioned.of(aggregate, 1);
  }

  @Override
  public Versioned<T> update(T aggregate, long expectedVersion) {
    Checks.notNull("aggregate", aggregate);
    requireVersion(expectedVersion);
    MemoryUnitOfWork w = writingWork("update");
    I id = table.idOf(aggregate);
    long base = requireCurrent(w, id, expectedVersion);
    Erasure.namedBy(aggregate, w::names);
    w.writes(table).put(id, Pending.of(aggregate, expectedVersion + 1, base));
    return Versioned.of(aggregate, expectedVersion + 1);
  }

  @Override
  public void delete(I id, long expectedVersion) {
    Checks.notNull("id", id);
    requireVersion(expectedVersion);
    MemoryUnitOfWork w = writingWork("delete");
    long base = requireCurrent(w, id, expectedVersion);
    checkDeletable(id);
    w.writes(table).put(id, Pending.of(null, 0, base));
    deleted(id);
  }

  /**
   * Called by {@link #delete} after the id and version were checked and before anything is written:
   * throws if other data still refers to the aggregate. Does nothing unless overridden.
   */
  void checkDeletable(I id) {}

  /** Called by {@link #delete} after the aggregate was deleted: deletes what belongs to it. */
  void deleted(I id) {}

  /** Checks that the aggregate exists at the expected version and returns its base version. */
  private long requireCurrent(MemoryUnitOfWork w, I id, long expectedVersion) {
    Trie[] state = w.stateForWrite();
    Versioned<T> current = findAt(w, state, id);
    if (current == null) {
      throw new AggregateNotFoundException(store.tenant(), table.aggregateType, id.toString());
    }
    if (current.version() != expectedVersion) {
      throw new StaleVersionException(
          store.tenant(), table.aggregateType, id.toString(), expectedVersion, current.version());
    }
    Pending prior = w.pending(table, id);
    return prior == null ? expectedVersion : prior.baseVersion();
  }

  @Override
  public long count() {
    MemoryUnitOfWork w = readingWork("count");
    Trie committed = store.state()[table.index];
    long count = committed.size();
    Map<Object, Pending> writes = w == null ? null : w.writesOrNull(table);
    if (writes != null) {
      for (Map.Entry<Object, Pending> write : writes.entrySet()) {
        boolean visible = write.getValue().value() != null;
        boolean wasCommitted = committed.versionOf(write.getKey(), table.keyOf) != 0;
        count += (visible ? 1 : 0) - (wasCommitted ? 1 : 0);
      }
    }
    return count;
  }

  @Override
  public Stream<Versioned<T>> stream() {
    MemoryUnitOfWork w = readingWork("stream");
    return Access.guarded(w, name + ".stream", streamAt(w, store.state()));
  }

  /** Streams every aggregate of the table as the caller sees it in {@code state}. */
  final Stream<Versioned<T>> streamAt(@Nullable MemoryUnitOfWork w, Trie[] state) {
    Stream<Versioned<T>> committed =
        StreamSupport.stream(state[table.index].spliterator(), false).map(this::cast);
    Map<Object, Pending> writes = w == null ? null : w.writesOrNull(table);
    if (writes == null) {
      return committed;
    }
    Map<Object, Pending> own = new HashMap<>(writes);
    return Stream.concat(
        committed.filter(v -> !own.containsKey(table.keyOf.apply(v.value()))),
        own.values().stream()
            .filter(p -> p.value() != null)
            .map(p -> Versioned.of(table.type.cast(p.value()), p.version())));
  }

  @Override
  public long insertAll(Iterator<? extends T> aggregates, int batchSize) {
    Checks.notNull("aggregates", aggregates);
    Checks.require(batchSize >= 1, "batchSize", batchSize, "must be at least 1");
    MemoryUnitOfWork w = writingWork("insertAll");
    Trie[] state = w.stateForWrite();
    Map<Object, Pending> writes = w.writes(table);
    int stamp = w.nextStamp();
    long inserted = 0;
    try {
      while (aggregates.hasNext()) {
        T aggregate = aggregates.next();
        if (aggregate == null) {
          throw new NullPointerException("aggregates yielded null");
        }
        I id = table.idOf(aggregate);
        Pending prior = writes.get(id);
        boolean exists =
            prior == null
                ? state[table.index].versionOf(id, table.keyOf) != 0
                : prior.value() != null;
        if (exists) {
          throw new DuplicateAggregateException(store.tenant(), table.aggregateType, id.toString());
        }
        Erasure.namedBy(aggregate, w::names);
        long base = prior == null ? 0 : prior.baseVersion();
        writes.put(id, new Pending(aggregate, 1, base, stamp, prior));
        inserted++;
      }
    } catch (RuntimeException | Error e) {
      undo(writes, stamp);
      throw e;
    }
    return inserted;
  }

  private static void undo(Map<Object, Pending> writes, int stamp) {
    Iterator<Map.Entry<Object, Pending>> entries = writes.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<Object, Pending> entry = entries.next();
      if (entry.getValue().stamp() == stamp) {
        Pending previous = entry.getValue().previous();
        if (previous == null) {
          entries.remove();
        } else {
          entry.setValue(previous);
        }
      }
    }
  }

  /** Returns the aggregate as the caller sees it: its unit of work's write, else committed. */
  final @Nullable Versioned<T> findAt(@Nullable MemoryUnitOfWork w, Trie[] state, I id) {
    if (w != null) {
      Pending pending = w.pending(table, id);
      if (pending != null) {
        Object value = pending.value();
        return value == null ? null : Versioned.of(table.type.cast(value), pending.version());
      }
    }
    Versioned<Object> committed = state[table.index].find(id, table.keyOf);
    return committed == null ? null : cast(committed);
  }

  @SuppressWarnings("unchecked")
  private Versioned<T> cast(Versioned<Object> versioned) {
    table.type.cast(versioned.value());
    return (Versioned<T>) (Versioned<?>) versioned;
  }

  final @Nullable MemoryUnitOfWork readingWork(String operation) {
    return Access.reading(work, name + "." + operation);
  }

  final MemoryUnitOfWork writingWork(String operation) {
    return Access.writing(store, work, name + "." + operation);
  }

  final MemoryTenantStore store() {
    return store;
  }

  private static void requireVersion(long expectedVersion) {
    Checks.require(expectedVersion >= 1, "expectedVersion", expectedVersion, "must be at least 1");
  }

  @Override
  public String toString() {
    return name + "[" + store.tenant() + (work == null ? ", committed" : ", " + work) + "]";
  }
}
