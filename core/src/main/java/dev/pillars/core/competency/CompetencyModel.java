package dev.pillars.core.competency;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One revision of a competency model: the competencies an organisation names, their proficiency
 * levels, and the levels each role or grade requires.
 *
 * <p>A model is versioned by revision: {@link #revise} returns a new revision beside this one and
 * never changes it, so an assessment names the {@link ModelRevision} it was taken against and is
 * always read against that revision's levels and requirements.
 *
 * <p>Required levels: a person's required level of a competency is the higher of what their role
 * and their grade require; a competency neither names is not required (level 0).
 *
 * @param id the model and revision
 * @param name the model's name, such as {@code "Acme manufacturing competencies"}
 * @param competencies the competencies, at least one, ids distinct, in the order reports show them
 * @param requirements the required levels, each naming a competency of the model at one of its
 *     levels, at most one per role or grade and competency
 */
public record CompetencyModel(
    ModelRevision id, String name, List<Competency> competencies, List<Requirement> requirements) {
  /**
   * Creates a model revision.
   *
   * @param id the model and revision
   * @param name the name, not blank
   * @param competencies the competencies
   * @param requirements the requirements
   * @throws NullPointerException if a part is null or a list holds null
   * @throws InvalidInputException if the name is blank, there is no competency, two share an id, or
   *     a requirement names an unknown competency, a level it does not have, or repeats another
   */
  public CompetencyModel {
    Checks.notNull("id", id);
    Checks.notNull("name", name);
    competencies = List.copyOf(Checks.notNull("competencies", competencies));
    requirements = List.copyOf(Checks.notNull("requirements", requirements));
    Checks.notBlank("name", name);
    Checks.require(!competencies.isEmpty(), "competencies", competencies, "must hold at least one competency");
    Set<CompetencyId> ids = new HashSet<>();
    for (Competency c : competencies) {
      Checks.require(ids.add(c.id()), "competencies", c.id(), "must not repeat a competency id");
    }
    Set<List<Object>> keys = new HashSet<>();
    for (Requirement r : requirements) {
      Competency c = find(competencies, r.competency())
          .orElseThrow(() -> new InvalidInputException("requirement.competency", r.competency(), "must be a competency of model " + id));
      Checks.require(
          r.level() <= c.highestLevel(),
          "requirement.level",
          r.level(),
          "must be a level of " + c.id() + " (1 to " + c.highestLevel() + ")");
      Checks.require(
          keys.add(List.of(r.scope(), r.value(), r.competency())),
          "requirements",
          r,
          "must hold at most one requirement per " + r.scope() + " and competency");
    }
  }

  /**
   * Publishes the first revision of a model.
   *
   * @param model the model, at revision 1
   * @param clock the clock that dates the event
   * @return the model and its {@link CompetencyModelPublished} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if {@code model} is not at revision 1
   */
  public static Change<CompetencyModel> publish(CompetencyModel model, Clock clock) {
    Checks.notNull("model", model);
    Checks.notNull("clock", clock);
    Checks.require(model.id().revision() == 1, "revision", model.id().revision(), "must be 1 for a new model");
    return Change.of(model, new CompetencyModelPublished(model, clock.instant()));
  }

  /**
   * Returns the next revision of this model with new competencies and requirements; this revision
   * stays as it is, and assessments taken against it keep it.
   *
   * @param competencies the next revision's competencies
   * @param requirements the next revision's requirements
   * @param clock the clock that dates the event
   * @return the next revision and its {@link CompetencyModelPublished} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the next revision breaks a rule of a model
   */
  public Change<CompetencyModel> revise(List<Competency> competencies, List<Requirement> requirements, Clock clock) {
    Checks.notNull("clock", clock);
    CompetencyModel next = new CompetencyModel(id.next(), name, competencies, requirements);
    return Change.of(next, new CompetencyModelPublished(next, clock.instant()));
  }

  /**
   * Returns a competency of this model.
   *
   * @param competency the competency's id
   * @return the competency, or empty if the model has none with that id
   */
  public Optional<Competency> competency(CompetencyId competency) {
    return find(competencies, Checks.notNull("competency", competency));
  }

  /**
   * Returns the level someone with this role and grade must reach: the higher of what the role
   * and the grade require.
   *
   * @param role the person's role
   * @param grade the person's grade
   * @param competency the competency
   * @return the required level, or empty if neither role nor grade requires the competency
   */
  public OptionalInt requiredLevel(String role, String grade, CompetencyId competency) {
    Checks.notNull("role", role);
    Checks.notNull("grade", grade);
    Checks.notNull("competency", competency);
    return requirements.stream()
        .filter(r -> r.competency().equals(competency) && r.appliesTo(role, grade))
        .mapToInt(Requirement::level)
        .max();
  }

  /**
   * Returns the required levels of every competency, in the order of {@link #competencies()}, for
   * someone with this role and grade; 0 where nothing is required.
   *
   * @param role the person's role
   * @param grade the person's grade
   * @return a new array, one level per competency
   */
  public int[] requiredLevels(String role, String grade) {
    Checks.notNull("role", role);
    Checks.notNull("grade", grade);
    int[] levels = new int[competencies.size()];
    for (Requirement r : requirements) {
      if (r.appliesTo(role, grade)) {
        int i = indexOf(r.competency());
        levels[i] = Math.max(levels[i], r.level());
      }
    }
    return levels;
  }

  /**
   * Requires that a level is one of a competency of this model.
   *
   * @param competency the competency
   * @param level the level
   * @throws NullPointerException if {@code competency} is null
   * @throws InvalidInputException if the model has no such competency, or it has no such level
   */
  public void checkLevel(CompetencyId competency, int level) {
    Competency c = competency(competency)
        .orElseThrow(() -> new InvalidInputException("competency", competency, "must be a competency of model " + id));
    Checks.require(
        level >= 1 && level <= c.highestLevel(), "level", level, "must be a level of " + competency + " (1 to " + c.highestLevel() + ")");
  }

  /**
   * Returns the position of a competency in {@link #competencies()}.
   *
   * @param competency the competency
   * @return its index, or -1 if the model has none with that id
   */
  public int indexOf(CompetencyId competency) {
    Checks.notNull("competency", competency);
    for (int i = 0; i < competencies.size(); i++) {
      if (competencies.get(i).id().equals(competency)) {
        return i;
      }
    }
    return -1;
  }

  private static Optional<Competency> find(List<Competency> competencies, CompetencyId id) {
    return competencies.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
