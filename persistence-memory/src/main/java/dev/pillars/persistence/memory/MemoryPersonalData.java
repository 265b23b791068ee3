package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.internal.DevelopmentErasure;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.persistence.spi.internal.ReviewErasure;
import dev.pillars.persistence.spi.internal.FeedbackErasure;
import dev.pillars.persistence.spi.internal.NamedEmployees;
import dev.pillars.persistence.spi.internal.PillarsExport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Export and erasure of one employee's data in the in-memory store, over every table that names
 * employees: their record, the records of the people they manage, the goals they own, the
 * check-ins on those goals, and the pending outbox messages about them or caused by them.
 */
final class MemoryPersonalData implements PersonalDataRepository {
  private final MemoryTenantStore store;
  private final @Nullable MemoryUnitOfWork work;
  private final MemoryRepositories repositories;
  private final MemoryRepository<EmployeeId, Erasure> erasures;

  MemoryPersonalData(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryRepositories repositories) {
    this.store = store;
    this.work = work;
    this.repositories = repositories;
    this.erasures = new MemoryRepository<>(store, work, Tables.ERASURES, "PersonalDataRepository");
  }

  @Override
  public PersonalDataExport export(EmployeeId employee) {
    Checks.notNull("employee", employee);
    Access.reading(work, "PersonalDataRepository.export");
    List<Goal> goals = ownedGoals(employee).stream().map(Versioned::value).collect(Collectors.toList());
    PersonalDataExport.Builder export =
        PersonalDataExport.builder()
            .employee(employee)
            .record(repositories.employees.find(employee).map(Versioned::value))
            .addAllGoals(goals);
    for (Goal goal : goals) {
      export.addAllCheckIns(repositories.checkIns.log.entries(goal.id(), "export"));
    }
    PillarsExport.addTo(export, work != null ? work : store, employee);
    return export.build();
  }

  @Override
  public ErasureReport erase(EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    Checks.require(
        !pseudonym.equals(employee), "pseudonym", pseudonym, "must differ from the erased employee");
    MemoryUnitOfWork w = Access.writing(store, work, "PersonalDataRepository.erase");
    w.stateForWrite();
    Checks.require(
        !namesAnyone(pseudonym),
        "pseudonym",
        pseudonym,
        "must not yet name anyone in tenant '" + store.tenant() + "'");

    long pseudonymised = 0;
    Optional<Versioned<Employee>> record = repositories.employees.find(employee);
    List<Versioned<Employee>> reports = reports(employee);
    if (record.isPresent()) {
      repositories.employees.delete(employee, record.get().version());
      repositories.employees.insert(record.get().value().pseudonymised(pseudonym));
      pseudonymised++;
    }
    for (Versioned<Employee> report : reports) {
      repositories.employees.update(report.value().reportingTo(Optional.of(pseudonym)), report.version());
      pseudonymised++;
    }
    GoalOwner replacement = GoalOwner.employee(pseudonym);
    long[] redacted = new long[1];
    for (Versioned<Goal> goal : ownedGoals(employee)) {
      repositories.goals.update(reowned(goal.value(), replacement), goal.version());
      pseudonymised++;
      repositories.checkIns.log.replace(
          goal.value().id(),
          checkIns -> {
            List<CheckIn> kept = new ArrayList<>(checkIns.size());
            for (CheckIn checkIn : checkIns) {
              if (checkIn.comment().isPresent()) {
                redacted[0]++;
                kept.add(new CheckIn(checkIn.goalId(), checkIn.at(), checkIn.progress(), checkIn.confidence(), Optional.empty()));
              } else {
                kept.add(checkIn);
              }
            }
            return kept;
          });
    }
    long[] reviewCounts = ReviewErasure.erase(repositories.reviewCycles, repositories.reviews, employee, pseudonym);
    pseudonymised += reviewCounts[0];
    redacted[0] += reviewCounts[1];
    pseudonymised += MemoryRewardRepositories.erase(repositories.allocationRuns, employee, pseudonym);
    ErasureReport calibration = repositories.calibrationSessions.pseudonymise(employee, pseudonym);
    pseudonymised += calibration.pseudonymised();
    redacted[0] += calibration.redacted();
    long removed = repositories.outbox.erase(employee);
    long[] recognitions = MemoryRecognitionErasure.erase(repositories, employee, pseudonym);
    pseudonymised += recognitions[0];
    removed += recognitions[1];
    ErasureReport development = DevelopmentErasure.erase(w, employee, pseudonym);
    pseudonymised += development.pseudonymised();
    removed += development.removed();
    FeedbackErasure.Counts feedback = FeedbackErasure.erase(w, employee, pseudonym);
    pseudonymised += feedback.pseudonymised();
    removed += feedback.removed();
    ErasureReport report = new ErasureReport(pseudonym, pseudonymised, removed, redacted[0]);
    if (!report.nothingFound() && erasures.find(employee).isEmpty()) {
      erasures.insert(new Erasure(employee, pseudonym));
    }
    w.onCommit(next -> requireErased(next, employee));
    return report;
  }

  /**
   * Fails the commit if a unit of work committed after this erasure's writes left data naming the
   * erased employee: a record, a report, a goal of theirs, a pending outbox message about them
   * or caused by them, or a pillar's aggregate naming them. Check-ins written meanwhile to their goals fail the commit by the version of
   * the goal's log, which the erasure replaced.
   */
  private void requireErased(Trie[] next, EmployeeId employee) {
    GoalOwner owner = GoalOwner.employee(employee);
    Optional<EmployeeId> managedBy = Optional.of(employee);
    boolean[] named = {next[Tables.EMPLOYEES.index].versionOf(employee, Tables.EMPLOYEES.keyOf) != 0};
    next[Tables.EMPLOYEES.index].forEach(
        (value, version) -> named[0] |= ((Employee) value).manager().equals(managedBy));
    next[Tables.GOALS.index].forEach((value, version) -> named[0] |= ((Goal) value).owner().equals(owner));
    named[0] |= MemoryOutbox.namesAnyone(next, employee);
    named[0] |= MemoryRecognitionErasure.names(next, employee);
    next[Tables.REVIEW_CYCLES.index].forEach((value, version) -> named[0] |= ReviewErasure.names(value, employee));
    next[Tables.REVIEWS.index].forEach((value, version) -> named[0] |= ReviewErasure.names(value, employee));
    named[0] |= MemoryFeedbackRepositories.namesAnyone(next, employee);
    for (Table<?, ?> table : List.of(Tables.CALIBRATION_SESSIONS, Tables.ALLOCATION_RUNS, Tables.ASSESSMENTS,
        Tables.DEVELOPMENT_PLANS, Tables.COACHING_SESSIONS, Tables.SUCCESSION_PLANS)) {
      next[table.index].forEach((value, version) -> named[0] |= NamedEmployees.of(value).contains(employee));
    }
    if (named[0]) {
      throw new PersistenceException(
          "an erasure in tenant '"
              + store.tenant()
              + "' conflicted with a unit of work committed meanwhile that wrote data naming the"
              + " erased employee; nothing was committed; run the erasure again");
    }
  }

  /** Returns whether any of the tenant's data names the id as an employee, manager or goal owner. */
  private boolean namesAnyone(EmployeeId id) {
    return repositories.employees.find(id).isPresent() || !reports(id).isEmpty() || !ownedGoals(id).isEmpty()
        || MemoryRecognitionErasure.names(repositories, id);
  }

  private List<Versioned<Employee>> reports(EmployeeId manager) {
    try (Stream<Versioned<Employee>> reports = repositories.employees.streamByManager(manager)) {
      return reports.collect(Collectors.toList());
    }
  }

  private List<Versioned<Goal>> ownedGoals(EmployeeId employee) {
    try (Stream<Versioned<Goal>> owned = repositories.goals.streamByOwner(GoalOwner.employee(employee))) {
      return owned.sorted(Comparator.comparing(goal -> goal.value().id())).collect(Collectors.toList());
    }
  }

  /** Returns the goal with another owner and every other attribute as it was. */
  static Goal reowned(Goal goal, GoalOwner owner) {
    return Goal.builder()
        .id(goal.id())
        .title(goal.title())
        .description(goal.description())
        .owner(owner)
        .level(goal.level())
        .period(goal.period())
        .dueDate(goal.dueDate())
        .weight(goal.weight())
        .status(goal.status())
        .measure(goal.measure())
        .build();
  }
}
