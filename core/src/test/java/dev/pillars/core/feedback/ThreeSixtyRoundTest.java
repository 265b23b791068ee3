package dev.pillars.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThreeSixtyRoundTest {
  static final EmployeeId SUBJECT = EmployeeId.of("ana");
  static final LocalDate CLOSES = LocalDate.of(2026, 3, 20);

  static Clock on(LocalDate day) {
    return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  static ThreeSixtyRound round() {
    return ThreeSixtyRound.of(
        ThreeSixtyRoundId.of("r1"), SUBJECT,
        Map.of(
            RaterGroup.SELF, Set.of(SUBJECT),
            RaterGroup.MANAGER, Set.of(EmployeeId.of("max")),
            RaterGroup.PEERS, Set.of(EmployeeId.of("p1"), EmployeeId.of("p2"), EmployeeId.of("p3")),
            RaterGroup.REPORTS, Set.of(EmployeeId.of("r1"), EmployeeId.of("r2"), EmployeeId.of("r3"))),
        List.of(Question.scaled("Listens", FeedbackTest.FIVE), Question.scaled("Decides", FeedbackTest.FIVE)),
        CLOSES, AnonymityThreshold.DEFAULT);
  }

  static ThreeSixtyRound answered(ThreeSixtyRound round, Map<String, List<Double>> answers) {
    Clock clock = on(CLOSES.minusDays(1));
    for (Map.Entry<String, List<Double>> answer : answers.entrySet()) {
      round = round.respond(EmployeeId.of(answer.getKey()), answer.getValue(), clock).value();
    }
    return round;
  }

  @Test
  void resultsArePublishedAfterTheCloseWithTheGroupBelowKSuppressed() {
    ThreeSixtyRound round = answered(round(), Map.of(
        "ana", List.of(4.0, 4.0), "max", List.of(2.0, 3.0),
        "p1", List.of(4.0, 5.0), "p2", List.of(3.0, 5.0), "p3", List.of(5.0, 5.0),
        "r1", List.of(4.0, 2.0), "r2", List.of(4.0, 3.0), "r3", List.of(4.0, 4.0)));

    ThreeSixtyResults before = round.results(CLOSES);
    assertThat(before.group(RaterGroup.PEERS).orElseThrow().suppressedBecause()).contains("published after the round closes on 2026-03-20");
    assertThat(before.self()).isEmpty();

    ThreeSixtyResults after = round.results(CLOSES.plusDays(1));
    assertThat(after.self()).contains(List.of(4.0, 4.0));
    assertThat(after.group(RaterGroup.MANAGER).orElseThrow().suppressedBecause()).contains("fewer than 3 responses");
    assertThat(after.group(RaterGroup.PEERS).orElseThrow().suppressedBecause())
        .contains("suppressed so that a smaller group cannot be derived from the total");
    assertThat(after.group(RaterGroup.REPORTS).orElseThrow().summary().orElseThrow().means()).containsExactly(4.0, 3.0);
    assertThat(after.anonymous().total().summary().orElseThrow().responses()).isEqualTo(7);
    assertThat(after.group(RaterGroup.OTHERS)).isEmpty();
  }

  @Test
  void theRoundsStateAndEventsDoNotSayWhichAnswerIsWhose() {
    ThreeSixtyRound one = answered(round(), Map.of("p1", List.of(1.0, 2.0), "p2", List.of(5.0, 5.0)));
    ThreeSixtyRound other = answered(round(), Map.of("p1", List.of(5.0, 5.0), "p2", List.of(1.0, 2.0)));

    assertThat(one).isEqualTo(other);
    assertThat(one.toString()).isEqualTo(other.toString());
    assertThat(round().respond(EmployeeId.of("p1"), List.of(1.0, 2.0), on(CLOSES)).events().toString()).doesNotContain("p1").doesNotContain("PEERS");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    ThreeSixtyRound round = round();
    Clock open = on(CLOSES);
    assertThatThrownBy(() -> round.respond(EmployeeId.of("zed"), List.of(1.0, 2.0), open))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rater was zed: must be one of the round's raters");
    ThreeSixtyRound once = round.respond(EmployeeId.of("p1"), List.of(1.0, 2.0), open).value();
    assertThatThrownBy(() -> once.respond(EmployeeId.of("p1"), List.of(1.0, 2.0), open))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("rater was p1: must not have answered already");
    assertThatThrownBy(() -> round.respond(EmployeeId.of("p1"), List.of(1.0, 2.0), on(CLOSES.plusDays(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("today was 2026-03-21: must be on or before the round's closing day 2026-03-20");
    assertThatThrownBy(() -> round.respond(EmployeeId.of("p1"), List.of(1.0, 9.0), open))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answers[1] was 9.0: must be one of the scale's values [1.0, 2.0, 3.0, 4.0, 5.0]");
    assertThat(round.answered()).isEmpty();
    assertThatThrownBy(() -> ThreeSixtyRound.of(ThreeSixtyRoundId.of("r2"), SUBJECT, Map.of(RaterGroup.PEERS, Set.of(SUBJECT)),
            List.of(Question.scaled("Listens", FeedbackTest.FIVE)), CLOSES, AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("raters.PEERS was ana: must not be the subject");
    assertThatThrownBy(() -> ThreeSixtyRound.of(ThreeSixtyRoundId.of("r2"), SUBJECT, Map.of(RaterGroup.PEERS, Set.of(EmployeeId.of("p1"))),
            List.of(Question.freeText("Anything else?")), CLOSES, AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("questions was 'Anything else?': must each be on a scale in a 360 round");
  }
}
