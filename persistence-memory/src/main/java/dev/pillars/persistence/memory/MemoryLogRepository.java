package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What the check-in log and the measurement log of the in-memory store share: appending entries
 * whose owner (a goal, a KPI definition) must exist, and a key's latest entry and count.
 *
 * @param <K> the key type, the owner's id
 * @param <E> the entry type
 */
abstract class MemoryLogRepository<K, E> {
  final MemoryLog<K, E> log;
  private final MemoryRepository<K, ?> owners;
  private final String ownerType;
  private final String entryName;
  private final String keyName;

  /**
   * Creates the log of {@code table} for a tenant store or a unit of work. An appended entry's key
   * must name one of {@code owners}; {@code entryName} (and its plural) and {@code keyName} name
   * the arguments in messages.
   */
  MemoryLogRepository(
      MemoryTenantStore store,
      @Nullable MemoryUnitOfWork work,
      Table<K, ?> table,
      LogCodec<K, E> codec,
      MemoryRepository<K, ?> owners,
      String entryName,
      String keyName) {
    this.log = new MemoryLog<>(store, work, table, codec, table.aggregateType);
    this.owners = Objects.requireNonNull(owners, "owners");
    this.ownerType = Objects.requireNonNull(table.owner, "owner").aggregateType;
    this.entryName = entryName;
    this.keyName = keyName;
  }

  /** Appends one entry, as the SPI's {@code append} says. */
  public void append(E entry) {
    Checks.notNull(entryName, entry);
    log.appendAll(List.of(entry).iterator(), entryName, 1, existingOwners(), "append");
  }

  /** Appends entries, all or nothing, as the SPI's {@code appendAll} says. */
  public long appendAll(Iterator<E> entries, int batchSize) {
    return log.appendAll(entries, entryName + "s", batchSize, existingOwners(), "appendAll");
  }

  /** Returns a check that an entry's owner exists, asking the store once per owner. */
  private Consumer<E> existingOwners() {
    Set<K> existing = new HashSet<>();
    return entry -> {
      K key = log.keyOf(entry);
      if (!existing.contains(key)) {
        if (owners.find(key).isEmpty()) {
          throw new AggregateNotFoundException(log.store().tenant(), ownerType, key.toString());
        }
        existing.add(key);
      }
      appending(entry);
    };
  }

  /** Called for each entry about to be appended, after its owner was found; does nothing unless overridden. */
  void appending(E entry) {}

  /** Returns the latest entry of a key, as the SPI's {@code latest} says. */
  public Optional<E> latest(K key) {
    Checks.notNull(keyName, key);
    List<E> all = log.entries(key, "latest");
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Returns how many entries a key has, as the SPI's {@code count} says. */
  public long count(K key) {
    Checks.notNull(keyName, key);
    return log.entries(key, "count").size();
  }

  @Override
  public String toString() {
    return log.toString();
  }
}
