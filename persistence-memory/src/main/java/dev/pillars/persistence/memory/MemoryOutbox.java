package dev.pillars.persistence.memory;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.OutboxMessage;
import dev.pillars.persistence.spi.OutboxRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The outbox of one tenant in the in-memory store: pending messages in {@link Tables#OUTBOX}, each
 * numbered by the commit that publishes it, and the ids of the messages no longer pending in
 * {@link Tables#OUTBOX_SPENT}, so that an id is never used twice. Marking a message published
 * moves its id from one to the other, so the store keeps nothing of a published message but its
 * id.
 *
 * <p>{@link #pending(int)} and {@link #countPending()} scan the pending messages, which suits an
 * outbox that the host relays often.
 */
final class MemoryOutbox implements OutboxRepository {
  private final MemoryTenantStore store;
  private final MemoryRepository<UUID, OutboxEntry> entries;
  private final MemoryRepository<UUID, UUID> spent;

  MemoryOutbox(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    this.store = store;
    this.entries = new MemoryRepository<>(store, work, Tables.OUTBOX, "OutboxRepository");
    this.spent = new MemoryRepository<>(store, work, Tables.OUTBOX_SPENT, "OutboxRepository");
  }

  @Override
  public void append(OutboxMessage message) {
    requireNonNull(message, "message");
    MemoryUnitOfWork w = entries.writingWork("append");
    UUID id = message.id();
    if (spent.find(id).isPresent()) {
      throw duplicate(id);
    }
    entries.insert(new OutboxEntry(message, 0, w.nextStamp()));
    w.onCommit(
        next -> {
          if (w.pending(Tables.OUTBOX_SPENT, id) == null
              && next[Tables.OUTBOX_SPENT.index].versionOf(id, Tables.OUTBOX_SPENT.keyOf) != 0) {
            throw duplicate(id);
          }
        });
  }

  @Override
  public List<OutboxMessage> pending(int limit) {
    Checks.require(limit >= 1, "limit", limit, "must be at least 1");
    try (Stream<OutboxEntry> pending = committed("pending")) {
      return pending.sorted(OutboxEntry.ORDER).limit(limit).map(OutboxEntry::message).collect(Collectors.toList());
    }
  }

  @Override
  public long countPending() {
    try (Stream<OutboxEntry> pending = committed("countPending")) {
      return pending.count();
    }
  }

  @Override
  public long markPublished(Collection<UUID> ids) {
    Set<UUID> distinct = new LinkedHashSet<>(requireNonNull(ids, "ids"));
    if (distinct.contains(null)) {
      throw new NullPointerException("ids holds null");
    }
    entries.writingWork("markPublished");
    long marked = 0;
    for (UUID id : distinct) {
      Versioned<OutboxEntry> entry = entries.find(id).orElse(null);
      if (entry != null && entry.value().isCommitted()) {
        spend(entry);
        marked++;
      }
    }
    return marked;
  }

  /**
   * Removes, in the unit of work, the pending messages (committed or appended by it) whose
   * aggregate or actor is the employee, for an erasure.
   *
   * @return how many were removed
   */
  long erase(EmployeeId employee) {
    entries.writingWork("erase");
    List<Versioned<OutboxEntry>> named;
    try (Stream<Versioned<OutboxEntry>> all = entries.stream()) {
      named = all.filter(entry -> entry.value().names(employee.value())).collect(Collectors.toList());
    }
    named.forEach(this::spend);
    return named.size();
  }

  /** Returns whether a state holds a pending message whose aggregate or actor is the employee. */
  static boolean namesAnyone(Trie[] state, EmployeeId employee) {
    boolean[] named = {false};
    state[Tables.OUTBOX.index].forEach((value, version) -> named[0] |= ((OutboxEntry) value).names(employee.value()));
    return named[0];
  }

  private void spend(Versioned<OutboxEntry> entry) {
    entries.delete(entry.value().id(), entry.version());
    spent.insert(entry.value().id());
  }

  private Stream<OutboxEntry> committed(String operation) {
    MemoryUnitOfWork w = entries.readingWork(operation);
    return entries.streamAt(w, store.state()).map(Versioned::value).filter(OutboxEntry::isCommitted);
  }

  private DuplicateAggregateException duplicate(UUID id) {
    return new DuplicateAggregateException(store.tenant(), "OutboxMessage", id.toString());
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
