package dev.pillars.persistence.memory;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.persistence.spi.Versioned;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The recognition part of an erasure in the in-memory store, as {@link
 * dev.pillars.persistence.spi.RecognitionRepository} and {@link
 * dev.pillars.persistence.spi.PointsBudgetRepository} define it: given recognitions and budgets
 * name the pseudonym, a shared recognition names it among the receivers, a recognition the
 * employee alone received is removed.
 */
final class MemoryRecognitionErasure {
  private MemoryRecognitionErasure() {}

  /** Erases the employee from recognitions and budgets; returns {pseudonymised, removed}. */
  static long[] erase(MemoryRepositories repositories, EmployeeId employee, EmployeeId pseudonym) {
    long pseudonymised = 0;
    long removed = 0;
    for (Versioned<Recognition> r : naming(repositories, employee)) {
      Recognition recognition = r.value();
      if (recognition.receivers().equals(List.of(employee))) {
        repositories.recognitions.delete(recognition.id(), r.version());
        removed++;
      } else {
        repositories.recognitions.update(recognition.pseudonymised(employee, pseudonym), r.version());
        pseudonymised++;
      }
    }
    List<Versioned<PointsBudget>> budgets;
    try (Stream<Versioned<PointsBudget>> owned = repositories.pointsBudgets.streamByGiver(employee)) {
      budgets = owned.collect(Collectors.toList());
    }
    for (Versioned<PointsBudget> budget : budgets) {
      repositories.pointsBudgets.update(budget.value().withGiver(pseudonym), budget.version());
      pseudonymised++;
    }
    return new long[] {pseudonymised, removed};
  }

  /** Returns whether a recognition or a budget of the tenant names the id. */
  static boolean names(MemoryRepositories repositories, EmployeeId id) {
    try (Stream<Versioned<PointsBudget>> budgets = repositories.pointsBudgets.streamByGiver(id)) {
      return !naming(repositories, id).isEmpty() || budgets.findAny().isPresent();
    }
  }

  /** Returns whether a state about to be committed holds a recognition or budget naming the id. */
  static boolean names(Trie[] next, EmployeeId id) {
    boolean[] named = {false};
    next[Tables.RECOGNITIONS.index].forEach((value, version) -> named[0] |= ((Recognition) value).names(id));
    next[Tables.POINTS_BUDGETS.index].forEach((value, version) -> named[0] |= ((PointsBudget) value).giver().equals(id));
    return named[0];
  }

  private static List<Versioned<Recognition>> naming(MemoryRepositories repositories, EmployeeId employee) {
    try (Stream<Versioned<Recognition>> named = repositories.recognitions.streamNaming(employee)) {
      return named.sorted(Comparator.comparing(r -> r.value().id())).collect(Collectors.toList());
    }
  }
}
