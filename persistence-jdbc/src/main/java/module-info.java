/**
 * Pillars JDBC store: the persistence SPI over a host-supplied {@code javax.sql.DataSource}, on
 * PostgreSQL 15+ or H2 2.x in PostgreSQL mode, with its tables versioned by Flyway migrations.
 *
 * <p>Flyway is needed only by {@code PillarsSchema.migrate}; the store itself never touches it.
 * Flyway 13's jars declare no module name, so on the module path {@code flyway-core-13.x.jar} is
 * the automatic module {@code flyway.core}, a name derived from the file name. It is therefore a
 * static requirement: a modular host that calls {@code PillarsSchema.migrate} puts Flyway on the
 * module path and adds it with {@code --add-modules flyway.core} (and {@code
 * flyway.database.postgresql} for PostgreSQL); on the class path nothing is needed.
 *
 * <p>Flyway logs through SLF4J ({@code slf4j-api} comes with this module, no binding does), so the
 * host's logging configuration decides what a migration shows; on the module path add {@code
 * org.slf4j} to the modules too. Flyway's CockroachDB support is excluded: the store runs on
 * PostgreSQL and H2 only.
 */
@org.jspecify.annotations.NullMarked
module dev.pillars.persistence.jdbc {
  requires transitive dev.pillars.persistence.spi;
  requires transitive java.sql;
  requires static transitive org.jspecify;
  requires static flyway.core;

  exports dev.pillars.persistence.jdbc;
}
