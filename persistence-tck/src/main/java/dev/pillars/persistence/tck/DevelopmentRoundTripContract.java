package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.succession.PositionId;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.UnitOfWork;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every variant of every development aggregate comes back exactly as written, through insert,
 * update and delete with their versions, and stays in its tenant.
 *
 * <p>The full {@link AggregateRepositoryContract} (model-based runs, streams, bulk inserts) runs
 * for development plans; the other development aggregates share the same repository code in the
 * library's stores and differ only in how they are written and read, which this group checks for
 * each with many variants, at a fraction of the time.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class DevelopmentRoundTripContract extends TenantContract {
  private static final int VARIANTS = 12;

  /** Creates the group; a subclass says how to reach the store. */
  protected DevelopmentRoundTripContract() {}

  private <I, T> void roundTrips(
      Function<Repositories, AggregateRepository<I, T>> repository, IntFunction<I> id, BiFunction<I, Integer, T> aggregate) {
    TenantStore tenant = newTenant();
    TenantStore other = newTenant();
    for (int v = 0; v < VARIANTS; v++) {
      I key = id.apply(v);
      T first = aggregate.apply(key, v);
      T second = aggregate.apply(key, v + 5);
      tenant.runInTransaction(work -> repository.apply(work).insert(first));
      assertThat(repository.apply(tenant).find(key)).contains(Versioned.of(first, 1));
      tenant.runInTransaction(work -> repository.apply(work).update(second, 1));
      assertThat(repository.apply(tenant).find(key)).contains(Versioned.of(second, 2));
      assertThatThrownBy(() -> tenant.runInTransaction(work -> repository.apply(work).update(first, 1)))
          .isInstanceOf(StaleVersionException.class);
      assertThat(repository.apply(other).find(key)).isEmpty();
    }
    assertThat(repository.apply(tenant).count()).isEqualTo(VARIANTS);
    tenant.runInTransaction(work -> repository.apply(work).delete(id.apply(0), 2));
    assertThat(repository.apply(tenant).find(id.apply(0))).isEmpty();
    assertThat(repository.apply(tenant).count()).isEqualTo(VARIANTS - 1);
  }

  @Test
  @DisplayName("competency model revisions come back as written")
  void competencyModels() {
    roundTrips(Repositories::competencyModels, TckDevelopment::modelId, TckDevelopment::model);
  }

  @Test
  @DisplayName("assessments come back as written")
  void assessments() {
    roundTrips(Repositories::assessments, n -> AssessmentId.of("assessment-" + n), TckDevelopment::assessment);
  }

  @Test
  @DisplayName("development plans come back as written")
  void developmentPlans() {
    roundTrips(Repositories::developmentPlans, n -> PlanId.of("plan-" + n), TckDevelopment::plan);
  }

  @Test
  @DisplayName("coaching sessions come back as written")
  void coachingSessions() {
    roundTrips(Repositories::coachingSessions, n -> CoachingSessionId.of("session-" + n), TckDevelopment::session);
  }

  @Test
  @DisplayName("succession plans come back as written")
  void successionPlans() {
    roundTrips(Repositories::successionPlans, n -> PositionId.of("position-" + n), TckDevelopment::succession);
  }

  @Test
  @DisplayName("per-person and per-unit queries return exactly the matching aggregates, whatever was written meanwhile")
  void perPersonQueries() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> {
      for (int v = 0; v < 8; v++) {
        work.assessments().insert(TckDevelopment.assessment(AssessmentId.of("as-" + v), v));
        work.developmentPlans().insert(TckDevelopment.plan(PlanId.of("plan-" + v), v));
        work.coachingSessions().insert(TckDevelopment.session(CoachingSessionId.of("cs-" + v), v));
        work.successionPlans().insert(TckDevelopment.succession(PositionId.of("pos-" + v), v));
      }
    });
    tenant.runInTransaction(work -> {
      work.assessments().delete(AssessmentId.of("as-0"), 1);
      work.successionPlans().update(TckDevelopment.succession(PositionId.of("pos-1"), 2), 1);
    });
    for (Repositories r : new Repositories[] {tenant, tenant.begin()}) {
      for (int n = 0; n < 9; n++) {
        EmployeeId e = TckDevelopment.person(n);
        assertThat(ids(r.assessments().streamByEmployee(e)))
            .isEqualTo(ids(r.assessments().stream().filter(a -> a.value().employee().equals(e))));
        assertThat(ids(r.developmentPlans().streamByEmployee(e)))
            .isEqualTo(ids(r.developmentPlans().stream().filter(p -> p.value().employee().equals(e))));
        assertThat(ids(r.coachingSessions().streamByEmployee(e)))
            .isEqualTo(ids(r.coachingSessions().stream().filter(c -> c.value().employee().equals(e))));
        assertThat(ids(r.successionPlans().streamNaming(e)))
            .isEqualTo(ids(r.successionPlans().stream().filter(p -> p.value().incumbent().equals(Optional.of(e))
                || p.value().emergencyCover().equals(Optional.of(e))
                || p.value().candidates().stream().anyMatch(c -> c.employee().equals(e)))));
      }
      for (int u = 0; u < 4; u++) {
        OrgUnitId unit = OrgUnitId.of("u-" + u);
        assertThat(ids(r.successionPlans().streamByUnit(unit)))
            .isEqualTo(ids(r.successionPlans().stream().filter(p -> p.value().unit().equals(unit))));
      }
      if (r instanceof UnitOfWork work) {
        work.rollback();
      }
    }
    assertThatThrownBy(() -> tenant.assessments().streamByEmployee(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("employee");
    assertThatThrownBy(() -> tenant.successionPlans().streamByUnit(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("unit");
  }

  /** The aggregates' versions and values of a stream, as a sorted list of text. */
  private static <T> List<String> ids(Stream<Versioned<T>> stream) {
    try (stream) {
      return stream.map(v -> v.version() + " " + v.value()).sorted().toList();
    }
  }
}
