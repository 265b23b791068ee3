package dev.pillars.engine.event;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.persistence.spi.OutboxMessage;
import dev.pillars.persistence.spi.TenantStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a tenant's outbox through the host's messaging, at least once: it reads the pending
 * messages in commit order, hands them to the host's publisher, and marks them published only after
 * the publisher returned. If the publisher throws, nothing is marked and the next relay sends them
 * again; if marking fails after a successful publish, they are sent again too. Consumers de-duplicate
 * by {@link OutboxMessage#id()}, which is the {@link PublishedEvent#id()} of the event.
 *
 * <p>The host drives it (a scheduler, a loop per tenant); run one relay per tenant at a time.
 */
public final class OutboxRelay {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private final TenantStore store;

  /**
   * Creates the relay of one tenant's store; hosts get it from {@code Tenant.outbox()}.
   *
   * @param store the tenant's store
   */
  public OutboxRelay(TenantStore store) {
    this.store = requireNonNull(store, "store");
  }

  /**
   * Publishes at most {@code limit} pending messages, oldest first.
   *
   * @param limit how many messages at most, at least 1
   * @param publisher the host's messaging; it returns once the messages are safely handed over
   * @return how many messages were published and marked
   * @throws NullPointerException if {@code publisher} is null
   * @throws dev.pillars.core.InvalidInputException if {@code limit} is below 1
   * @throws RuntimeException whatever the publisher throws; then nothing is marked
   */
  public int relay(int limit, Consumer<List<OutboxMessage>> publisher) {
    requireNonNull(publisher, "publisher");
    Checks.inRange("limit", limit, 1, Integer.MAX_VALUE);
    List<OutboxMessage> pending = store.outbox().pending(limit);
    if (pending.isEmpty()) {
      return 0;
    }
    publisher.accept(List.copyOf(pending));
    List<UUID> ids = new ArrayList<>(pending.size());
    pending.forEach(m -> ids.add(m.id()));
    store.runInTransaction(work -> work.outbox().markPublished(ids));
    LOG.debug("Relayed {} outbox messages of tenant {}", pending.size(), store.tenant().value());
    return pending.size();
  }

  /**
   * Returns how many messages wait to be published.
   *
   * @return the number of pending messages
   */
  public long pending() {
    return store.outbox().countPending();
  }
}
