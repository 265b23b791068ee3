package dev.pillars.engine.development;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.Resource;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.core.event.Change;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the development services share: a model's latest revision, a person's aggregates. */
final class Lookups {
  private Lookups() {}

  static Resource person(String what, EmployeeId employee) {
    return Resource.ofEmployee(what, employee);
  }

  static <I, T> Versioned<T> existing(AggregateRepository<I, T> repository, I id, String field) {
    return repository.find(id).orElseThrow(() -> new UnknownReferenceException(field, id, "must name one of the tenant's " + field + "s"));
  }

  /**
   * Runs one attempt of a change to a stored aggregate: loads it, checks access on it, applies the
   * domain rule, writes the new state at the version read, and returns the outcome.
   */
  static <I, T> Outcome<T> update(
      Call.Work work,
      AggregateRepository<I, T> repository,
      I id,
      String field,
      Consumer<T> access,
      BiFunction<Repositories, T, Change<T>> rule,
      String key) {
    Versioned<T> current = existing(repository, id, field);
    access.accept(current.value());
    Change<T> change = rule.apply(work.repositories(), current.value());
    repository.update(change.value(), current.version());
    return Outcome.of(change.value(), change, Effect.NONE, key);
  }

  /** Returns the values of a per-person (or per-unit) query of a repository, closing it. */
  static <T> List<T> values(Stream<Versioned<T>> query) {
    try (query) {
      return query.map(Versioned::value).collect(Collectors.toList());
    }
  }

  /** Above this many people, one pass over a table costs less than a query per person. */
  static final int PER_PERSON_QUERIES = 50;

  /**
   * Returns the aggregates about a set of people: a per-person query each for a few people, one
   * pass over the table for many.
   */
  static <T> List<T> aboutPeople(
      Collection<EmployeeId> people,
      AggregateRepository<?, T> repository,
      Function<EmployeeId, Stream<Versioned<T>>> query,
      Function<T, EmployeeId> about) {
    if (people.size() > PER_PERSON_QUERIES) {
      Set<EmployeeId> wanted = new HashSet<>(people);
      return all(repository, t -> wanted.contains(about.apply(t)));
    }
    List<T> found = new ArrayList<>();
    new TreeSet<>(people).forEach(person -> found.addAll(values(query.apply(person))));
    return found;
  }

  static <T> List<T> all(AggregateRepository<?, T> repository, Predicate<T> filter) {
    try (Stream<Versioned<T>> stream = repository.stream()) {
      return stream.map(Versioned::value).filter(filter).collect(Collectors.toList());
    }
  }

  /** Returns the latest revision of a model. */
  static CompetencyModel latest(Repositories repositories, CompetencyModelId model) {
    return latestIfAny(repositories, model)
        .orElseThrow(() -> new UnknownReferenceException("model", model, "must name a published competency model"));
  }

  static Optional<CompetencyModel> latestIfAny(Repositories repositories, CompetencyModelId model) {
    return all(repositories.competencyModels(), m -> m.id().model().equals(model)).stream()
        .max(Comparator.comparing(CompetencyModel::id));
  }

  static CompetencyModel revision(Repositories repositories, ModelRevision revision) {
    return repositories.competencyModels().find(revision).map(Versioned::value).orElseThrow(
        () -> new InvalidInputException("model", revision, "must be a published revision of a competency model"));
  }

  static Employee employee(Repositories repositories, EmployeeId employee) {
    return repositories.employees().find(employee).map(Versioned::value)
        .orElseThrow(() -> new UnknownReferenceException("employee", employee, "must name an employee of the tenant"));
  }
}
