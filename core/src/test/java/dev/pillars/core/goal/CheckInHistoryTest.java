package dev.pillars.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckInHistoryTest {
  private static final GoalId GOAL = GoalId.of("g-1");
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static CheckIn at(int day, double progress) {
    return new CheckIn(GOAL, T0.plusSeconds(86_400L * day), progress, 0.5, Optional.empty());
  }

  @Test
  void keepsCheckInsInTimeOrderWhateverTheAppendOrder() {
    CheckInHistory history = CheckInHistory.empty(GOAL).append(at(7, 0.2)).append(at(0, 0.1)).append(at(14, 0.3));

    assertThat(history.all()).containsExactly(at(0, 0.1), at(7, 0.2), at(14, 0.3));
    assertThat(history.latest()).contains(at(14, 0.3));
    assertThat(history.size()).isEqualTo(3);
    assertThat(history).isEqualTo(CheckInHistory.of(GOAL, List.of(at(14, 0.3), at(7, 0.2), at(0, 0.1))));
  }

  @Test
  void checkInsAtTheSameInstantKeepTheirAppendOrder() {
    CheckInHistory history = CheckInHistory.empty(GOAL).append(at(1, 0.4)).append(at(1, 0.5));

    assertThat(history.all()).containsExactly(at(1, 0.4), at(1, 0.5));
    assertThat(history.latest()).contains(at(1, 0.5));
  }

  @Test
  void appendLeavesTheOriginalAsItWas() {
    CheckInHistory empty = CheckInHistory.empty(GOAL);

    CheckInHistory one = empty.append(at(0, 0.1));

    assertThat(empty.all()).isEmpty();
    assertThat(empty.latest()).isEmpty();
    assertThat(one.all()).hasSize(1);
  }

  @Test
  void betweenIncludesBothEnds() {
    CheckInHistory history = CheckInHistory.of(GOAL, List.of(at(0, 0.1), at(7, 0.2), at(14, 0.3), at(21, 0.4)));

    assertThat(history.between(at(7, 0).at(), at(14, 0).at())).containsExactly(at(7, 0.2), at(14, 0.3));
    assertThat(history.between(at(8, 0).at(), at(13, 0).at())).isEmpty();
    assertThat(history.between(at(-5, 0).at(), at(30, 0).at())).hasSize(4);
  }

  @Test
  void betweenRefusesAnEndBeforeTheStart() {
    CheckInHistory history = CheckInHistory.empty(GOAL);

    assertThatThrownBy(() -> history.between(at(2, 0).at(), at(1, 0).at()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("to was 2026-01-06T09:00:00Z: must not be before from 2026-01-07T09:00:00Z");
  }

  @Test
  void aCheckInOfAnotherGoalIsRefused() {
    CheckInHistory history = CheckInHistory.empty(GOAL);
    CheckIn other = new CheckIn(GoalId.of("g-2"), T0, 0.1, 0.5, Optional.empty());

    assertThatThrownBy(() -> history.append(other))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("checkIn.goalId was g-2: must be the history's goal g-1");
    assertThat(history.all()).isEmpty();
  }
}
