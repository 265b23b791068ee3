package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.committedGoal;
import static dev.pillars.persistence.tck.TckData.instant;
import static dev.pillars.persistence.tck.TckData.kpiId;
import static dev.pillars.persistence.tck.TckData.measurement;
import static dev.pillars.persistence.tck.TckData.unitId;
import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static dev.pillars.persistence.tck.TckGoals.individual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackVisibility;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Export and erasure of one employee's data: an export holds their record, goals and check-ins and
 * each pillar's data about or by them, never another person's anonymous feedback as theirs;
 * erasure, for random tenants, leaves no personal data reachable and every aggregate consistent,
 * belongs to its unit of work, and bad pseudonyms fail and change nothing.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class PersonalDataContract extends TenantContract {
  private final EmployeeId pseudonym = EmployeeId.of("erased-7f3c9a");

  /** Creates the group; a subclass says how to reach the store. */
  protected PersonalDataContract() {}

  /**
   * A generated tenant: who owns each goal (employees 0 to 2, or a unit for 3 and 4), who manages
   * each of employees 0 to 3 (an earlier one, or nobody), and whether employee 0 has a record.
   *
   * @param owners the owner of each goal
   * @param managers for each employee, a number whose remainder picks the manager
   * @param recorded whether employee 0 has an employee record
   */
  record People(List<Integer> owners, List<Integer> managers, boolean recorded) {}

  private static final int EMPLOYEES = 4;

  /**
   * Fills a tenant: employee records, goals (some updated, so versions differ), links between
   * them, check-ins with and without comments, and a KPI with measurements.
   */
  private TenantStore populated(People people) {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(
        work -> {
          work.orgUnits().insert(OrgUnit.root(unitId(0), "Plant"));
          for (int e = 0; e < EMPLOYEES; e++) {
            int pick = people.managers().get(e) % (e + 1);
            Optional<EmployeeId> manager = pick == e ? Optional.empty() : Optional.of(employee(pick));
            if (e > 0 || people.recorded()) {
              work.employees().insert(TckData.employee(employee(e), e, manager, unitId(0)));
            }
          }
          List<Integer> owners = people.owners();
          for (int n = 0; n < owners.size(); n++) {
            int owner = owners.get(n);
            work.goals().insert(owner < 3 ? individual(n, n, employee(owner)) : goal(id(n), 3 + 4 * n));
          }
          List<AlignmentLink> links = new ArrayList<>();
          for (int n = 1; n < owners.size(); n += 2) {
            links.add(AlignmentLink.of(id(n), id(0)));
          }
          work.alignment().addAll(links.iterator(), 4, 0);
          for (int n = 0; n < owners.size(); n++) {
            for (int c = 0; c < n % 3; c++) {
              Optional<String> comment =
                  (n + c) % 2 == 0 ? Optional.empty() : Optional.of("comment " + c + " on goal " + n + " by " + owners.get(n));
              work.checkIns().append(new CheckIn(id(n), instant(c), 0.25 * c, 0.5, comment));
            }
          }
          work.kpiDefinitions().insert(TckData.kpi(kpiId(0), 0));
          work.measurements().append(measurement(0, 0, 0, 1.5));
        });
    tenant.runInTransaction(
        work -> {
          for (int n = 0; n < people.owners().size(); n += 2) {
            Goal stored = committedGoal(work, id(n)).value();
            work.goals().update(TckGoals.withWeight(stored, stored.weight() + 1), 1);
          }
        });
    return tenant;
  }

  private TenantStore withGoalsOf(List<Integer> owners) {
    return populated(new People(owners, List.of(0, 0, 1, 2), true));
  }

  private List<CheckIn> allCheckIns(Repositories repositories) {
    List<CheckIn> all = new ArrayList<>();
    for (int g = 0; g < TenantSnapshot.GOAL_IDS; g++) {
      try (Stream<CheckIn> stream = repositories.checkIns().streamByGoal(id(g))) {
        stream.forEach(all::add);
      }
    }
    return all;
  }

  @Test
  @DisplayName("an export holds the employee's record, their goals ordered by id and the check-ins on them")
  void exportHoldsTheEmployeesData() {
    TenantStore tenant = withGoalsOf(List.of(0, 1, 0, 3, 2, 0, 0));
    PersonalDataExport export = tenant.personalData().export(employee(0));

    assertThat(export.employee()).isEqualTo(employee(0));
    assertThat(export.record()).isEqualTo(tenant.employees().find(employee(0)).map(Versioned::value));
    assertThat(export.goals()).extracting(Goal::id).containsExactly(id(0), id(2), id(5), id(6));
    assertThat(export.goals())
        .containsExactly(
            committedGoal(tenant, id(0)).value(),
            committedGoal(tenant, id(2)).value(),
            committedGoal(tenant, id(5)).value(),
            committedGoal(tenant, id(6)).value());
    List<CheckIn> expected = new ArrayList<>();
    for (GoalId goal : List.of(id(0), id(2), id(5), id(6))) {
      try (Stream<CheckIn> stream = tenant.checkIns().streamByGoal(goal)) {
        stream.forEach(expected::add);
      }
    }
    assertThat(expected).isNotEmpty();
    assertThat(export.checkIns()).isEqualTo(expected);
    PersonalDataExport ofOther = tenant.personalData().export(employee(3));
    assertThat(ofOther.record()).isPresent();
    assertThat(ofOther.goals()).isEmpty();
    assertThat(tenant.personalData().export(EmployeeId.of("nobody")).isEmpty()).isTrue();
    assertThat(newTenant().personalData().export(employee(0)).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("erasure, for random tenants, leaves no personal data reachable and every aggregate consistent")
  void erasureLeavesNoPersonalData() {
    qt().withExamples(scaled(100))
        .forAll(
            lists().of(integers().between(0, 4)).ofSizeBetween(0, 12),
            lists().of(integers().between(0, 100)).ofSizeBetween(EMPLOYEES, EMPLOYEES),
            integers().between(0, 3))
        .checkAssert((owners, managers, recorded) -> checkErasure(new People(owners, managers, recorded > 0)));
  }

  private void checkErasure(People people) {
    TenantStore tenant = populated(people);
    TenantStore twin = populated(people);
    TenantSnapshot twinBefore = TenantSnapshot.of(twin, employee(0), pseudonym);
    TenantSnapshot before = TenantSnapshot.of(tenant, employee(0), employee(1), pseudonym);
    Optional<Employee> record = tenant.employees().find(employee(0)).map(Versioned::value);
    Map<EmployeeId, Versioned<Employee>> employeesBefore = new HashMap<>();
    before.employees().forEach(v -> employeesBefore.put(v.value().id(), v));
    Map<GoalId, Versioned<Goal>> goalsBefore = new HashMap<>();
    before.goals().forEach(v -> goalsBefore.put(v.value().id(), v));
    GoalOwner erased = GoalOwner.employee(employee(0));
    Set<GoalId> owned =
        goalsBefore.values().stream()
            .filter(v -> v.value().owner().equals(erased))
            .map(v -> v.value().id())
            .collect(Collectors.toSet());
    Set<String> comments = new HashSet<>();
    long commented = 0;
    for (GoalId goal : owned) {
      for (CheckIn checkIn : before.checkIns().get(goal)) {
        if (checkIn.comment().isPresent()) {
          comments.add(checkIn.comment().get());
          commented++;
        }
      }
    }
    long reports = before.employees().stream().filter(v -> v.value().manager().equals(Optional.of(employee(0)))).count();

    ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(employee(0), pseudonym));

    assertThat(report).isEqualTo(new ErasureReport(pseudonym, (record.isPresent() ? 1 : 0) + reports + owned.size(), 0, commented));
    TenantSnapshot after = TenantSnapshot.of(tenant, employee(0), employee(1), pseudonym);

    // no personal data of the erased employee is reachable
    assertThat(tenant.personalData().export(employee(0)).isEmpty()).isTrue();
    assertThat(after.goals()).noneMatch(v -> v.value().owner().equals(erased));
    assertThat(after.employees()).noneMatch(v -> v.value().id().equals(employee(0)));
    assertThat(after.employees()).noneMatch(v -> v.value().manager().equals(Optional.of(employee(0))));
    record.ifPresent(
        gone -> {
          assertThat(after.employees()).noneMatch(v -> v.value().displayName().equals(gone.displayName()));
          assertThat(after.employees())
              .noneMatch(v -> !gone.attributes().isEmpty() && v.value().attributes().equals(gone.attributes()));
        });
    assertThat(allCheckIns(tenant)).noneMatch(c -> c.comment().isPresent() && comments.contains(c.comment().get()));
    if (record.isPresent()) {
      Organisation organisation = tenant.organisation().snapshot();
      assertThat(organisation.employee(employee(0))).isEmpty();
      assertThat(organisation.directReports(pseudonym)).hasSize((int) reports);
    }

    // what the organisation keeps stays consistent: the pseudonym stands in everywhere
    assertThat(after.goalCount()).isEqualTo(before.goalCount());
    for (Versioned<Goal> now : after.goals()) {
      Versioned<Goal> was = goalsBefore.get(now.value().id());
      assertThat(was).as("goal %s existed before", now.value().id()).isNotNull();
      if (owned.contains(was.value().id())) {
        assertThat(now.value().owner()).isEqualTo(GoalOwner.employee(pseudonym));
        assertThat(now.version()).isEqualTo(was.version() + 1);
        assertThat(TckGoals.attributesExcept(now.value(), "owner"))
            .isEqualTo(TckGoals.attributesExcept(was.value(), "owner"));
        assertThat(after.checkIns().get(now.value().id()))
            .isEqualTo(
                before.checkIns().get(now.value().id()).stream()
                    .map(c -> new CheckIn(c.goalId(), c.at(), c.progress(), c.confidence(), Optional.empty()))
                    .collect(Collectors.toList()));
      } else {
        assertThat(now).isEqualTo(was);
        assertThat(after.checkIns().get(now.value().id())).isEqualTo(before.checkIns().get(now.value().id()));
      }
    }
    for (Versioned<Employee> now : after.employees()) {
      if (now.value().id().equals(pseudonym)) {
        Employee was = record.orElseThrow(() -> new AssertionError("a record for the pseudonym without one to erase"));
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.value().displayName()).isEqualTo(pseudonym.value());
        assertThat(now.value().attributes()).isEmpty();
        assertThat(List.of(now.value().manager(), now.value().unit(), now.value().role(), now.value().grade(), now.value().hireDate()))
            .isEqualTo(List.of(was.manager(), was.unit(), was.role(), was.grade(), was.hireDate()));
        continue;
      }
      Versioned<Employee> was = employeesBefore.get(now.value().id());
      if (was.value().manager().equals(Optional.of(employee(0)))) {
        assertThat(now.value()).isEqualTo(was.value().reportingTo(Optional.of(pseudonym)));
        assertThat(now.version()).isEqualTo(was.version() + 1);
      } else {
        assertThat(now).isEqualTo(was);
      }
    }
    assertThat(after.employees()).hasSize(employeesBefore.size());
    assertThat(after.graphVersion()).isEqualTo(before.graphVersion());
    assertThat(after.links()).isEqualTo(before.links());
    assertThat(after.measurements()).isEqualTo(before.measurements());
    assertThat(after.kpis()).isEqualTo(before.kpis());
    assertThat(after.units()).isEqualTo(before.units());
    assertThat(tenant.personalData().export(pseudonym).goals()).hasSize(owned.size());
    assertThat(TenantSnapshot.of(twin, employee(0), pseudonym)).isEqualTo(twinBefore);
  }

  @Test
  @DisplayName("erasure outside a unit of work fails with TransactionRequiredException and changes nothing")
  void erasureNeedsUnitOfWork() {
    TenantStore tenant = withGoalsOf(List.of(0, 1));
    TenantSnapshot before = TenantSnapshot.of(tenant, employee(0), pseudonym);
    assertThatThrownBy(() -> tenant.personalData().erase(employee(0), pseudonym))
        .isInstanceOf(TransactionRequiredException.class);
    assertThat(TenantSnapshot.of(tenant, employee(0), pseudonym)).isEqualTo(before);
  }

  @Test
  @DisplayName("a pseudonym that is the employee, names someone already, or is null fails and changes nothing")
  void badPseudonymsFail() {
    TenantStore tenant = withGoalsOf(List.of(0, 1, 2));
    tenant.runInTransaction(
        work -> work.employees().insert(TckData.employee(EmployeeId.of("temp-9"), 9, Optional.of(EmployeeId.of("agency-1")), unitId(0))));
    TenantSnapshot before = TenantSnapshot.of(tenant, employee(0), employee(1), pseudonym);
    EmployeeId nobody = null;
    try (UnitOfWork work = tenant.begin()) {
      for (EmployeeId taken : List.of(employee(0), employee(1), employee(3), EmployeeId.of("agency-1"))) {
        assertThatThrownBy(() -> work.personalData().erase(employee(0), taken))
            .as("pseudonym %s", taken)
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("pseudonym"));
      }
      assertThatThrownBy(() -> work.personalData().erase(employee(0), nobody))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> work.personalData().erase(nobody, pseudonym))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> work.personalData().export(nobody)).isInstanceOf(NullPointerException.class);
      work.commit();
    }
    assertThat(TenantSnapshot.of(tenant, employee(0), employee(1), pseudonym)).isEqualTo(before);
  }

  @Test
  @DisplayName("erasing an employee the store knows nothing about changes nothing and says so")
  void erasingNobodyChangesNothing() {
    TenantStore tenant = withGoalsOf(List.of(1, 2, 3));
    EmployeeId stranger = EmployeeId.of("stranger");
    TenantSnapshot before = TenantSnapshot.of(tenant, stranger, pseudonym);
    ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(stranger, pseudonym));
    assertThat(report.nothingFound()).isTrue();
    assertThat(TenantSnapshot.of(tenant, stranger, pseudonym)).isEqualTo(before);
  }

  @Test
  @DisplayName("a unit of work sees its own erasure; others see it only after the commit")
  void erasureIsPartOfItsUnitOfWork() {
    TenantStore tenant = withGoalsOf(List.of(0, 0, 1));
    try (UnitOfWork work = tenant.begin()) {
      work.personalData().erase(employee(0), pseudonym);
      assertThat(work.personalData().export(employee(0)).isEmpty()).isTrue();
      assertThat(work.personalData().export(pseudonym).goals()).hasSize(2);
      assertThat(work.personalData().export(pseudonym).record()).isPresent();
      assertThat(tenant.personalData().export(employee(0)).goals()).hasSize(2);
      assertThat(tenant.personalData().export(pseudonym).isEmpty()).isTrue();
      work.commit();
    }
    assertThat(tenant.personalData().export(employee(0)).isEmpty()).isTrue();
    assertThat(tenant.personalData().export(pseudonym).goals()).hasSize(2);
  }

  @Test
  @DisplayName("an export holds each pillar's data about or by the employee, and only theirs")
  void exportHoldsEachPillarsData() {
    TenantStore tenant = newTenant();
    TckPillarExport.populate(tenant);
    assertThat(TckPillarExport.checkEveryone(tenant)).isGreaterThan(20);
    EmployeeId someone = TckFeedback.person(0);
    PersonalDataExport inWork = tenant.inTransaction(work -> work.personalData().export(someone));
    assertThat(inWork).isEqualTo(tenant.personalData().export(someone));
  }

  @Test
  @DisplayName("an export of anyone never names another person as the giver of anonymous feedback")
  void exportNeverNamesAnotherAnonymousGiver() {
    qt().withExamples(10)
        .forAll(lists().of(integers().between(0, 63)).ofSizeBetween(1, 10))
        .checkAssert(draws -> {
          TenantStore tenant = newTenant();
          List<Feedback> given = new ArrayList<>();
          for (int i = 0; i < draws.size(); i++) {
            int d = draws.get(i);
            EmployeeId giver = TckFeedback.person(d % 4);
            EmployeeId receiver = TckFeedback.person(4 + d / 4 % 4);
            given.add(Feedback.builder()
                .id(FeedbackId.of("fb-" + i))
                .kind(FeedbackKind.values()[d % 2])
                .giver(giver)
                .receiver(receiver)
                .anonymous(d / 16 % 2 == 1)
                .visibility(FeedbackVisibility.RECEIVER)
                .text("Feedback " + d)
                .givenAt(instant(i))
                .build());
          }
          tenant.runInTransaction(work -> given.forEach(work.feedback()::insert));
          for (int p = 0; p < 8; p++) {
            PersonalDataExport export = tenant.personalData().export(TckFeedback.person(p));
            TckPillarExport.assertNoOthersAnonymousGiver(export, given);
            assertThat(export.feedbackGiven()).hasSize((int) given.stream().filter(f -> f.giver().equals(export.employee())).count());
          }
        });
  }
}
