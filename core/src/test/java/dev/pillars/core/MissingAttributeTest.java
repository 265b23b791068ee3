package dev.pillars.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import org.junit.jupiter.api.Test;

class MissingAttributeTest {
  @Test
  void anIncompleteBuilderFailsWithAnInvalidInputExceptionNamingTheMissingAttributes() {
    assertThatThrownBy(() -> Goal.builder().id(GoalId.of("g")).build())
        .isInstanceOf(MissingAttributeException.class)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("owner")
        .hasMessageContaining("must be set");
  }
}
