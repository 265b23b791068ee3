package dev.pillars.persistence.memory;

import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.tck.PillarsStoreContract;
import org.junit.jupiter.api.DisplayName;

/** Runs the whole persistence TCK against the in-memory store. */
@DisplayName("The in-memory store keeps the persistence SPI's contract")
class MemoryStoreCompatibilityTest extends PillarsStoreContract {
  @Override
  protected PillarsStore createStore() {
    return MemoryStore.create();
  }
}
