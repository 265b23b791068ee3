package dev.pillars.persistence.tck;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every group of the kit shares: the store under test, the size the store runs the heavy
 * tests at, and tenants no test has used, with random names, so that the kit can run against a
 * database that keeps data between runs.
 *
 * <p>{@link PillarsStoreContract} runs each group as a {@code @Nested} class with no code of its
 * own: before each test the group is handed the enclosing kit, whose {@link
 * PillarsStoreContract#store()} is the store of the running test.
 */
@ExtendWith(EnclosingKit.class)
public abstract class TenantContract {
  private final String run = "tck-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger tenants = new AtomicInteger();
  private @Nullable PillarsStore subject;
  private double scale = 1;

  /** Creates the group; {@link PillarsStoreContract} nests it. */
  protected TenantContract() {}

  @BeforeEach
  final void createSubject(PillarsStoreContract kit) {
    subject = kit.store();
    scale = kit.checkedScale();
  }

  /**
   * Returns the store under test: the one the enclosing kit created for the running test.
   *
   * @return the store
   */
  protected final PillarsStore store() {
    PillarsStore store = subject;
    if (store == null) {
      throw new IllegalStateException("the store is set before each test; none is running");
    }
    return store;
  }

  /**
   * Returns a tenant store of a tenant no test has used.
   *
   * @return a tenant with no data
   */
  protected final TenantStore newTenant() {
    return store().forTenant(TenantId.of(run + "-" + tenants.incrementAndGet()));
  }

  /**
   * Returns how many times to repeat a heavy piece of work (generated runs of a model-based
   * property, commits of a concurrency test) on this store: {@code full} times the store's {@link
   * PillarsStoreContract#scale()}, rounded up, so at least 1.
   *
   * @param full the count at full size, as memory and H2 run it
   * @return the count for this store
   */
  protected final int scaled(int full) {
    return (int) Math.ceil(full * scale);
  }
}
