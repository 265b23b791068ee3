package dev.pillars.persistence.jdbc;

import dev.pillars.persistence.jdbc.FaultyDataSource.Fault;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Crash consistency of the JDBC store on H2. */
class H2CrashConsistencyTest extends CrashConsistencyContract {
  @RegisterExtension static final MigratedDatabase DATABASE = MigratedDatabase.h2();

  H2CrashConsistencyTest() {
    super(DATABASE, List.of(Fault.THROW, Fault.CLOSE));
  }
}
