package dev.pillars.persistence.memory;

import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.internal.NamedEmployees;
import java.util.function.Consumer;

/**
 * The mark a committed erasure leaves in {@link Tables#ERASURES}: the erased employee and the
 * pseudonym that stands for them. A unit of work that writes data naming an employee checks these
 * marks, so that data written by a unit of work that began before an erasure and commits after it
 * cannot name the erased employee again.
 *
 * @param employee the erased employee
 * @param pseudonym who stands for them
 */
record Erasure(EmployeeId employee, EmployeeId pseudonym) {

  /** Passes every employee a stored value names to {@code named}: a goal's owner, an employee and their manager, a recognition's giver and receivers, a budget's giver, and the pillars' aggregates ({@link NamedEmployees}). */
  static void namedBy(Object value, Consumer<EmployeeId> named) {
    if (value instanceof Goal goal) {
      PersonalDataRepository.employeesNamedBy(goal).forEach(named);
    } else if (value instanceof Employee employee) {
      PersonalDataRepository.employeesNamedBy(employee).forEach(named);
    } else if (value instanceof Recognition recognition) {
      named.accept(recognition.giver());
      recognition.receivers().forEach(named);
    } else if (value instanceof PointsBudget budget) {
      named.accept(budget.giver());
    } else {
      NamedEmployees.of(value).forEach(named);
    }
  }

  /** Returns whether a check-in carries personal words of its goal's owner. */
  static boolean isPersonal(CheckIn checkIn) {
    return checkIn.comment().isPresent();
  }
}
