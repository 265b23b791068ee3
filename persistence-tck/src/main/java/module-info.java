/**
 * Pillars persistence TCK: abstract JUnit 5 contract tests, with QuickTheories properties, that
 * every implementation of the persistence SPI extends with one factory method and passes.
 */
@org.jspecify.annotations.NullMarked
open module dev.pillars.persistence.tck {
  requires transitive dev.pillars.persistence.spi;
  requires transitive org.junit.jupiter.api;
  requires transitive quicktheories;
  requires transitive org.assertj.core;
  requires static transitive org.jspecify;

  exports dev.pillars.persistence.tck;
}
