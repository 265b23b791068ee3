package dev.pillars.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.org.Employee;
import org.junit.jupiter.api.Test;

/** The error rule written on {@link PillarsException}, as the generated builders follow it. */
class ErrorRuleTest {
  @Test
  void aBuilderGivenNullThrowsANullPointerExceptionNamingTheAttribute() {
    assertThatThrownBy(() -> Goal.builder().title(null)).isInstanceOf(NullPointerException.class).hasMessage("title");
    assertThatThrownBy(() -> Employee.builder().displayName(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("displayName");
    assertThatThrownBy(() -> KpiDefinition.builder().name(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
  }

  @Test
  void aBuilderAttributeSetTwiceThrowsAnIllegalStateExceptionNamingIt() {
    Goal.Builder builder = Goal.builder().id(GoalId.of("g1"));

    assertThatThrownBy(() -> builder.id(GoalId.of("g2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Goal is strict, attribute is already set: id");
  }

  @Test
  void aRejectedNullLeavesTheBuilderUsable() {
    Goal.Builder builder = Goal.builder();
    assertThatThrownBy(() -> builder.title(null)).isInstanceOf(NullPointerException.class);

    builder.title("Cut scrap");
    assertThatThrownBy(() -> builder.title("again")).isInstanceOf(IllegalStateException.class).hasMessageEndingWith("title");
  }

  @Test
  void checksThrowANullPointerExceptionForNullAndAnInvalidInputExceptionForABadValue() {
    assertThatThrownBy(() -> Checks.notBlank("title", null)).isInstanceOf(NullPointerException.class).hasMessage("title");
    assertThatThrownBy(() -> Checks.identifier("id", null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    assertThatThrownBy(() -> Checks.notBlank("title", " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("title");
          assertThat(e.value()).isEqualTo("' '");
          assertThat(e.rule()).isEqualTo("must not be blank");
        });
  }

  @Test
  void exceptionsRefuseANullMessage() {
    assertThatThrownBy(() -> new PillarsException(null)).isInstanceOf(NullPointerException.class).hasMessage("message");
    assertThatThrownBy(() -> new InvalidInputException(null, 1, "must be 2")).isInstanceOf(NullPointerException.class);
  }
}
