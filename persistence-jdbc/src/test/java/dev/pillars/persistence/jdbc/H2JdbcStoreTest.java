package dev.pillars.persistence.jdbc;

import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static dev.pillars.persistence.tck.TckGoals.unit;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JDBC store's own promises on H2. */
class H2JdbcStoreTest extends JdbcStoreContract {
  @RegisterExtension static final MigratedDatabase DATABASE = MigratedDatabase.h2();

  H2JdbcStoreTest() {
    super(DATABASE);
  }

  @Test
  void worksOnH2InPostgreSqlModeWithoutLowerCaseNamesAndInItsOwnMode() {
    for (String mode : new String[] {";MODE=PostgreSQL", ""}) {
      TestDatabases.Database plain =
          new TestDatabases.Database(
              "jdbc:h2:mem:plain-" + UUID.randomUUID() + mode + ";DB_CLOSE_DELAY=-1", Optional.of("sa"), Optional.of(""));
      try (HikariDataSource pool = plain.pooled()) {
        SchemaOptions options = SchemaOptions.defaults().inSchema("Pillars");
        PillarsSchema.migrate(pool, options);
        TenantStore tenant = JdbcStore.builder(pool).options(options).build().forTenant(TenantId.of("t"));
        tenant.runInTransaction(
            work -> {
              work.goals().insert(individual(0, 2, employee(0)));
              work.goals().insert(unit(1, 1));
            });
        tenant.runInTransaction(work -> work.personalData().erase(employee(0), EmployeeId.of("erased")));

        assertThat(tenant.goals().count()).isEqualTo(2);
        assertThat(tenant.goals().find(id(1))).contains(Versioned.of(unit(1, 1), 1));
        assertThat(tenant.personalData().export(EmployeeId.of("erased")).goals()).hasSize(1);
      }
    }
  }
}
