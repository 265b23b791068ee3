package dev.pillars.persistence.tck;

import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Valid goals, varied so that a store must keep every attribute: the goals the kit itself stores,
 * offered to a store's own tests too.
 *
 * <p>A variant chooses each attribute, so goals of different variants differ in title, weight,
 * status, due date and measure, and the same id and variant always give an equal goal. Between them
 * the variants reach every kind of measure (manual, KPI with threshold and stretch, KPI band,
 * milestones, derived), text with quotes and line breaks, and weights that are not whole numbers.
 */
public final class TckGoals {
  /** The period of every goal: the calendar year 2026. */
  public static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private TckGoals() {}

  /**
   * Returns the id of the {@code n}-th goal.
   *
   * @param n any number
   * @return {@code g-n}
   */
  public static GoalId id(int n) {
    return GoalId.of("g-" + n);
  }

  /**
   * Returns the id of the {@code n}-th employee.
   *
   * @param n any number
   * @return {@code e-n}
   */
  public static EmployeeId employee(int n) {
    return EmployeeId.of("e-" + n);
  }

  /**
   * Returns a goal with the given id; each variant differs from the others in title, weight,
   * status, owner and measure.
   *
   * @param id the goal's id
   * @param variant any number
   * @return the goal
   */
  public static Goal goal(GoalId id, int variant) {
    int kind = Math.floorMod(variant, 4);
    GoalOwner owner;
    GoalLevel level;
    if (kind == 3) {
      owner = GoalOwner.unit(OrgUnitId.of("plant-" + Math.floorMod(variant, 2)));
      level = variant % 2 == 0 ? GoalLevel.ORGANISATION : GoalLevel.UNIT;
    } else {
      owner = GoalOwner.employee(employee(kind));
      level = GoalLevel.INDIVIDUAL;
    }
    return owned(id, variant, owner, level);
  }

  /**
   * Returns the individual goal {@link #id id(n)} of an employee; variants differ as for {@link
   * #owned}.
   *
   * @param n the goal's number
   * @param variant any number
   * @param owner the employee
   * @return the goal
   */
  public static Goal individual(int n, int variant, EmployeeId owner) {
    return owned(id(n), variant, GoalOwner.employee(owner), GoalLevel.INDIVIDUAL);
  }

  /**
   * Returns the unit goal {@link #id id(n)} of the unit {@code plant-0} or {@code plant-1}, as the
   * variant is even or odd; variants differ as for {@link #owned}.
   *
   * @param n the goal's number
   * @param variant any number
   * @return the goal
   */
  public static Goal unit(int n, int variant) {
    return owned(id(n), variant, GoalOwner.unit(OrgUnitId.of("plant-" + Math.floorMod(variant, 2))), GoalLevel.UNIT);
  }

  /**
   * Returns a goal with the given id, owner and level; each variant differs from the others in
   * title, weight, status, due date and measure.
   *
   * @param id the goal's id
   * @param variant any number
   * @param owner the goal's owner
   * @param level the goal's level
   * @return the goal
   */
  public static Goal owned(GoalId id, int variant, GoalOwner owner, GoalLevel level) {
    GoalMeasure measure;
    switch (Math.floorMod(variant, 4)) {
      case 0:
        measure = GoalMeasure.manual(Math.floorMod(variant, 11) / 10.0);
        break;
      case 1:
        measure =
            GoalMeasure.kpi(
                KpiId.of("kpi-" + variant),
                KpiTarget.builder()
                    .baseline(variant)
                    .target(variant + 10.5)
                    .threshold(variant + 2)
                    .stretch(variant + 12)
                    .build());
        break;
      case 2:
        measure =
            GoalMeasure.milestones(
                List.of(Milestone.open("plan \"" + variant + "\""), Milestone.open("ship").complete()));
        break;
      default:
        measure =
            Math.floorMod(variant, 8) == 3
                ? GoalMeasure.derived()
                : GoalMeasure.kpi(KpiId.of("defects"), KpiTarget.within(1, 3, 9 + variant));
        break;
    }
    Goal.Builder builder =
        Goal.builder()
            .id(id)
            .title("Goal " + id + " variant " + variant)
            .owner(owner)
            .level(level)
            .period(YEAR)
            .dueDate(YEAR.start().plusDays(Math.floorMod(variant * 37, 365)))
            .weight(1 + Math.floorMod(variant, 5) * 0.25)
            .status(GoalStatus.values()[Math.floorMod(variant, GoalStatus.values().length)])
            .measure(measure);
    if (variant % 3 == 0) {
      builder.description("Description of variant " + variant + "\nwith a second line");
    }
    return builder.build();
  }

  /**
   * Returns every attribute of a goal, read through the public accessors {@link Goal} declares, by
   * name, leaving out the named ones. Comparing these maps compares two goals attribute by
   * attribute, including attributes added to {@code Goal} after this kit was written.
   *
   * @param goal the goal
   * @param left the names of the attributes to leave out
   * @return the attributes by name
   */
  public static Map<String, Object> attributesExcept(Goal goal, String... left) {
    java.util.Objects.requireNonNull(goal, "goal");
    java.util.Objects.requireNonNull(left, "left");
    Set<String> leftOut = Set.of(left);
    Map<String, Object> attributes = new TreeMap<>();
    for (Method accessor : Goal.class.getDeclaredMethods()) {
      int modifiers = accessor.getModifiers();
      if (Modifier.isPublic(modifiers)
          && !Modifier.isStatic(modifiers)
          && accessor.getParameterCount() == 0
          && accessor.getReturnType() != void.class
          && !leftOut.contains(accessor.getName())) {
        try {
          attributes.put(accessor.getName(), accessor.invoke(goal));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError("cannot read " + accessor, e);
        }
      }
    }
    return attributes;
  }

  /**
   * Returns the goal with another weight and every other attribute as it was.
   *
   * @param goal the goal
   * @param weight the new weight
   * @return the goal with the new weight
   */
  public static Goal withWeight(Goal goal, double weight) {
    java.util.Objects.requireNonNull(goal, "goal");
    return Goal.builder()
        .id(goal.id())
        .title(goal.title())
        .description(goal.description())
        .owner(goal.owner())
        .level(goal.level())
        .period(goal.period())
        .dueDate(goal.dueDate())
        .weight(weight)
        .status(goal.status())
        .measure(goal.measure())
        .build();
  }
}
