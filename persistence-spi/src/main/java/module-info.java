/**
 * Pillars persistence SPI: the tenant-scoped, versioned, transactional repositories a host
 * implements to store Pillars aggregates. Interfaces, their exceptions and small values only.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.persistence.spi {
  requires transitive dev.pillars.core;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports dev.pillars.persistence.spi;
}
