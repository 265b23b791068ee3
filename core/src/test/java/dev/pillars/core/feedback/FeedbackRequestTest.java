package dev.pillars.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackRequestTest {
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final EmployeeId BEN = EmployeeId.of("ben");
  static final EmployeeId CAY = EmployeeId.of("cay");
  static final LocalDate DUE = LocalDate.of(2026, 3, 20);

  static FeedbackRequest request() {
    return FeedbackRequest.of(
        FeedbackRequestId.of("q1"), ANA, ANA,
        List.of(Question.freeText("What should I keep doing?"), Question.scaled("Clarity", FeedbackTest.FIVE)),
        DUE, List.of(3, 1), List.of(BEN, CAY));
  }

  @Test
  void respondentsMoveFromPendingAndOnlyPendingOnesAreReminded() {
    FeedbackRequest request = FeedbackRequest.create(request(), FeedbackTest.CLOCK).value();
    FeedbackRequest answered = request.answer(BEN, FeedbackTest.CLOCK).value();

    assertThat(answered.respondents()).containsEntry(BEN, RespondentStatus.ANSWERED).containsEntry(CAY, RespondentStatus.PENDING);
    assertThat(answered.remindersDue(DUE.minusDays(3))).containsExactly(CAY);
    assertThat(answered.remindersDue(DUE.minusDays(2))).isEmpty();
    assertThat(answered.remindersDue(DUE.plusDays(1))).containsExactly(CAY);
    assertThat(answered.decline(CAY, FeedbackTest.CLOCK).value().remindersDue(DUE.plusDays(1))).isEmpty();
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    FeedbackRequest request = request();
    assertThatThrownBy(() -> request.answer(EmployeeId.of("dan"), FeedbackTest.CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondent was dan: must be one of the request's respondents");
    FeedbackRequest answered = request.answer(BEN, FeedbackTest.CLOCK).value();
    assertThatThrownBy(() -> answered.decline(BEN, FeedbackTest.CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondent was ben: must be PENDING, not ANSWERED");
    assertThat(request.respondents()).containsEntry(BEN, RespondentStatus.PENDING);
    assertThatThrownBy(() -> FeedbackRequest.of(FeedbackRequestId.of("q2"), ANA, BEN, List.of(Question.freeText("?")), DUE, List.of(), List.of(BEN)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondents was ben: must not include the subject");
    assertThatThrownBy(() -> FeedbackRequest.of(FeedbackRequestId.of("q2"), ANA, ANA, List.of(), DUE, List.of(), List.of(BEN)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("questions was []: must hold at least one question");
    assertThatThrownBy(() -> FeedbackRequest.of(FeedbackRequestId.of("q2"), ANA, ANA, List.of(Question.freeText("?")), DUE, List.of(0), List.of(BEN)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reminderDaysBefore was 0: must be between 1 and 365");
    assertThatThrownBy(() -> FeedbackRequest.create(request, java.time.Clock.fixed(DUE.plusDays(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("dueDate was 2026-03-20: must not be before today 2026-03-21");
  }
}
