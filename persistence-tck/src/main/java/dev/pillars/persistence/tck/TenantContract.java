package dev.pillars.persistence.tck;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every group of the kit shares: the store under test, and tenants no test has used, with
 * random names, so that the kit can run against a database that keeps data between runs.
 *
 * <p>{@link PillarsStoreContract} runs each group as a {@code @Nested} class whose {@link #store()}
 * returns the store of the running test.
 */
public abstract class TenantContract {
  private final String run = "tck-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger tenants = new AtomicInteger();
  private @Nullable PillarsStore subject;

  /** Creates the group; subclasses say how to reach the store. */
  protected TenantContract() {}

  /**
   * Returns the store under test; a fresh one for each test, or one whose tenants the test has not
   * used (every test works in tenants with new random names).
   *
   * @return the store
   */
  protected abstract PillarsStore store();

  @BeforeEach
  final void createSubject() {
    subject = store();
  }

  /**
   * Returns a tenant store of a tenant no test has used.
   *
   * @return a tenant with no data
   */
  protected final TenantStore newTenant() {
    PillarsStore store = subject;
    if (store == null) {
      throw new IllegalStateException("store() has not been called yet");
    }
    return store.forTenant(TenantId.of(run + "-" + tenants.incrementAndGet()));
  }
}
