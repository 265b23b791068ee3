package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckDevelopment.person;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Erasure in the development pillar: the employee's own assessments, plans and coaching sessions
 * are removed, and what names them elsewhere (assessments they made, sessions they coached,
 * succession slates) keeps the pseudonym in their place; a rolled-back erasure changes nothing.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class DevelopmentErasureContract extends TenantContract {
  private static final EmployeeId PSEUDONYM = EmployeeId.of("erased-5d1e0b");

  /** Creates the group; a subclass says how to reach the store. */
  protected DevelopmentErasureContract() {}

  /** Fills a tenant with every development aggregate in several variants; employees 0 to 7 appear. */
  private TenantStore populated() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> {
      for (int v = 0; v < 6; v++) {
        work.assessments().insert(TckDevelopment.assessment(AssessmentId.of("as-" + v), v));
        work.developmentPlans().insert(TckDevelopment.plan(PlanId.of("plan-" + v), v));
        work.coachingSessions().insert(TckDevelopment.session(CoachingSessionId.of("cs-" + v), v));
        work.successionPlans().insert(TckDevelopment.succession(PositionId.of("pos-" + v), v));
      }
    });
    return tenant;
  }

  private static <T> List<T> all(Stream<Versioned<T>> stream) {
    try (stream) {
      return stream.map(Versioned::value).collect(Collectors.toList());
    }
  }

  private static boolean names(Repositories r, EmployeeId e) {
    return all(r.assessments().stream()).stream().anyMatch(a -> a.employee().equals(e) || a.assessor().id().equals(e))
        || all(r.developmentPlans().stream()).stream().anyMatch(p -> p.employee().equals(e))
        || all(r.coachingSessions().stream()).stream().anyMatch(s -> s.employee().equals(e) || s.coach().employee().equals(Optional.of(e)))
        || all(r.successionPlans().stream()).stream().anyMatch(p -> p.incumbent().equals(Optional.of(e))
            || p.emergencyCover().equals(Optional.of(e))
            || p.candidates().stream().anyMatch(c -> c.employee().equals(e)));
  }

  @Test
  @DisplayName("erasure removes the employee's own development data and pseudonymises the rest")
  void erasureRemovesOwnAndPseudonymisesTheRest() {
    for (int erased : new int[] {0, 1, 5, 7}) {
      TenantStore tenant = populated();
      EmployeeId employee = person(erased);
      List<Assessment> assessmentsBefore = all(tenant.assessments().stream());
      List<SuccessionPlan> successionBefore = all(tenant.successionPlans().stream());
      long own = assessmentsBefore.stream().filter(a -> a.employee().equals(employee)).count()
          + all(tenant.developmentPlans().stream()).stream().filter(p -> p.employee().equals(employee)).count()
          + all(tenant.coachingSessions().stream()).stream().filter(s -> s.employee().equals(employee)).count();

      ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(employee, PSEUDONYM));

      assertThat(names(tenant, employee)).as("data naming employee %s after erasure", employee).isFalse();
      assertThat(report.removed()).isGreaterThanOrEqualTo(own);
      assertThat(tenant.successionPlans().count()).isEqualTo(successionBefore.size());
      for (SuccessionPlan before : successionBefore) {
        SuccessionPlan after = tenant.successionPlans().find(before.position()).orElseThrow().value();
        assertThat(after.candidates().stream().map(Candidate::readiness).toList())
            .isEqualTo(before.candidates().stream().map(Candidate::readiness).toList());
        boolean named = before.candidates().stream().anyMatch(c -> c.employee().equals(employee))
            || before.incumbent().equals(Optional.of(employee))
            || before.emergencyCover().equals(Optional.of(employee));
        assertThat(after.equals(before)).isEqualTo(!named);
      }
      for (Assessment a : assessmentsBefore) {
        if (a.assessor().id().equals(employee) && !a.employee().equals(employee)) {
          assertThat(tenant.assessments().find(a.id()).orElseThrow().value().assessor().id()).isEqualTo(PSEUDONYM);
        }
      }
      for (CoachingSession s : all(tenant.coachingSessions().stream())) {
        assertThat(s.employee()).isNotEqualTo(employee);
      }
    }
  }

  @Test
  @DisplayName("a rolled-back erasure leaves the development data as it was")
  void rolledBackErasureChangesNothing() {
    TenantStore tenant = populated();
    List<Assessment> assessments = all(tenant.assessments().stream());
    List<SuccessionPlan> plans = all(tenant.successionPlans().stream());
    try {
      tenant.runInTransaction(work -> {
        work.personalData().erase(person(1), PSEUDONYM);
        throw new IllegalStateException("roll back");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }
    assertThat(all(tenant.assessments().stream())).containsExactlyInAnyOrderElementsOf(assessments);
    assertThat(all(tenant.successionPlans().stream())).containsExactlyInAnyOrderElementsOf(plans);
  }
}
