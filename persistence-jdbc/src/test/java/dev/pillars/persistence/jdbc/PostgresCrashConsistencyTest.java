package dev.pillars.persistence.jdbc;

import dev.pillars.persistence.jdbc.FaultyDataSource.Fault;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crash consistency of the JDBC store on the PostgreSQL server named by {@code PILLARS_PG_URL},
 * including a server process terminated in the middle of a unit of work.
 */
class PostgresCrashConsistencyTest extends CrashConsistencyContract {
  @RegisterExtension static final MigratedDatabase DATABASE = MigratedDatabase.postgresInNewSchema("crash_");

  PostgresCrashConsistencyTest() {
    super(DATABASE, List.of(Fault.THROW, Fault.CLOSE, Fault.KILL));
  }
}
