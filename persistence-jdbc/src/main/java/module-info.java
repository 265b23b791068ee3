/**
 * Pillars JDBC store: the persistence SPI over a host-supplied {@code javax.sql.DataSource}, on
 * PostgreSQL 15+ or H2 2.x in PostgreSQL mode, with its tables versioned by Flyway migrations.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.persistence.jdbc {
  requires transitive dev.pillars.persistence.spi;
  requires transitive java.sql;
  requires static transitive org.jspecify;
  requires flyway.core;

  exports dev.pillars.persistence.jdbc;
}
