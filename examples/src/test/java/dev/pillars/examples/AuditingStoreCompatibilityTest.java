// region tck
package dev.pillars.examples;

import dev.pillars.examples.CustomStoreExample.AuditingStore;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.tck.PillarsStoreContract;
import org.junit.jupiter.api.DisplayName;

/** Runs the whole persistence TCK against the auditing store of {@link CustomStoreExample}. */
@DisplayName("The auditing store keeps the persistence SPI's contract")
class AuditingStoreCompatibilityTest extends PillarsStoreContract {
  @Override
  protected PillarsStore createStore() {
    return AuditingStore.wrapping(MemoryStore.create());
  }
}
// endregion
