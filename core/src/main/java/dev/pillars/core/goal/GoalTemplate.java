package dev.pillars.core.goal;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Goals to give many people at once, such as the 25 goals every shift lead of a plant gets each
 * half-year. Each entry is a prototype individual goal in draft, optionally aligned to a parent
 * goal; {@link #goalsFor(EmployeeId)} makes one person's copies, each with its own id ({@link
 * #idFor}) and the person as owner.
 *
 * @param name the template's name, for messages
 * @param entries the goals, each with its optional parent
 */
public record GoalTemplate(String name, List<Entry> entries) {
  /**
   * Creates a template.
   *
   * @param name the template's name
   * @param entries the goals
   * @throws NullPointerException if an argument is null or {@code entries} holds null
   * @throws InvalidInputException if the name is blank, there are no entries, two entries share a
   *     prototype id, or a prototype is not an individual goal in draft
   */
  public GoalTemplate {
    requireNonNull(name, "name");
    requireNonNull(entries, "entries");
    Checks.notBlank("name", name);
    entries = List.copyOf(entries);
    Checks.require(!entries.isEmpty(), "entries", entries, "must hold at least one goal");
    Set<GoalId> ids = new HashSet<>();
    for (Entry entry : entries) {
      Checks.require(ids.add(entry.prototype().id()), "entries", entry.prototype().id(),
          "must not hold two goals with the same id");
    }
  }

  /**
   * Returns the id of one person's copy of a prototype goal: the prototype's id, {@code @}, and
   * the person's id, such as {@code safety-walks@ana}.
   *
   * @param prototype the prototype's id
   * @param person the person
   * @return the copy's id
   * @throws InvalidInputException if the id would be longer than an id may be
   */
  public static GoalId idFor(GoalId prototype, EmployeeId person) {
    requireNonNull(prototype, "prototype");
    requireNonNull(person, "person");
    return GoalId.of(prototype.value() + "@" + person.value());
  }

  /**
   * Returns one person's copies of the template's goals, in the order of the entries.
   *
   * @param person the person who will own them
   * @return the goals, in draft, owned by the person
   * @throws NullPointerException if {@code person} is null
   * @throws InvalidInputException if a copy's id would be too long
   */
  public List<Goal> goalsFor(EmployeeId person) {
    requireNonNull(person, "person");
    List<Goal> goals = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      Goal prototype = entry.prototype();
      ImmutableGoal copy = (ImmutableGoal) ImmutableGoal.copyOf(prototype);
      goals.add(copy.withId(idFor(prototype.id(), person)).withOwner(GoalOwner.employee(person)));
    }
    return goals;
  }

  /**
   * One goal of a template.
   *
   * @param prototype the goal to copy: an individual goal in draft; its id and owner are replaced
   *     in each copy
   * @param parent the goal each copy is aligned to, if any
   * @param weight the weight of each copy's link to the parent, positive and finite
   */
  public record Entry(Goal prototype, Optional<GoalId> parent, double weight) {
    /**
     * Creates an entry.
     *
     * @param prototype the goal to copy
     * @param parent the goal each copy is aligned to, if any
     * @param weight the link weight
     * @throws NullPointerException if an argument is null
     * @throws InvalidInputException if the prototype is not an individual goal in draft or the
     *     weight is not positive and finite
     */
    public Entry {
      requireNonNull(prototype, "prototype");
      requireNonNull(parent, "parent");
      Checks.require(prototype.level() == GoalLevel.INDIVIDUAL, "prototype.level", prototype.level(),
          "must be INDIVIDUAL: a template gives goals to people");
      Checks.require(prototype.status() == GoalStatus.DRAFT, "prototype.status", prototype.status(),
          "must be DRAFT: copies start as drafts");
      Checks.positive("weight", weight);
    }

    /**
     * Returns an entry without a parent.
     *
     * @param prototype the goal to copy
     * @return the entry
     */
    public static Entry of(Goal prototype) {
      return new Entry(prototype, Optional.empty(), 1.0);
    }

    /**
     * Returns an entry whose copies are aligned to a parent goal.
     *
     * @param prototype the goal to copy
     * @param parent the parent goal
     * @param weight the link weight
     * @return the entry
     */
    public static Entry alignedTo(Goal prototype, GoalId parent, double weight) {
      return new Entry(prototype, Optional.of(requireNonNull(parent, "parent")), weight);
    }
  }
}
