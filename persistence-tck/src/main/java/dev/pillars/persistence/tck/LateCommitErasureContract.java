package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.instant;
import static dev.pillars.persistence.tck.TckData.unitId;
import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.succession.PositionId;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Erasure against a unit of work that writes data naming the erased employee at the same time:
 * whichever of the two commits second fails and changes nothing, so that after a committed erasure
 * no stored data names the employee and no comment of theirs is left on their goals. The writes
 * cover the goals and organisation and every pillar whose aggregates name people in their bodies:
 * development (assessments, plans, coaching, succession), allocation runs, feedback, reviews and
 * calibration sessions.
 */
public abstract class LateCommitErasureContract extends TenantContract {
  private static final EmployeeId ERASED = employee(0);
  private static final EmployeeId PSEUDONYM = EmployeeId.of("erased-4d2b8e");
  private static final String COMMENT = "my private reasons";

  /** Creates the group; a subclass says how to reach the store. */
  protected LateCommitErasureContract() {}

  /** Employee 0 with a report (employee 1), a goal (0) and a commented check-in on it. */
  private TenantStore seeded() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(
        work -> {
          work.orgUnits().insert(OrgUnit.root(unitId(0), "Plant"));
          work.employees().insert(TckData.employee(ERASED, 0, Optional.empty(), unitId(0)));
          work.employees().insert(TckData.employee(employee(1), 1, Optional.of(ERASED), unitId(0)));
          work.goals().insert(individual(0, 0, ERASED));
          work.checkIns().append(new CheckIn(id(0), instant(0), 0.1, 0.5, Optional.of("first steps")));
        });
    return tenant;
  }

  /** Writes that name employee 0, each a unit of work could have begun before her erasure. */
  private static Map<String, Consumer<UnitOfWork>> writesNamingHer() {
    return Map.ofEntries(
        Map.entry("a new goal she owns", work -> work.goals().insert(individual(1, 1, ERASED))),
        Map.entry("a check-in with her comment on her goal",
            work -> work.checkIns().append(new CheckIn(id(0), instant(1), 0.2, 0.5, Optional.of(COMMENT)))),
        Map.entry("a new employee she manages",
            work -> work.employees().insert(TckData.employee(employee(2), 2, Optional.of(ERASED), unitId(0)))),
        Map.entry("her self-assessment",
            work -> work.assessments().insert(TckDevelopment.assessment(AssessmentId.of("as-late"), 0))),
        Map.entry("her development plan",
            work -> work.developmentPlans().insert(TckDevelopment.plan(PlanId.of("plan-late"), 0))),
        Map.entry("her coaching session",
            work -> work.coachingSessions().insert(TckDevelopment.session(CoachingSessionId.of("cs-late"), 0))),
        Map.entry("a succession plan with her as incumbent",
            work -> work.successionPlans().insert(TckDevelopment.succession(PositionId.of("pos-late"), 0))),
        Map.entry("an allocation run with her receipt", work -> work.allocationRuns().insert(runPayingHer())),
        Map.entry("anonymous feedback she gave",
            work -> work.feedback().insert(TckFeedback.feedback(FeedbackId.of("fb-late"), 1).withGiver(ERASED))),
        Map.entry("a review of her", work -> work.reviews().insert(
            TckReviews.review(ReviewId.of("rv-late"), 1).erasing(TckReviews.review(ReviewId.of("rv-late"), 1).subject(), ERASED))),
        Map.entry("a calibration session rating her", work -> work.calibrationSessions().insert(
            TckCalibration.session(CalibrationSessionId.of("cal-late"), 3).pseudonymised(EmployeeId.of("e0-3"), ERASED))));
  }

  /** An allocation run in which one receipt is hers. */
  private static AllocationRun runPayingHer() {
    AllocationRun run = TckRewards.run(AllocationRunId.of("run-late"), 3);
    return run.pseudonymised(run.receipts().get(0).recipient(), ERASED).orElseThrow();
  }

  /** Asserts that nothing in the tenant names employee 0 and no check-in keeps a comment of hers. */
  private static void assertErased(TenantStore tenant, String context) {
    assertThat(tenant.personalData().export(ERASED).isEmpty()).as(context).isTrue();
    try (Stream<Versioned<Goal>> goals = tenant.goals().stream()) {
      assertThat(goals.map(Versioned::value)).as(context).noneMatch(g -> g.owner().equals(GoalOwner.employee(ERASED)));
    }
    try (Stream<Versioned<Employee>> employees = tenant.employees().stream()) {
      assertThat(employees.map(Versioned::value))
          .as(context)
          .noneMatch(e -> e.id().equals(ERASED) || e.manager().equals(Optional.of(ERASED)));
    }
    List<CheckIn> checkIns = tenant.personalData().export(PSEUDONYM).checkIns();
    assertThat(checkIns).as(context).isNotEmpty().allMatch(c -> c.comment().isEmpty());
  }

  @Test
  @DisplayName("a unit of work that wrote data naming an employee and commits after her erasure fails")
  void lateCommitAfterErasureFails() {
    writesNamingHer()
        .forEach(
            (what, write) -> {
              TenantStore tenant = seeded();
              UnitOfWork late = tenant.begin();
              try {
                write.accept(late);
                tenant.runInTransaction(work -> work.personalData().erase(ERASED, PSEUDONYM));
                assertThatThrownBy(late::commit).as(what).isInstanceOf(PersistenceException.class);
                assertThat(late.isActive()).as(what).isFalse();
              } finally {
                late.rollback();
              }
              assertErased(tenant, what);
            });
  }

  @Test
  @DisplayName("an erasure that commits after a unit of work wrote data naming the employee fails")
  void erasureCommittingSecondFails() {
    writesNamingHer()
        .forEach(
            (what, write) -> {
              TenantStore tenant = seeded();
              UnitOfWork erasure = tenant.begin();
              try {
                erasure.personalData().erase(ERASED, PSEUDONYM);
                tenant.runInTransaction(write::accept);
                assertThatThrownBy(erasure::commit).as(what).isInstanceOf(PersistenceException.class);
              } finally {
                erasure.rollback();
              }
              assertThat(tenant.personalData().export(ERASED).record()).as(what).isPresent();
              assertThat(tenant.personalData().export(PSEUDONYM).isEmpty()).as(what).isTrue();
              tenant.runInTransaction(work -> work.personalData().erase(ERASED, PSEUDONYM));
              assertErased(tenant, what + ", erased again");
            });
  }

  @Test
  @DisplayName("after a committed erasure, a unit of work that writes data naming the employee fails")
  void writesNamingAnErasedEmployeeFail() {
    TenantStore tenant = seeded();
    tenant.runInTransaction(work -> work.personalData().erase(ERASED, PSEUDONYM));
    writesNamingHer()
        .forEach(
            (what, write) -> {
              if (what.startsWith("a check-in")) {
                // her goal is the pseudonym's now: a check-in written after the erasure is not hers
                tenant.runInTransaction(write::accept);
              } else {
                assertThatThrownBy(() -> tenant.runInTransaction(write::accept))
                    .as(what)
                    .isInstanceOf(PersistenceException.class);
              }
            });
    assertThat(tenant.personalData().export(ERASED).isEmpty()).isTrue();
    try (Stream<Versioned<Employee>> reports = tenant.employees().streamByManager(ERASED)) {
      assertThat(reports).isEmpty();
    }
    assertThat(tenant.personalData().export(PSEUDONYM).checkIns()).filteredOn(c -> c.comment().isPresent()).hasSize(1);
  }
}
