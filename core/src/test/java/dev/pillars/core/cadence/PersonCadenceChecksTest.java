package dev.pillars.core.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A person's cadence counts days since each event from 0 up, never fewer. */
class PersonCadenceChecksTest {
  private static final EmployeeId ANA = EmployeeId.of("ana");
  private static final OptionalInt NONE = OptionalInt.empty();

  @Test
  void daysSinceEachEventAreZeroOrMore() {
    assertThat(new PersonCadence(ANA, OptionalInt.of(0), OptionalInt.of(0), OptionalInt.of(0), 0).daysSinceOneOnOne()).hasValue(0);
    assertThatThrownBy(() -> new PersonCadence(ANA, OptionalInt.of(-1), NONE, NONE, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("daysSinceFeedbackReceived was -1: must be between 0 and 2147483647");
    assertThatThrownBy(() -> new PersonCadence(ANA, NONE, OptionalInt.of(-1), NONE, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("daysSinceFeedbackGiven was -1: must be between 0 and 2147483647");
    assertThatThrownBy(() -> new PersonCadence(ANA, NONE, NONE, OptionalInt.of(-1), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("daysSinceOneOnOne was -1: must be between 0 and 2147483647");
  }
}
