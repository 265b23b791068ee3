package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tenant stores themselves: every view of a tenant, however obtained, shows the same data, and
 * many tenants written at once each hold exactly their own.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class TenantsContract extends TenantContract {
  /** Creates the group; a subclass says how to reach the store. */
  protected TenantsContract() {}

  @Test
  @DisplayName("every view of a tenant, however obtained, shows the same data and names its tenant")
  void viewsOfOneTenantAgree() {
    TenantId tenant = newTenant().tenant();
    TenantStore first = store().forTenant(tenant);
    TenantStore second = store().forTenant(TenantId.of(tenant.value()));
    Versioned<Goal> inserted = first.inTransaction(work -> work.goals().insert(goal(id(0), 0)));

    assertThat(second.goals().find(id(0))).contains(inserted);
    assertThat(first.tenant()).isEqualTo(tenant);
    assertThat(second.tenant()).isEqualTo(tenant);
    try (UnitOfWork work = second.begin()) {
      assertThat(work.tenant()).isEqualTo(tenant);
      assertThat(work.goals().find(id(0))).contains(inserted);
    }
  }

  @Test
  @DisplayName("many tenants written at once each hold exactly their own goals")
  void manyTenantsHoldTheirOwn() {
    List<TenantStore> stores = IntStream.range(0, 20).mapToObj(i -> newTenant()).collect(Collectors.toList());
    for (int t = 0; t < stores.size(); t++) {
      int goals = t;
      stores.get(t).runInTransaction(
          work -> work.goals().insertAll(IntStream.range(0, goals).mapToObj(n -> goal(id(n), n + goals)), 7));
    }
    for (int t = 0; t < stores.size(); t++) {
      TenantStore tenant = stores.get(t);
      assertThat(tenant.goals().count()).isEqualTo(t);
      for (int n = 0; n < t; n++) {
        assertThat(tenant.goals().find(id(n))).contains(Versioned.of(goal(id(n), n + t), 1));
      }
      assertThat(tenant.goals().find(id(t))).isEmpty();
    }
  }
}
