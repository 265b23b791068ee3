package dev.pillars.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link Goal.Builder#from(Goal)}: a copy that names only what changes. */
class GoalBuilderFromProperties {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));

  private static final Gen<Goal> GOALS = Generate.enumValues(GoalStatus.class).zip(
      doubles().between(0.1, 5), doubles().between(0, 1), Generate.booleans(), (status, weight, progress, described) ->
          Goal.builder()
              .id(GoalId.of("g"))
              .title("Goal")
              .description(described ? Optional.of("why") : Optional.empty())
              .owner(GoalOwner.employee(EmployeeId.of("ana")))
              .level(GoalLevel.INDIVIDUAL)
              .period(YEAR)
              .dueDate(described ? LocalDate.of(2026, 11, 30) : YEAR.end())
              .weight(weight)
              .status(status)
              .measure(GoalMeasure.manual(progress))
              .build());

  @Test
  void aCopyFromAGoalEqualsItAndChangesOnlyWhatIsSet() {
    qt().forAll(GOALS, Generate.enumValues(GoalStatus.class)).checkAssert((goal, status) -> {
      assertThat(Goal.builder().from(goal).build()).isEqualTo(goal);
      Goal changed = Goal.builder().status(status).from(goal).title("Renamed").build();
      assertThat(changed.status()).isEqualTo(status);
      assertThat(changed.title()).isEqualTo("Renamed");
      assertThat(changed.id()).isEqualTo(goal.id());
      assertThat(changed.weight()).isEqualTo(goal.weight());
      assertThat(changed.description()).isEqualTo(goal.description());
      assertThat(changed.dueDate()).isEqualTo(goal.dueDate());
      assertThat(changed.measure()).isEqualTo(goal.measure());
    });
  }

  @Test
  void aCopyWithANewPeriodIsDueAtItsEndUnlessTheDueDateWasChosen() {
    Goal plain = Goal.builder()
        .id(GoalId.of("g")).title("Goal").owner(GoalOwner.employee(EmployeeId.of("ana")))
        .level(GoalLevel.INDIVIDUAL).period(YEAR).measure(GoalMeasure.manual(0.5)).build();
    Goal defaultDue = Goal.builder().from(plain).dueDate(YEAR.end()).build();
    assertThat(Goal.builder().from(defaultDue).period(H1).build().dueDate()).isEqualTo(H1.end());
    Goal chosen = Goal.builder().from(plain).dueDate(LocalDate.of(2026, 11, 30)).build();
    assertThatThrownBy(() -> Goal.builder().from(chosen).period(H1).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("dueDate");
    assertThat(Goal.builder().from(chosen).period(H1).dueDate(LocalDate.of(2026, 5, 1)).build().dueDate())
        .isEqualTo(LocalDate.of(2026, 5, 1));
  }

  @Test
  void badInputIsRejected() {
    Goal goal = Goal.builder().from(Goal.builder()
        .id(GoalId.of("g")).title("Goal").owner(GoalOwner.employee(EmployeeId.of("ana")))
        .level(GoalLevel.INDIVIDUAL).period(YEAR).measure(GoalMeasure.manual(0.5)).build()).build();
    assertThatThrownBy(() -> Goal.builder().from(null)).isInstanceOf(NullPointerException.class).hasMessage("goal");
    assertThatThrownBy(() -> Goal.builder().from(goal).from(goal))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be called once");
    assertThatThrownBy(() -> Goal.builder().from(goal).weight(-1).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("weight");
    assertThatThrownBy(() -> Goal.builder().from(goal).title("a").title("b"))
        .isInstanceOf(IllegalStateException.class);
  }
}
