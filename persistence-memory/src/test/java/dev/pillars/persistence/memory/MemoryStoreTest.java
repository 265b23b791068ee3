package dev.pillars.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.AggregateNotFoundException;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What the in-memory store does beyond the TCK: the TCK cannot make two units of work write the same
 * aggregate before either commits (a database store may block there), so the conflicts found at
 * commit time are checked here.
 */
class MemoryStoreTest {
  private final TenantStore tenant = MemoryStore.create().forTenant(TenantId.of("acme"));

  private static Goal goal(String id, double weight) {
    return Goal.builder()
        .id(GoalId.of(id))
        .title("Goal " + id)
        .owner(GoalOwner.employee(EmployeeId.of("e-1")))
        .level(GoalLevel.INDIVIDUAL)
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
        .weight(weight)
        .measure(GoalMeasure.manual(0))
        .build();
  }

  @Test
  void aStaleUpdateFoundAtCommitRollsBackTheWholeUnitOfWork() {
    tenant.runInTransaction(work -> work.goals().insert(goal("g-1", 1)));
    UnitOfWork first = tenant.begin();
    UnitOfWork second = tenant.begin();
    first.goals().update(goal("g-1", 2), 1);
    second.goals().insert(goal("g-2", 1));
    second.goals().update(goal("g-1", 3), 1);
    first.commit();

    assertThatThrownBy(second::commit)
        .isInstanceOfSatisfying(
            StaleVersionException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
            });
    assertThat(second.isActive()).isFalse();
    assertThat(tenant.goals().find(GoalId.of("g-1"))).contains(Versioned.of(goal("g-1", 2), 2));
    assertThat(tenant.goals().find(GoalId.of("g-2"))).isEmpty();
  }

  @Test
  void anInsertOfAnIdTakenMeanwhileFailsAtCommit() {
    UnitOfWork first = tenant.begin();
    UnitOfWork second = tenant.begin();
    first.goals().insert(goal("g-1", 1));
    second.goals().insert(goal("g-1", 2));
    first.commit();

    assertThatThrownBy(second::commit).isInstanceOf(DuplicateAggregateException.class);
    assertThat(tenant.goals().find(GoalId.of("g-1"))).contains(Versioned.of(goal("g-1", 1), 1));
  }

  @Test
  void anUpdateOfAnAggregateDeletedMeanwhileFailsAtCommit() {
    tenant.runInTransaction(work -> work.goals().insert(goal("g-1", 1)));
    UnitOfWork first = tenant.begin();
    UnitOfWork second = tenant.begin();
    first.goals().delete(GoalId.of("g-1"), 1);
    second.goals().update(goal("g-1", 2), 1);
    first.commit();

    assertThatThrownBy(second::commit).isInstanceOf(AggregateNotFoundException.class);
    assertThat(tenant.goals().count()).isZero();
  }

  @Test
  void anInsertAndDeleteOfTheSameIdInOneUnitOfWorkStillClaimsTheIdAtCommit() {
    UnitOfWork first = tenant.begin();
    first.goals().insert(goal("g-1", 1));
    first.goals().delete(GoalId.of("g-1"), 1);
    tenant.runInTransaction(work -> work.goals().insert(goal("g-1", 5)));

    assertThatThrownBy(first::commit).isInstanceOf(DuplicateAggregateException.class);
    assertThat(tenant.goals().find(GoalId.of("g-1"))).contains(Versioned.of(goal("g-1", 5), 1));
  }

  @Test
  void commitsOfOtherAggregatesInBetweenDoNotConflict() {
    tenant.runInTransaction(work -> work.goals().insertAll(List.of(goal("g-1", 1), goal("g-2", 1)).iterator(), 1));
    UnitOfWork first = tenant.begin();
    first.goals().update(goal("g-1", 2), 1);
    tenant.runInTransaction(work -> work.goals().update(goal("g-2", 3), 1));
    first.commit();

    assertThat(tenant.goals().find(GoalId.of("g-1"))).contains(Versioned.of(goal("g-1", 2), 2));
    assertThat(tenant.goals().find(GoalId.of("g-2"))).contains(Versioned.of(goal("g-2", 3), 2));
  }

  @Test
  void aCommitOfManyWritesRebuildsTheTableWithEveryChange() {
    tenant.runInTransaction(
        work -> work.goals().insertAll(IntStream.range(0, 2_000).mapToObj(n -> goal("g-" + n, 1)), 100));
    tenant.runInTransaction(
        work -> {
          for (int n = 0; n < 1_000; n++) {
            work.goals().update(goal("g-" + n, 2), 1);
          }
          for (int n = 1_000; n < 1_500; n++) {
            work.goals().delete(GoalId.of("g-" + n), 1);
          }
          work.goals().insertAll(IntStream.range(2_000, 3_500).mapToObj(n -> goal("g-" + n, 3)), 100);
        });

    assertThat(tenant.goals().count()).isEqualTo(3_000);
    for (int n = 0; n < 3_500; n++) {
      var found = tenant.goals().find(GoalId.of("g-" + n));
      if (n < 1_000) {
        assertThat(found).contains(Versioned.of(goal("g-" + n, 2), 2));
      } else if (n < 1_500) {
        assertThat(found).isEmpty();
      } else if (n < 2_000) {
        assertThat(found).contains(Versioned.of(goal("g-" + n, 1), 1));
      } else {
        assertThat(found).contains(Versioned.of(goal("g-" + n, 3), 1));
      }
    }
    try (var all = tenant.goals().stream()) {
      assertThat(all.count()).isEqualTo(3_000);
    }
  }

  @Test
  void everyTableSitsAtItsOwnIndex() {
    for (int i = 0; i < Tables.COUNT; i++) {
      assertThat(Tables.ALL.get(i).index).isEqualTo(i);
    }
    assertThat(Tables.empty()).hasSize(Tables.COUNT);
  }

  @Test
  void aNullTenantIsRejected() {
    TenantId nobody = null;
    assertThatThrownBy(() -> MemoryStore.create().forTenant(nobody))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("tenant");
  }
}
