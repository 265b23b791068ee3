package dev.pillars.persistence.memory;

import dev.pillars.core.TenantId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.AggregateInUseException;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work of the in-memory store: it buffers its writes per table and applies them all at
 * once when it commits.
 *
 * <p>Every write is checked against the unit of work's view (committed state plus its own writes)
 * when it is called; a writing operation asks for {@link #stateForWrite()} before it reads
 * anything. The commit takes the tenant's commit lock and, if any other commit happened since the
 * writes were checked, checks again: that each written aggregate still has the version the unit of
 * work started from, that every key left in an owned table (links, check-ins, measurements) still
 * has its owner, that no deleted owner is referred to, and the unit of work's own commit checks
 * (such as an erasure's). It then publishes a new state built from the old one, merging appended
 * log entries into the committed logs and giving outbox messages the commit's number, which is the
 * tenant's commit counter plus one. A failed check throws before anything is published, so a
 * commit is all or nothing, and readers, who never lock, see either the whole commit or none of it.
 *
 * <p>Not thread-safe: one thread at a time, as the SPI allows.
 */
final class MemoryUnitOfWork extends MemoryRepositoryAccess implements UnitOfWork {
  private enum Status {
    ACTIVE,
    COMMITTED,
    ROLLED_BACK
  }

  /** How many writes to one table a commit needs before it may rebuild the table's trie. */
  private static final int REBUILD_AT = 1024;

  private final MemoryTenantStore store;
  private final @Nullable Map<Object, Pending>[] writes;
  private final List<Consumer<Trie[]>> commitChecks = new ArrayList<>();
  private final Set<EmployeeId> named = new HashSet<>();
  private final MemoryRepositories repositories;
  private Status status = Status.ACTIVE;
  private Trie @Nullable [] checkedAgainst;
  private boolean recheck;
  private int lastStamp;
  private long commitNumber;

  @SuppressWarnings("unchecked")
  MemoryUnitOfWork(MemoryTenantStore store) {
    this.store = store;
    this.writes = (Map<Object, Pending>[]) new Map<?, ?>[Tables.COUNT];
    this.repositories = new MemoryRepositories(store, this);
  }

  @Override
  public TenantId tenant() {
    return store.tenant();
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
   * was committed in between. A writing operation calls it before it reads anything.
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

  /** Returns this unit of work's write to a key of a table, if any. */
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

  /**
   * Adds a check the commit runs on the state it is about to publish, if another commit happened
   * since this unit of work's writes were checked; the check throws to refuse the commit.
   */
  void onCommit(Consumer<Trie[]> check) {
    commitChecks.add(check);
  }

  /**
   * Notes that a write of this unit of work names an employee, after checking that no erasure of
   * them is committed or part of this unit of work; the commit checks again, against erasures
   * committed meanwhile.
   *
   * @throws PersistenceException if the employee was erased
   */
  void names(EmployeeId employee) {
    Trie[] state = stateForWrite();
    Pending own = pending(Tables.ERASURES, employee);
    boolean erased =
        own != null ? own.value() != null : state[Tables.ERASURES.index].versionOf(employee, Tables.ERASURES.keyOf) != 0;
    if (erased) {
      throw erased(employee, "was erased");
    }
    named.add(employee);
  }

  private PersistenceException erased(EmployeeId employee, String when) {
    return new PersistenceException(
        "employee '" + employee + "' of tenant '" + store.tenant() + "' " + when
            + ", so no data may name them any more; nothing was written");
  }

  /** Fails the commit if an erasure committed since names an employee this unit of work's writes name. */
  private void requireNamedNotErased(Trie[] current) {
    Trie erasures = current[Tables.ERASURES.index];
    if (erasures.size() == 0) {
      return;
    }
    for (EmployeeId employee : named) {
      if (erasures.versionOf(employee, Tables.ERASURES.keyOf) != 0 && pending(Tables.ERASURES, employee) == null) {
        throw erased(employee, "was erased by a unit of work committed after this one wrote data naming them");
      }
    }
  }

  /** Returns the repositories of this unit of work. */
  @Override
  MemoryRepositories repositories() {
    return repositories;
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
      boolean intervened = recheck || current != checkedAgainst;
      if (intervened) {
        check(current);
        requireNamedNotErased(current);
      }
      long number = store.commits() + 1;
      Trie[] next = current.clone();
      for (int i = 0; i < writes.length; i++) {
        Map<Object, Pending> tableWrites = writes[i];
        if (tableWrites != null && !tableWrites.isEmpty()) {
          next[i] = apply(current[i], stamped(tableWrites, table(i), number), table(i));
        }
      }
      if (intervened) {
        checkReferences(next);
        for (Consumer<Trie[]> check : commitChecks) {
          check.accept(next);
        }
      }
      store.publish(next, number);
      commitNumber = number;
      end(Status.COMMITTED);
    } catch (RuntimeException | Error e) {
      end(Status.ROLLED_BACK);
      throw e;
    } finally {
      store.commitLock().unlock();
    }
  }

  @Override
  public OptionalLong commitNumber() {
    return commitNumber == 0 ? OptionalLong.empty() : OptionalLong.of(commitNumber);
  }

  /** Returns the writes to a table as the commit numbered {@code number} publishes them. */
  private static Map<Object, Pending> stamped(Map<Object, Pending> tableWrites, Table<?, ?> table, long number) {
    if (table.stamp == null) {
      return tableWrites;
    }
    Map<Object, Pending> stamped = new HashMap<>(tableWrites.size() * 2);
    for (Map.Entry<Object, Pending> write : tableWrites.entrySet()) {
      Pending pending = write.getValue();
      Object value = pending.value();
      stamped.put(
          write.getKey(),
          value == null ? pending : Pending.of(table.stamp.apply(value, number), pending.version(), pending.baseVersion()));
    }
    return stamped;
  }

  /** Checks that every aggregate written, and every log chunk replaced, is at its base version. */
  private void check(Trie[] current) {
    forEachWrite(
        (table, write) -> {
          if (table.isLog() && !((LogWrite<?>) write.getValue().value()).replaced) {
            return;
          }
          long base = write.getValue().baseVersion();
          long committed = current[table.index].versionOf(write.getKey(), table.keyOf);
          if (committed != base) {
            String id = write.getKey().toString();
            if (table.staleOnly || table.isLog()) {
              throw new StaleVersionException(store.tenant(), table.aggregateType, id, base, committed);
            }
            if (base == 0) {
              throw new DuplicateAggregateException(store.tenant(), table.aggregateType, id);
            }
            if (committed == 0) {
              throw new AggregateNotFoundException(store.tenant(), table.aggregateType, id);
            }
            throw new StaleVersionException(store.tenant(), table.aggregateType, id, base, committed);
          }
        });
  }

  /**
   * Checks, on the state about to be published, that every key this unit of work left in an owned
   * table still has its owner, and that every owner it deleted has nothing left in its owned tables.
   */
  private void checkReferences(Trie[] next) {
    forEachWrite(
        (table, write) -> {
          Object key = write.getKey();
          Table<?, ?> owner = table.owner;
          if (owner != null
              && next[table.index].versionOf(key, table.keyOf) != 0
              && next[owner.index].versionOf(key, owner.keyOf) == 0) {
            throw new AggregateNotFoundException(store.tenant(), owner.aggregateType, key.toString());
          }
          if (!table.isLog() && write.getValue().value() == null) {
            for (Table<?, ?> owned : Tables.ALL) {
              if (owned.owner == table) {
                Versioned<Object> left = next[owned.index].find(key, owned.keyOf);
                if (left != null) {
                  throw new AggregateInUseException(
                      store.tenant(), table.aggregateType, key.toString(), describe(owned, left.value()));
                }
              }
            }
          }
        });
  }

  /** Passes every write of this unit of work, with its table, to {@code check}, table by table. */
  private void forEachWrite(BiConsumer<Table<?, ?>, Map.Entry<Object, Pending>> check) {
    for (int i = 0; i < writes.length; i++) {
      Map<Object, Pending> tableWrites = writes[i];
      if (tableWrites != null) {
        Table<?, ?> table = table(i);
        for (Map.Entry<Object, Pending> write : tableWrites.entrySet()) {
          check.accept(table, write);
        }
      }
    }
  }

  private static String describe(Table<?, ?> table, Object value) {
    if (value instanceof LinkSet) {
      return "AlignmentLink " + ((LinkSet) value).links().get(0);
    }
    return table.aggregateType + " " + table.keyOf.apply(value);
  }

  private Trie apply(Trie committed, Map<Object, Pending> tableWrites, Table<?, ?> table) {
    Map<Object, Pending> resolved = table.isLog() ? mergeLogs(committed, tableWrites, table) : tableWrites;
    if (resolved.size() >= REBUILD_AT && (long) resolved.size() * 4 >= committed.size()) {
      return rebuild(committed, resolved, table);
    }
    Trie.Editor editor = committed.edit(table.keyOf);
    for (Map.Entry<Object, Pending> write : resolved.entrySet()) {
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
   * Returns, for each key of a log table this unit of work wrote, the chunk to publish: the
   * committed chunk (or the replacement) with the appended entries merged in, at the next version;
   * null where nothing is left. Fails if a concurrent unit of work committed an appended entry's
   * identity first.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private Map<Object, Pending> mergeLogs(Trie committed, Map<Object, Pending> tableWrites, Table<?, ?> table) {
    LogCodec codec = table.codec;
    Map<Object, Pending> resolved = new HashMap<>(tableWrites.size() * 2);
    for (Map.Entry<Object, Pending> write : tableWrites.entrySet()) {
      Object key = write.getKey();
      Versioned<Object> chunk = committed.find(key, table.keyOf);
      List<Object> before = chunk == null ? List.of() : (List<Object>) chunk.value();
      LogWrite logWrite = (LogWrite) write.getValue().value();
      List<Object> after =
          logWrite.over(
              before,
              codec.order,
              entry -> {
                throw new DuplicateAggregateException(store.tenant(), codec.entryType, codec.identity(entry));
              });
      long version = chunk == null ? 1 : chunk.version() + 1;
      resolved.put(key, Pending.of(after.isEmpty() ? null : codec.pack(key, after), version, 0));
    }
    return resolved;
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
    commitChecks.clear();
    named.clear();
  }

  @Override
  public String toString() {
    return "MemoryUnitOfWork[" + store.tenant() + ", " + status + "]";
  }
}
