/**
 * Pillars persistence SPI: the tenant-scoped, versioned, transactional repositories a host
 * implements to store Pillars aggregates. Interfaces, their exceptions and small values only.
 */
@org.jspecify.annotations.NullMarked
@SuppressWarnings("module") // the stores the internal package is exported to are built after this module
module dev.pillars.persistence.spi {
  requires transitive dev.pillars.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports dev.pillars.persistence.spi;
  // shared by the library's own stores; not part of the SPI
  exports dev.pillars.persistence.spi.internal to
      dev.pillars.persistence.memory,
      dev.pillars.persistence.jdbc;
}
