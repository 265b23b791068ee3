package dev.pillars.engine;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.pillars.persistence.jdbc.JdbcStore;
import dev.pillars.persistence.jdbc.PillarsSchema;
import dev.pillars.persistence.jdbc.SchemaOptions;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Nested;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Two engines over one in-memory store, one H2 database and one PostgreSQL database (the server of
 * {@code PILLARS_PG_URL}, as {@code ./run-tests} starts it; without it the PostgreSQL group fails,
 * or is aborted with {@code -Dpillars.pg.optional=true}).
 */
class TwoEnginesTest {
  @Nested
  class OnTheMemoryStore extends TwoEnginesContract {
    @Override
    PillarsStore newStore() {
      return MemoryStore.create();
    }
  }

  @Nested
  class OnH2 extends TwoEnginesContract {
    @Override
    PillarsStore newStore() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:engines-" + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
      h2.setUser("sa");
      return migrated(h2, SchemaOptions.defaults());
    }
  }

  @Nested
  class OnPostgreSql extends TwoEnginesContract {
    @Override
    PillarsStore newStore() {
      String url = System.getenv("PILLARS_PG_URL");
      if (url == null || url.isBlank()) {
        String message = "two engines over PostgreSQL need PILLARS_PG_URL (./run-tests sets it)";
        if (Boolean.getBoolean("pillars.pg.optional")) {
          abort("NOT RUN (pillars.pg.optional=true): " + message);
        }
        fail(message + "; to run without PostgreSQL on purpose, pass -Dpillars.pg.optional=true");
      }
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setUrl(url);
      if (System.getenv("PGUSER") != null) {
        pg.setUser(System.getenv("PGUSER"));
      }
      if (System.getenv("PGPASSWORD") != null) {
        pg.setPassword(System.getenv("PGPASSWORD"));
      }
      return migrated(pg, SchemaOptions.defaults().inSchema("engines_" + UUID.randomUUID().toString().substring(0, 8)));
    }
  }

  private static PillarsStore migrated(DataSource dataSource, SchemaOptions options) {
    PillarsSchema.migrate(dataSource, options);
    return JdbcStore.builder(dataSource).options(options).build();
  }
}
