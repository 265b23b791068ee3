package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckRecognitions.budget;
import static dev.pillars.persistence.tck.TckRecognitions.budgetId;
import static dev.pillars.persistence.tck.TckRecognitions.id;
import static dev.pillars.persistence.tck.TckRecognitions.person;
import static dev.pillars.persistence.tck.TckRecognitions.recognition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Recognitions and points budgets beyond what every aggregate keeps: their queries, a budget that
 * racing awards cannot overspend, budgets of one giver that never overlap, and the erasure rules of {@link
 * dev.pillars.persistence.spi.RecognitionRepository}.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class RecognitionContract extends TenantContract {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final int THREADS = 8;

  /** Creates the group; a subclass says how to reach the store. */
  protected RecognitionContract() {}

  private static Recognition given(int n, int giver, List<Integer> receivers, LocalDate on) {
    List<EmployeeId> to = receivers.stream().map(TckRecognitions::person).collect(Collectors.toList());
    return recognition(id(n), person(giver), to, on, n).build();
  }

  private static Set<RecognitionId> ids(Stream<Versioned<Recognition>> stream) {
    try (stream) {
      return stream.map(r -> r.value().id()).collect(Collectors.toSet());
    }
  }

  @Test
  @DisplayName("recognitions given in a period are found by it, both ends included, with a unit of work's own writes")
  void findsRecognitionsByPeriod() {
    TenantStore tenant = newTenant();
    TenantStore other = newTenant();
    Period march = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    tenant.runInTransaction(work -> {
      work.recognitions().insert(given(0, 1, List.of(2), LocalDate.of(2026, 2, 28)));
      work.recognitions().insert(given(1, 1, List.of(2), LocalDate.of(2026, 3, 1)));
      work.recognitions().insert(given(2, 2, List.of(3, 4), LocalDate.of(2026, 3, 31)));
      work.recognitions().insert(given(3, 3, List.of(1), LocalDate.of(2026, 4, 1)));
    });
    other.runInTransaction(work -> work.recognitions().insert(given(9, 1, List.of(2), LocalDate.of(2026, 3, 15))));

    assertThat(ids(tenant.recognitions().streamGivenIn(march))).containsExactlyInAnyOrder(id(1), id(2));
    assertThat(ids(other.recognitions().streamGivenIn(march))).containsExactly(id(9));
    try (UnitOfWork work = tenant.begin()) {
      work.recognitions().insert(given(4, 4, List.of(1), LocalDate.of(2026, 3, 10)));
      assertThat(ids(work.recognitions().streamGivenIn(march))).containsExactlyInAnyOrder(id(1), id(2), id(4));
      work.rollback();
    }
    assertThatThrownBy(() -> tenant.recognitions().streamGivenIn(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("recognitions are found by the people they name, as giver or receiver, and budgets by their giver")
  void findsByPerson() {
    TenantStore tenant = newTenant();
    TenantStore other = newTenant();
    LocalDate day = LocalDate.of(2026, 5, 5);
    tenant.runInTransaction(work -> {
      work.recognitions().insert(given(0, 1, List.of(2), day));
      work.recognitions().insert(given(1, 2, List.of(3, 1), day));
      work.recognitions().insert(given(2, 3, List.of(4), day));
      work.pointsBudgets().insert(PointsBudget.of(budgetId(0), person(1), TckRecognitions.YEAR, 100));
      work.pointsBudgets().insert(PointsBudget.of(budgetId(1), person(2), TckRecognitions.YEAR, 100));
    });
    other.runInTransaction(work -> work.pointsBudgets().insert(PointsBudget.of(budgetId(7), person(1), TckRecognitions.YEAR, 9)));

    assertThat(ids(tenant.recognitions().streamNaming(person(1)))).containsExactlyInAnyOrder(id(0), id(1));
    assertThat(ids(tenant.recognitions().streamNaming(person(4)))).containsExactly(id(2));
    assertThat(ids(tenant.recognitions().streamNaming(person(9)))).isEmpty();
    try (Stream<Versioned<PointsBudget>> budgets = tenant.pointsBudgets().streamByGiver(person(1))) {
      assertThat(budgets.map(b -> b.value().id())).containsExactly(budgetId(0));
    }
  }

  @Test
  @DisplayName("of two units of work that spend a budget's last points, only the first to commit keeps them")
  void twoAwardsCannotBothSpendTheLastPoints() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.pointsBudgets().insert(PointsBudget.of(budgetId(0), person(1), TckRecognitions.YEAR, 10)));
    try (UnitOfWork first = tenant.begin();
        UnitOfWork second = tenant.begin()) {
      Versioned<PointsBudget> readBySecond = second.pointsBudgets().find(budgetId(0)).orElseThrow();
      Versioned<PointsBudget> readByFirst = first.pointsBudgets().find(budgetId(0)).orElseThrow();
      first.pointsBudgets().update(readByFirst.value().spend(id(1), 10, CLOCK).value(), readByFirst.version());
      first.recognitions().insert(given(1, 1, List.of(2), LocalDate.of(2026, 6, 1)));
      first.commit();
      assertThatThrownBy(() -> {
            second.pointsBudgets().update(readBySecond.value().spend(id(2), 10, CLOCK).value(), readBySecond.version());
            second.recognitions().insert(given(2, 1, List.of(3), LocalDate.of(2026, 6, 1)));
            second.commit();
          })
          .isInstanceOf(StaleVersionException.class);
      second.rollback();
    }
    Versioned<PointsBudget> after = tenant.pointsBudgets().find(budgetId(0)).orElseThrow();
    assertThat(after.value().spent()).isEqualTo(10);
    assertThat(after.version()).isEqualTo(2);
    assertThat(tenant.recognitions().count()).isEqualTo(1);
  }

  @Test
  @DisplayName("8 threads awarding 3 points at a time from a budget of 50, retried when stale, spend 48 and never more")
  void racingAwardsNeverOverspend() throws Exception {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.pointsBudgets().insert(PointsBudget.of(budgetId(0), person(0), TckRecognitions.YEAR, 50)));
    AtomicInteger next = new AtomicInteger(100);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> awards = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        awards.add(pool.submit(() -> {
          start.await();
          int awarded = 0;
          while (true) {
            try (UnitOfWork work = tenant.begin()) {
              Versioned<PointsBudget> budget = work.pointsBudgets().find(budgetId(0)).orElseThrow();
              if (budget.value().remaining() < 3) {
                return awarded;
              }
              int n = next.getAndIncrement();
              Recognition award = recognition(id(n), person(0), List.of(person(1 + thread)), LocalDate.of(2026, 6, 1), 0)
                  .pointsEach(3)
                  .build();
              work.pointsBudgets().update(budget.value().spend(award.id(), 3, CLOCK).value(), budget.version());
              work.recognitions().insert(award);
              work.commit();
              awarded++;
            } catch (StaleVersionException conflict) {
              // another award committed first: read the budget again
            }
          }
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> awarded : awards) {
        total += awarded.get(5, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo(16);
    } finally {
      pool.shutdownNow();
    }
    Versioned<PointsBudget> budget = tenant.pointsBudgets().find(budgetId(0)).orElseThrow();
    assertThat(budget.value().spent()).isEqualTo(48);
    assertThat(budget.version()).isEqualTo(17);
    long awardedPoints;
    try (Stream<Versioned<Recognition>> all = tenant.recognitions().stream()) {
      awardedPoints = all.mapToLong(r -> r.value().totalPoints()).sum();
    }
    assertThat(awardedPoints).isEqualTo(48);
  }

  @Test
  @DisplayName("erasure keeps what others gave and received under the pseudonym, and removes what the employee alone received")
  void erasureFollowsTheRecognitionRules() {
    TenantStore tenant = newTenant();
    LocalDate day = LocalDate.of(2026, 5, 5);
    Recognition byErased = given(0, 1, List.of(2), day);
    Recognition shared = given(2, 3, List.of(1, 2), day);
    tenant.runInTransaction(work -> {
      work.recognitions().insert(byErased);
      work.recognitions().insert(given(1, 2, List.of(1), day));
      work.recognitions().insert(shared);
      work.recognitions().insert(given(3, 3, List.of(4), day));
      work.pointsBudgets().insert(budget(budgetId(0), 1).withGiver(person(1)));
      work.pointsBudgets().insert(budget(budgetId(1), 2));
    });
    EmployeeId pseudonym = EmployeeId.of("erased-rec-1");

    ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(person(1), pseudonym));

    assertThat(report.removed()).isEqualTo(1);
    assertThat(report.pseudonymised()).isEqualTo(3);
    Repositories r = tenant;
    assertThat(ids(r.recognitions().streamNaming(person(1)))).isEmpty();
    assertThat(r.recognitions().find(id(1))).isEmpty();
    Versioned<Recognition> kept = r.recognitions().find(id(0)).orElseThrow();
    assertThat(kept.value().giver()).isEqualTo(pseudonym);
    assertThat(kept.value().message()).isEqualTo(byErased.message());
    assertThat(kept.version()).isEqualTo(2);
    assertThat(r.recognitions().find(id(2)).orElseThrow().value().receivers()).containsExactly(pseudonym, person(2));
    assertThat(r.recognitions().find(id(3)).orElseThrow().version()).isEqualTo(1);
    assertThat(r.pointsBudgets().find(budgetId(0)).orElseThrow().value().giver()).isEqualTo(pseudonym);
    try (Stream<Versioned<PointsBudget>> budgets = r.pointsBudgets().streamByGiver(person(1))) {
      assertThat(budgets).isEmpty();
    }
  }

  @Test
  @DisplayName("a pseudonym a recognition already names is refused, and the refused erasure changes nothing")
  void erasureRefusesAPseudonymARecognitionNames() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.recognitions().insert(given(0, 1, List.of(2), LocalDate.of(2026, 5, 5))));
    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.personalData().erase(person(1), person(2)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("pseudonym");
      assertThat(work.recognitions().find(id(0)).orElseThrow().version()).isEqualTo(1);
      work.rollback();
    }
  }

  @Test
  @DisplayName("a recognition naming an erased employee, written by a unit of work begun before the erasure, cannot commit after it")
  void lateRecognitionOfAnErasedEmployeeFails() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.recognitions().insert(given(0, 1, List.of(2), LocalDate.of(2026, 5, 5))));
    try (UnitOfWork late = tenant.begin()) {
      late.recognitions().insert(given(1, 3, List.of(1), LocalDate.of(2026, 5, 6)));
      tenant.runInTransaction(work -> work.personalData().erase(person(1), EmployeeId.of("erased-rec-2")));
      assertThatThrownBy(late::commit).isInstanceOf(PersistenceException.class);
    }
    assertThat(ids(tenant.recognitions().streamNaming(person(1)))).isEmpty();
  }

  @Test
  @DisplayName("a budget overlapping another of its giver is refused, and of two units of work creating overlapping budgets only the first commits")
  void budgetsOfOneGiverDoNotOverlap() {
    TenantStore tenant = newTenant();
    Period spring = Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31));
    Period summer = Period.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31));
    tenant.runInTransaction(work -> work.pointsBudgets().insert(PointsBudget.of(budgetId(0), person(1), spring, 10)));
    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.pointsBudgets().insert(PointsBudget.of(budgetId(1), person(1), TckRecognitions.YEAR, 5)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("period")
          .hasMessageContaining(budgetId(0).toString());
      assertThat(work.pointsBudgets().find(budgetId(1))).isEmpty();
      work.pointsBudgets().insert(PointsBudget.of(budgetId(2), person(1), summer, 5));
      work.pointsBudgets().insert(PointsBudget.of(budgetId(3), person(2), spring, 5));
      work.commit();
    }
    try (UnitOfWork first = tenant.begin();
        UnitOfWork second = tenant.begin()) {
      first.pointsBudgets().insert(PointsBudget.of(budgetId(4), person(3), spring, 5));
      second.pointsBudgets().insert(PointsBudget.of(budgetId(5), person(3), Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 31)), 5));
      first.commit();
      assertThatThrownBy(second::commit).isInstanceOf(PersistenceException.class);
      second.rollback();
    }
    try (Stream<Versioned<PointsBudget>> budgets = tenant.pointsBudgets().stream()) {
      assertThat(budgets.map(b -> b.value().id().value()))
          .containsExactlyInAnyOrder(budgetId(0).value(), budgetId(2).value(), budgetId(3).value(), budgetId(4).value());
    }
  }

  @Test
  @DisplayName("of 8 threads creating overlapping budgets for one giver at once, exactly one commits")
  void racingOverlappingBudgetsOneWins() throws Exception {
    TenantStore tenant = newTenant();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> created = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        created.add(pool.submit(() -> {
          try (UnitOfWork work = tenant.begin()) {
            work.pointsBudgets().insert(PointsBudget.of(budgetId(10 + thread), person(5),
                Period.of(LocalDate.of(2026, 1, 1 + thread), LocalDate.of(2026, 12, 31)), 10));
            start.await();
            work.commit();
            return true;
          } catch (PersistenceException | InvalidInputException lost) {
            return false;
          }
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> one : created) {
        won += one.get(5, TimeUnit.MINUTES) ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    try (Stream<Versioned<PointsBudget>> budgets = tenant.pointsBudgets().streamByGiver(person(5))) {
      assertThat(budgets).hasSize(1);
    }
  }
}
