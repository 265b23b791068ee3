/**
 * Pillars in-memory store: the reference implementation of the persistence SPI. Thread-safe,
 * versioned, transactional and tenant-isolated; the embedded default.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.persistence.memory {
  requires transitive dev.pillars.persistence.spi;
  requires static transitive org.jspecify;

  exports dev.pillars.persistence.memory;
}
