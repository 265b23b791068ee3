package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.Versioned;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Export and erasure of one employee's data in the in-memory store, over every table that names
 * employees (today: the goals they own).
 */
final class MemoryPersonalData implements PersonalDataRepository {
  private final MemoryTenantStore store;
  private final @Nullable MemoryUnitOfWork work;
  private final MemoryGoalRepository goals;

  MemoryPersonalData(MemoryTenantStore store, @Nullable MemoryUnitOfWork work, MemoryGoalRepository goals) {
    this.store = store;
    this.work = work;
    this.goals = goals;
  }

  @Override
  public PersonalDataExport export(EmployeeId employee) {
    Checks.notNull("employee", employee);
    if (work != null) {
      work.requireActive("PersonalDataRepository.export");
    }
    return PersonalDataExport.builder()
        .employee(employee)
        .addAllGoals(ownedGoals(employee).stream().map(Versioned::value).collect(Collectors.toList()))
        .build();
  }

  @Override
  public ErasureReport erase(EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    Checks.require(
        !pseudonym.equals(employee), "pseudonym", pseudonym, "must differ from the erased employee");
    if (work == null) {
      throw new TransactionRequiredException(store.tenant(), "PersonalDataRepository.erase");
    }
    work.requireActive("PersonalDataRepository.erase");
    Checks.require(
        ownedGoals(pseudonym).isEmpty(),
        "pseudonym",
        pseudonym,
        "must not yet name anyone in tenant '" + store.tenant() + "'");
    List<Versioned<Goal>> owned = ownedGoals(employee);
    GoalOwner replacement = GoalOwner.employee(pseudonym);
    for (Versioned<Goal> goal : owned) {
      goals.update(reowned(goal.value(), replacement), goal.version());
    }
    return new ErasureReport(pseudonym, owned.size(), 0);
  }

  private List<Versioned<Goal>> ownedGoals(EmployeeId employee) {
    try (Stream<Versioned<Goal>> owned = goals.streamByOwner(GoalOwner.employee(employee))) {
      return owned
          .sorted(Comparator.comparing(goal -> goal.value().id()))
          .collect(Collectors.toList());
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
