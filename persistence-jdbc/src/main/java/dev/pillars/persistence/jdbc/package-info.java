/**
 * The JDBC store: {@link dev.pillars.persistence.jdbc.JdbcStore}, the persistence SPI over the
 * host's {@code DataSource}; {@link dev.pillars.persistence.jdbc.PillarsSchema}, its Flyway
 * migrations; {@link dev.pillars.persistence.jdbc.SchemaOptions}, where its tables live.
 *
 * <p>Everything else in this package is the store's implementation. Adding an aggregate takes a
 * migration that creates its table, a {@code Mapping} of its columns, and a repository over {@code
 * JdbcRepository}.
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise.
 */
@NullMarked
package dev.pillars.persistence.jdbc;

import org.jspecify.annotations.NullMarked;
