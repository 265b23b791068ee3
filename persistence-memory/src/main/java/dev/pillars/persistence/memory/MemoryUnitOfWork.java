package dev.pillars.persistence.memory;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work of the in-memory store: it buffers its writes per table and applies them all at
 * once when it commits.
 *
 * <p>Every write is checked against the unit of work's view (committed state plus its own writes)
 * when it is called. The commit takes the tenant's commit lock, checks again, if any other commit
 * happened since the writes were checked, that each written aggregate still has the version the
 * unit of work started from, and then publishes a new state built from the old one. A failed check
 * throws before anything is published, so a commit is all or nothing, and readers, who never lock,
 * see either the whole commit or none of it.
 *
 * <p>Not thread-safe: one thread at a time, as the SPI allows.
 */
final class MemoryUnitOfWork implements UnitOfWork {
  private enum Status {
    ACTIVE,
    COMMITTED,
    ROLLED_BACK
  }

  /** How many writes to one table a commit needs before it may rebuild the table's trie. */
  private static final int REBUILD_AT = 1024;

  private final MemoryTenantStore store;
  private final @Nullable Map<Object, Pending>[] writes;
  private Status status = Status.ACTIVE;
  private Trie @Nullable [] checkedAgainst;
  private boolean recheck;
  private int lastStamp;
  private @Nullable MemoryGoalRepository goals;
  private @Nullable MemoryPersonalData personalData;

  @SuppressWarnings("unchecked")
  MemoryUnitOfWork(MemoryTenantStore store) {
    this.store = store;
    this.writes = (Map<Object, Pending>[]) new Map<?, ?>[Tables.COUNT];
  }

  @Override
  public TenantId tenant() {
    return store.tenant();
  }

  @Override
  public GoalRepository goals() {
    MemoryGoalRepository repository = goals;
    if (repository == null) {
      repository = new MemoryGoalRepository(store, this);
      goals = repository;
    }
    return repository;
  }

  @Override
  public PersonalDataRepository personalData() {
    MemoryPersonalData repository = personalData;
    if (repository == null) {
      repository = new MemoryPersonalData(store, this, (MemoryGoalRepository) goals());
      personalData = repository;
    }
    return repository;
  }

  @Override
  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  /** Fails unless the unit of work is still active. */
  void requireActive(String operation) {
    if (status != Status.ACTIVE) {
      throw new TransactionStateException(
          operation
              + " was called through a unit of work of tenant '"
              + store.tenant()
              + "' that has been "
              + (status == Status.COMMITTED ? "committed" : "rolled back")
              + "; begin a new one");
    }
  }

  /**
   * Returns the committed state a write is checked against, and remembers whether all writes were
   * checked against the same state, so that the commit can skip checking again when nothing else
   * was committed in between.
   */
  Trie[] stateForWrite() {
    Trie[] state = store.state();
    if (checkedAgainst == null) {
      checkedAgainst = state;
    } else if (checkedAgainst != state) {
      recheck = true;
    }
    return state;
  }

  /** Returns this unit of work's write to an aggregate of a table, if any. */
  @Nullable Pending pending(Table<?, ?> table, Object key) {
    Map<Object, Pending> tableWrites = writes[table.index];
    return tableWrites == null ? null : tableWrites.get(key);
  }

  /** Returns this unit of work's writes to a table, or null if there are none. */
  @Nullable Map<Object, Pending> writesOrNull(Table<?, ?> table) {
    Map<Object, Pending> tableWrites = writes[table.index];
    return tableWrites == null || tableWrites.isEmpty() ? null : tableWrites;
  }

  /** Returns this unit of work's writes to a table, creating the buffer if needed. */
  Map<Object, Pending> writes(Table<?, ?> table) {
    Map<Object, Pending> tableWrites = writes[table.index];
    if (tableWrites == null) {
      tableWrites = new HashMap<>();
      writes[table.index] = tableWrites;
    }
    return tableWrites;
  }

  /** Returns a new stamp for one bulk insert. */
  int nextStamp() {
    return ++lastStamp;
  }

  @Override
  public void commit() {
    requireActive("commit");
    if (!hasWrites()) {
      end(Status.COMMITTED);
      return;
    }
    store.commitLock().lock();
    try {
      Trie[] current = store.state();
      if (recheck || current != checkedAgainst) {
        check(current);
      }
      Trie[] next = current.clone();
      for (int i = 0; i < writes.length; i++) {
        Map<Object, Pending> tableWrites = writes[i];
        if (tableWrites != null && !tableWrites.isEmpty()) {
          next[i] = apply(current[i], tableWrites, i);
        }
      }
      store.publish(next);
      end(Status.COMMITTED);
    } catch (RuntimeException | Error e) {
      end(Status.ROLLED_BACK);
      throw e;
    } finally {
      store.commitLock().unlock();
    }
  }

  private void check(Trie[] current) {
    for (int i = 0; i < writes.length; i++) {
      Map<Object, Pending> tableWrites = writes[i];
      if (tableWrites == null) {
        continue;
      }
      Table<?, ?> table = table(i);
      for (Map.Entry<Object, Pending> write : tableWrites.entrySet()) {
        long base = write.getValue().baseVersion();
        long committed = current[i].versionOf(write.getKey(), table.keyOf);
        if (committed != base) {
          String id = write.getKey().toString();
          if (base == 0) {
            throw new DuplicateAggregateException(store.tenant(), table.aggregateType, id);
          }
          if (committed == 0) {
            throw new AggregateNotFoundException(store.tenant(), table.aggregateType, id);
          }
          throw new StaleVersionException(store.tenant(), table.aggregateType, id, base, committed);
        }
      }
    }
  }

  private static Trie apply(Trie committed, Map<Object, Pending> tableWrites, int index) {
    Table<?, ?> table = table(index);
    if (tableWrites.size() >= REBUILD_AT && (long) tableWrites.size() * 4 >= committed.size()) {
      return rebuild(committed, tableWrites, table);
    }
    Trie.Editor editor = committed.edit(table.keyOf);
    for (Map.Entry<Object, Pending> write : tableWrites.entrySet()) {
      Object value = write.getValue().value();
      if (value == null) {
        editor.remove(write.getKey());
      } else {
        editor.put(value, write.getValue().version());
      }
    }
    return editor.freeze();
  }

  /**
   * Builds the table anew from its untouched committed entries and the written ones: for a commit
   * whose writes are many compared with the table (a bulk load), laying the trie out once is much
   * cheaper than changing it entry by entry.
   */
  private static Trie rebuild(Trie committed, Map<Object, Pending> tableWrites, Table<?, ?> table) {
    int capacity = committed.size() + tableWrites.size();
    Object[] values = new Object[capacity];
    long[] versions = new long[capacity];
    int[] count = new int[1];
    committed.forEach(
        (value, version) -> {
          if (!tableWrites.containsKey(table.keyOf.apply(value))) {
            values[count[0]] = value;
            versions[count[0]] = version;
            count[0]++;
          }
        });
    for (Pending write : tableWrites.values()) {
      if (write.value() != null) {
        values[count[0]] = write.value();
        versions[count[0]] = write.version();
        count[0]++;
      }
    }
    return Trie.build(values, versions, count[0], table.keyOf);
  }

  private static Table<?, ?> table(int index) {
    return Tables.ALL.get(index);
  }

  private boolean hasWrites() {
    for (Map<Object, Pending> tableWrites : writes) {
      if (tableWrites != null && !tableWrites.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void rollback() {
    if (status == Status.ACTIVE) {
      end(Status.ROLLED_BACK);
    }
  }

  private void end(Status outcome) {
    status = outcome;
    for (int i = 0; i < writes.length; i++) {
      writes[i] = null;
    }
  }

  @Override
  public String toString() {
    return "MemoryUnitOfWork[" + store.tenant() + ", " + status + "]";
  }
}
