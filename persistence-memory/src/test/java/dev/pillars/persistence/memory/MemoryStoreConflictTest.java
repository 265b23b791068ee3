package dev.pillars.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.AggregateInUseException;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Conflicts between two units of work that both wrote before either committed, which the in-memory
 * store finds at commit time. The TCK cannot set these up portably (a database store may block
 * the second writer), so they are checked here: every reference that links, logs and erasure rely
 * on still holds after whichever commits first.
 */
class MemoryStoreConflictTest {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final KpiId KPI = KpiId.of("scrap-rate");
  private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

  private final TenantStore tenant = MemoryStore.create().forTenant(TenantId.of("acme"));

  private static Goal goal(String id, String owner) {
    return Goal.builder()
        .id(GoalId.of(id))
        .title("Goal " + id)
        .owner(GoalOwner.employee(EmployeeId.of(owner)))
        .level(GoalLevel.INDIVIDUAL)
        .period(YEAR)
        .measure(GoalMeasure.manual(0))
        .build();
  }

  private static KpiDefinition kpi() {
    return KpiDefinition.builder()
        .id(KPI)
        .name("Scrap rate")
        .unit("%")
        .direction(Direction.LOWER_IS_BETTER)
        .aggregation(Aggregation.MEAN)
        .frequency(Frequency.WEEKLY)
        .build();
  }

  private static CheckIn checkIn(String goal, int hour, String comment) {
    return new CheckIn(GoalId.of(goal), NOON.plusSeconds(3_600L * hour), 0.5, 0.5, Optional.of(comment));
  }

  private void seed() {
    tenant.runInTransaction(
        work -> {
          work.goals().insert(goal("g-0", "ann"));
          work.goals().insert(goal("g-1", "ann"));
          work.goals().insert(goal("g-2", "bob"));
          work.kpiDefinitions().insert(kpi());
        });
  }

  @Test
  void aLinkToAGoalDeletedMeanwhileFailsAtCommit() {
    seed();
    UnitOfWork linking = tenant.begin();
    linking.alignment().add(AlignmentLink.of(GoalId.of("g-1"), GoalId.of("g-0")), 0);
    tenant.runInTransaction(work -> work.goals().delete(GoalId.of("g-0"), 1));

    assertThatThrownBy(linking::commit)
        .isInstanceOfSatisfying(
            AggregateNotFoundException.class, e -> assertThat(e.aggregateId()).isEqualTo("g-0"));
    assertThat(tenant.alignment().count()).isZero();
    assertThat(tenant.alignment().graphVersion()).isZero();
  }

  @Test
  void deletingAGoalLinkedMeanwhileFailsAtCommit() {
    seed();
    UnitOfWork deleting = tenant.begin();
    deleting.goals().delete(GoalId.of("g-0"), 1);
    tenant.runInTransaction(work -> work.alignment().add(AlignmentLink.of(GoalId.of("g-1"), GoalId.of("g-0")), 0));

    assertThatThrownBy(deleting::commit)
        .isInstanceOfSatisfying(
            AggregateInUseException.class, e -> assertThat(e.referencedBy()).contains("g-1 -> g-0"));
    assertThat(tenant.goals().find(GoalId.of("g-0"))).isPresent();
  }

  @Test
  void twoLinksThatCloseACycleTogetherCannotBothCommit() {
    seed();
    UnitOfWork first = tenant.begin();
    UnitOfWork second = tenant.begin();
    first.alignment().add(AlignmentLink.of(GoalId.of("g-1"), GoalId.of("g-0")), 0);
    second.alignment().add(AlignmentLink.of(GoalId.of("g-0"), GoalId.of("g-1")), 0);
    first.commit();

    assertThatThrownBy(second::commit)
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(e.aggregateType()).isEqualTo("AlignmentGraph");
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    assertThat(tenant.alignment().stream()).containsExactly(AlignmentLink.of(GoalId.of("g-1"), GoalId.of("g-0")));
  }

  @Test
  void aMeasurementOfAKpiDeletedMeanwhileFailsAtCommit() {
    seed();
    UnitOfWork appending = tenant.begin();
    appending.measurements().append(Measurement.of(KPI, LocalDate.of(2026, 3, 2), NOON, 4.1));
    tenant.runInTransaction(work -> work.kpiDefinitions().delete(KPI, 1));

    assertThatThrownBy(appending::commit).isInstanceOf(AggregateNotFoundException.class);
    assertThat(tenant.measurements().count(KPI)).isZero();
  }

  @Test
  void deletingAKpiWhoseLogGrewMeanwhileFailsAtCommit() {
    seed();
    UnitOfWork deleting = tenant.begin();
    deleting.kpiDefinitions().delete(KPI, 1);
    tenant.runInTransaction(
        work -> work.measurements().append(Measurement.of(KPI, LocalDate.of(2026, 3, 2), NOON, 4.1)));

    assertThatThrownBy(deleting::commit).isInstanceOf(StaleVersionException.class);
    assertThat(tenant.measurements().count(KPI)).isEqualTo(1);
    assertThat(tenant.kpiDefinitions().find(KPI)).isPresent();
  }

  @Test
  void appendsOfTheSameIdentityMeanwhileFailAtCommitAndOthersMerge() {
    seed();
    UnitOfWork appending = tenant.begin();
    appending.measurements().append(Measurement.of(KPI, LocalDate.of(2026, 3, 2), NOON, 4.1));
    appending.measurements().append(Measurement.of(KPI, LocalDate.of(2026, 3, 3), NOON, 4.0));
    UnitOfWork other = tenant.begin();
    other.measurements().append(Measurement.of(KPI, LocalDate.of(2026, 3, 4), NOON, 3.9));
    tenant.runInTransaction(
        work -> work.measurements().append(Measurement.of(KPI, LocalDate.of(2026, 3, 3), NOON, 5.0)));

    assertThatThrownBy(appending::commit).isInstanceOf(DuplicateAggregateException.class);
    other.commit();
    assertThat(tenant.measurements().range(KPI, LocalDate.MIN, LocalDate.MAX))
        .extracting(Measurement::value)
        .containsExactly(5.0, 3.9);
  }

  @Test
  void aCheckInOnAGoalDeletedMeanwhileFailsAtCommit() {
    seed();
    UnitOfWork checkingIn = tenant.begin();
    checkingIn.checkIns().append(checkIn("g-0", 0, "on track"));
    tenant.runInTransaction(work -> work.goals().delete(GoalId.of("g-0"), 1));

    assertThatThrownBy(checkingIn::commit).isInstanceOf(AggregateNotFoundException.class);
    assertThat(tenant.checkIns().count(GoalId.of("g-0"))).isZero();
  }

  @Test
  void anErasureFailsIfTheEmployeeGotAGoalMeanwhile() {
    seed();
    UnitOfWork erasing = tenant.begin();
    erasing.personalData().erase(EmployeeId.of("ann"), EmployeeId.of("erased-1"));
    tenant.runInTransaction(work -> work.goals().insert(goal("g-3", "ann")));

    assertThatThrownBy(erasing::commit).isInstanceOf(PersistenceException.class).hasMessageContaining("run the erasure again");
    assertThat(tenant.personalData().export(EmployeeId.of("ann")).goals()).hasSize(3);
    assertThat(tenant.personalData().export(EmployeeId.of("erased-1")).isEmpty()).isTrue();
  }

  @Test
  void anErasureFailsIfACommentWasAddedToTheirGoalMeanwhile() {
    seed();
    UnitOfWork erasing = tenant.begin();
    erasing.personalData().erase(EmployeeId.of("ann"), EmployeeId.of("erased-1"));
    tenant.runInTransaction(work -> work.checkIns().append(checkIn("g-1", 1, "my knee hurts")));

    assertThatThrownBy(erasing::commit).isInstanceOf(StaleVersionException.class);
    assertThat(tenant.checkIns().latest(GoalId.of("g-1")).orElseThrow().comment()).contains("my knee hurts");
  }

  @Test
  void unrelatedCommitsMeanwhileLeaveAnErasureAlone() {
    seed();
    UnitOfWork erasing = tenant.begin();
    erasing.personalData().erase(EmployeeId.of("ann"), EmployeeId.of("erased-1"));
    tenant.runInTransaction(work -> work.checkIns().append(checkIn("g-2", 1, "fine")));
    erasing.commit();

    assertThat(tenant.personalData().export(EmployeeId.of("erased-1")).goals()).hasSize(2);
    assertThat(tenant.personalData().export(EmployeeId.of("bob")).checkIns()).hasSize(1);
  }
}
