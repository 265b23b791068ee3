package dev.pillars.persistence.spi.internal;

import dev.pillars.core.Checks;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.Assessor;
import dev.pillars.core.coaching.Coach;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Erasure of one employee from the development pillar's aggregates, as {@code
 * PersonalDataRepository} describes it, through the repositories of a unit of work: the
 * employee's own assessments, plans and coaching sessions are removed; assessments they made,
 * sessions they coached and succession plans naming them are pseudonymised. Both of the library's
 * stores call it from their erasure, inside the same unit of work.
 */
public final class DevelopmentErasure {
  private DevelopmentErasure() {}

  /**
   * Erases the employee from the development aggregates.
   *
   * @param work the repositories of the unit of work the erasure runs in
   * @param employee the erased employee
   * @param pseudonym the id that stands for them
   * @return how many aggregates were pseudonymised and removed
   */
  public static ErasureReport erase(Repositories work, EmployeeId employee, EmployeeId pseudonym) {
    Checks.notNull("work", work);
    Checks.notNull("employee", employee);
    Checks.notNull("pseudonym", pseudonym);
    long removed = remove(work.assessments(), a -> a.employee().equals(employee), Assessment::id)
        + remove(work.developmentPlans(), p -> p.employee().equals(employee), p -> p.id())
        + remove(work.coachingSessions(), s -> s.employee().equals(employee), CoachingSession::id);
    long pseudonymised = replace(work.assessments(), a -> a.assessor().id().equals(employee), a -> new Assessment(
            a.id(), a.employee(), new Assessor(pseudonym, a.assessor().role()), a.model(), a.assessedOn(), a.ratings()))
        + replace(work.coachingSessions(), s -> s.coach().employee().equals(Optional.of(employee)), s -> coachedBy(s, pseudonym))
        + replace(work.successionPlans(), p -> names(p, employee), p -> renamed(p, employee, pseudonym));
    return new ErasureReport(pseudonym, pseudonymised, removed);
  }

  private static <I, T> long remove(AggregateRepository<I, T> repository, Predicate<T> personal, Function<T, I> id) {
    List<Versioned<T>> found = matching(repository, personal);
    found.forEach(v -> repository.delete(id.apply(v.value()), v.version()));
    return found.size();
  }

  private static <I, T> long replace(AggregateRepository<I, T> repository, Predicate<T> naming, Function<T, T> renamed) {
    List<Versioned<T>> found = matching(repository, naming);
    found.forEach(v -> repository.update(renamed.apply(v.value()), v.version()));
    return found.size();
  }

  private static <I, T> List<Versioned<T>> matching(AggregateRepository<I, T> repository, Predicate<T> test) {
    try (Stream<Versioned<T>> all = repository.stream()) {
      return all.filter(v -> test.test(v.value())).collect(Collectors.toList());
    }
  }

  private static boolean names(SuccessionPlan plan, EmployeeId employee) {
    return plan.incumbent().equals(Optional.of(employee))
        || plan.emergencyCover().equals(Optional.of(employee))
        || plan.candidates().stream().anyMatch(c -> c.employee().equals(employee));
  }

  private static CoachingSession coachedBy(CoachingSession s, EmployeeId pseudonym) {
    return CoachingSession.builder()
        .id(s.id())
        .coach(new Coach(s.coach().role(), Optional.of(pseudonym), pseudonym.value()))
        .employee(s.employee())
        .heldOn(s.heldOn())
        .addAllTopics(s.topics())
        .addAllAgreed(s.agreed())
        .followUp(s.followUp())
        .followUpNotes(s.followUpNotes())
        .build();
  }

  private static SuccessionPlan renamed(SuccessionPlan p, EmployeeId employee, EmployeeId pseudonym) {
    Function<EmployeeId, EmployeeId> swap = e -> e.equals(employee) ? pseudonym : e;
    return SuccessionPlan.builder()
        .position(p.position())
        .title(p.title())
        .unit(p.unit())
        .incumbent(p.incumbent().map(swap))
        .impact(p.impact())
        .risk(p.risk())
        .addAllCandidates(p.candidates().stream().map(c -> new Candidate(swap.apply(c.employee()), c.readiness(), c.gapsToClose())).toList())
        .emergencyCover(p.emergencyCover().map(swap))
        .build();
  }
}
