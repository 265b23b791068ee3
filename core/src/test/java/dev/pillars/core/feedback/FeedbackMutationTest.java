package dev.pillars.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Feedback, requests and 360 rounds: exact events, reminder days, published results, and each rule's message. */
class FeedbackMutationTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final EmployeeId BEN = EmployeeId.of("ben");
  static final EmployeeId CY = EmployeeId.of("cy");
  static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));
  static final FeedbackId F1 = FeedbackId.of("f1");

  static Clock on(LocalDate day) {
    return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  static Feedback.Builder base(FeedbackKind kind) {
    return Feedback.builder().id(F1).kind(kind).giver(ANA).receiver(BEN).text("Thanks").givenAt(CLOCK.instant());
  }

  @Test
  void onlyRequestedThreeSixtyAndUpwardFeedbackTakesRatings() {
    assertThat(FeedbackKind.PRAISE.takesRatings()).isFalse();
    assertThat(FeedbackKind.CONSTRUCTIVE.takesRatings()).isFalse();
    assertThat(FeedbackKind.REQUESTED.takesRatings()).isTrue();
    assertThat(FeedbackKind.THREE_SIXTY.takesRatings()).isTrue();
    assertThat(FeedbackKind.UPWARD.takesRatings()).isTrue();
    Feedback rated = base(FeedbackKind.UPWARD).scale(FIVE).addRatings(new Rating("Listens", 4), new Rating("Decides", 5)).build();
    assertThat(rated.ratings()).containsExactly(new Rating("Listens", 4), new Rating("Decides", 5));
    assertThatThrownBy(() -> base(FeedbackKind.UPWARD).scale(FIVE).addRatings(new Rating("Listens", 4), new Rating("Listens", 5)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratings was 'Listens': must rate each criterion once");
    assertThatThrownBy(() -> base(FeedbackKind.CONSTRUCTIVE).scale(FIVE).addRatings(new Rating("Listens", 4)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratings was [Rating[criterion=Listens, value=4.0]]: must be empty for CONSTRUCTIVE feedback");
    assertThatThrownBy(() -> new Rating("Listens", Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("value was NaN: must be a finite number");
    assertThatThrownBy(() -> new Rating(" ", 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("criterion was ' ': must not be blank");
  }

  @Test
  void givingAndWithdrawingRecordTheirEvents() {
    Feedback named = base(FeedbackKind.PRAISE).visibility(FeedbackVisibility.PUBLIC).build();
    assertThat(base(FeedbackKind.PRAISE).build().visibility()).isEqualTo(FeedbackVisibility.RECEIVER);
    assertThat(base(FeedbackKind.PRAISE).build().anonymous()).isFalse();
    Change<Feedback> given = Feedback.give(named, CLOCK);
    assertThat(given.events()).containsExactly(
        new FeedbackGiven(F1, FeedbackKind.PRAISE, BEN, named.visibility(), Optional.of(ANA), CLOCK.instant()));
    Feedback anonymous = base(FeedbackKind.PRAISE).anonymous(true).build();
    assertThat(Feedback.give(anonymous, CLOCK).events()).containsExactly(
        new FeedbackGiven(F1, FeedbackKind.PRAISE, BEN, FeedbackVisibility.RECEIVER, Optional.empty(), CLOCK.instant()));
    assertThat(anonymous.visibleGiver()).isEmpty();
    assertThat(named.visibleGiver()).contains(ANA);

    Clock later = on(LocalDate.of(2026, 3, 12));
    Change<Feedback> withdrawn = named.withdraw(ANA, later);
    assertThat(withdrawn.value().withdrawnAt()).contains(later.instant());
    assertThat(withdrawn.value().isWithdrawn()).isTrue();
    assertThat(named.isWithdrawn()).isFalse();
    assertThat(withdrawn.events()).containsExactly(new FeedbackWithdrawn(F1, BEN, later.instant()));
    assertThatThrownBy(() -> Feedback.give(withdrawn.value(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("withdrawnAt was " + later.instant() + ": must be empty for new feedback");
    assertThatThrownBy(() -> base(FeedbackKind.PRAISE).withdrawnAt(CLOCK.instant().minusSeconds(1)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("withdrawnAt was " + CLOCK.instant().minusSeconds(1) + ": must not be before givenAt " + CLOCK.instant());
    assertThat(base(FeedbackKind.PRAISE).withdrawnAt(CLOCK.instant()).build().isWithdrawn()).isTrue();
    assertThat(named.withGiver(CY).giver()).isEqualTo(CY);
    assertThat(named.withGiver(CY).text()).isEqualTo("Thanks");
    assertThat(anonymous.toString()).isEqualTo("Feedback{id=f1, kind=PRAISE, giver=(anonymous), receiver=ben, visibility=RECEIVER, link=null,"
        + " ratings=[], givenAt=" + CLOCK.instant() + ", withdrawnAt=null}");
    assertThat(named.toString()).contains("giver=ana,");
  }

  static FeedbackRequest request(LocalDate due) {
    return FeedbackRequest.of(FeedbackRequestId.of("q1"), ANA, BEN, List.of(Question.freeText("How did the launch go?")), due,
        List.of(7, 1), List.of(CY, ANA, EmployeeId.of("dan")));
  }

  @Test
  void requestsRemindPendingRespondentsOnTheirDaysAndAfterTheDueDate() {
    LocalDate due = LocalDate.of(2026, 3, 20);
    FeedbackRequest request = request(due).answer(CY, CLOCK).value().decline(EmployeeId.of("dan"), CLOCK).value();
    assertThat(request.remindersDue(due.minusDays(7))).containsExactly(ANA);
    assertThat(request.remindersDue(due.minusDays(1))).containsExactly(ANA);
    assertThat(request.remindersDue(due.minusDays(2))).isEmpty();
    assertThat(request.remindersDue(due)).isEmpty();
    assertThat(request.remindersDue(due.plusDays(1))).containsExactly(ANA);
    assertThat(request(due).remindersDue(due.plusDays(3))).containsExactly(ANA, CY, EmployeeId.of("dan"));
    assertThat(request.respondents()).isEqualTo(Map.of(ANA, RespondentStatus.PENDING, CY, RespondentStatus.ANSWERED,
        EmployeeId.of("dan"), RespondentStatus.DECLINED));
  }

  @Test
  void requestsRecordTheirEvents() {
    LocalDate due = LocalDate.of(2026, 3, 20);
    FeedbackRequest request = request(due);
    assertThat(FeedbackRequest.create(request, CLOCK).events())
        .containsExactly(new FeedbackRequested(FeedbackRequestId.of("q1"), BEN, List.of(ANA, CY, EmployeeId.of("dan")), CLOCK.instant()));
    assertThat(FeedbackRequest.create(request(LocalDate.of(2026, 3, 10)), CLOCK).value().dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(request.answer(CY, CLOCK).events())
        .containsExactly(new RespondentStatusChanged(FeedbackRequestId.of("q1"), CY, RespondentStatus.ANSWERED, CLOCK.instant()));
    assertThat(request.decline(CY, CLOCK).events())
        .containsExactly(new RespondentStatusChanged(FeedbackRequestId.of("q1"), CY, RespondentStatus.DECLINED, CLOCK.instant()));
    FeedbackRequest declined = request.decline(CY, CLOCK).value();
    assertThatThrownBy(() -> declined.answer(CY, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondent was cy: must be PENDING, not DECLINED");
    assertThatThrownBy(() -> FeedbackRequest.create(declined, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondents.cy was DECLINED: must be PENDING in a new request");
    assertThatThrownBy(() -> FeedbackRequest.of(FeedbackRequestId.of("q1"), ANA, BEN, List.of(Question.freeText("x")), due, List.of(), List.of(CY, CY)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondents was cy: must name each respondent once");
    assertThatThrownBy(() -> FeedbackRequest.of(FeedbackRequestId.of("q1"), ANA, BEN, List.of(Question.freeText("x")), due, List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("respondents was {}: must name at least one respondent");
    assertThatThrownBy(() -> FeedbackRequest.of(FeedbackRequestId.of("q1"), ANA, BEN, List.of(Question.freeText("x")), due, List.of(366), List.of(CY)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reminderDaysBefore was 366: must be between 1 and 365");
    assertThat(FeedbackRequest.of(FeedbackRequestId.of("q1"), ANA, BEN, List.of(Question.freeText("x")), due, List.of(365, 1), List.of(CY))
        .reminderDaysBefore()).containsExactly(365, 1);
  }

  static final List<Question> QUESTIONS = List.of(Question.scaled("Listens", FIVE), Question.scaled("Decides", FIVE));
  static final LocalDate CLOSES = LocalDate.of(2026, 3, 20);

  static ThreeSixtyRound round() {
    return ThreeSixtyRound.of(ThreeSixtyRoundId.of("r1"), ANA,
        Map.of(RaterGroup.SELF, Set.of(ANA), RaterGroup.MANAGER, Set.of(EmployeeId.of("max")),
            RaterGroup.PEERS, Set.of(EmployeeId.of("p1"), EmployeeId.of("p2"), EmployeeId.of("p3")), RaterGroup.OTHERS, Set.of()),
        QUESTIONS, CLOSES, AnonymityThreshold.of(2));
  }

  @Test
  void aRoundPublishesTheSelfAnswerAndTheGroupsAfterItCloses() {
    Clock day = on(CLOSES);
    ThreeSixtyRound round = round()
        .respond(ANA, List.of(5.0, 4.0), day).value()
        .respond(EmployeeId.of("p2"), List.of(3.0, 2.0), day).value()
        .respond(EmployeeId.of("p1"), List.of(1.0, 5.0), day).value();
    assertThat(round.answers().get(RaterGroup.PEERS)).containsExactly(List.of(1.0, 5.0), List.of(3.0, 2.0));
    assertThat(round.answered()).containsExactly(ANA, EmployeeId.of("p1"), EmployeeId.of("p2"));
    assertThat(round.isClosedOn(CLOSES)).isFalse();
    assertThat(round.isClosedOn(CLOSES.plusDays(1))).isTrue();
    ThreeSixtyResults early = round.results(CLOSES);
    assertThat(early.self()).isEmpty();
    assertThat(early.anonymous().groups()).extracting(g -> g.group()).containsExactly("MANAGER", "PEERS");
    assertThat(early.group(RaterGroup.PEERS).orElseThrow().suppressedBecause()).contains("published after the round closes on 2026-03-20");
    ThreeSixtyResults results = round.results(CLOSES.plusDays(1));
    assertThat(results.roundId()).isEqualTo(ThreeSixtyRoundId.of("r1"));
    assertThat(results.subject()).isEqualTo(ANA);
    assertThat(results.questions()).isEqualTo(QUESTIONS);
    assertThat(results.self()).contains(List.of(5.0, 4.0));
    assertThat(results.anonymous().groups()).extracting(g -> g.group()).containsExactly("MANAGER", "PEERS");
    assertThat(results.group(RaterGroup.PEERS).orElseThrow().isShown()).isTrue();
    assertThat(results.group(RaterGroup.MANAGER).orElseThrow().isShown()).isFalse();
    assertThat(results.group(RaterGroup.SELF)).isEmpty();
    assertThat(round().results(CLOSES.plusDays(1)).self()).isEmpty();
  }

  @Test
  void aRoundRecordsItsEventsAndRefusesBadAnswers() {
    ThreeSixtyRound round = round();
    assertThat(ThreeSixtyRound.open(round, on(CLOSES)).events())
        .containsExactly(new ThreeSixtyRoundOpened(ThreeSixtyRoundId.of("r1"), ANA, CLOSES, on(CLOSES).instant()));
    assertThatThrownBy(() -> ThreeSixtyRound.open(round, on(CLOSES.plusDays(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("closesOn was 2026-03-20: must not be before today 2026-03-21");
    Change<ThreeSixtyRound> first = round.respond(EmployeeId.of("max"), List.of(1.0, 2.0), on(CLOSES));
    assertThat(first.events()).containsExactly(new ThreeSixtyResponseRecorded(ThreeSixtyRoundId.of("r1"), on(CLOSES).instant()));
    assertThatThrownBy(() -> ThreeSixtyRound.open(first.value(), on(CLOSES)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answered was '1 raters': must be empty for a new round");
    assertThatThrownBy(() -> round.respond(EmployeeId.of("max"), List.of(1.0), on(CLOSES)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("response was '1 answers': must answer each of the 2 questions");
    ThreeSixtyRound mixed = ThreeSixtyRound.of(ThreeSixtyRoundId.of("r2"), ANA, Map.of(RaterGroup.PEERS, Set.of(BEN)),
        List.of(Question.scaled("Listens", FIVE)), CLOSES, AnonymityThreshold.DEFAULT);
    assertThat(mixed.raters()).isEqualTo(Map.of(RaterGroup.PEERS, Set.of(BEN)));
    assertThatThrownBy(() -> Question.freeText("Why?").check("answers[0]", 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answers[0] was 3.0: must not be given: \"Why?\" is a free-text question");
    assertThat(Question.scaled("Listens", FIVE).check("a", 3)).isEqualTo(3.0);
  }

  @Test
  void aRoundRefusesBadRaters() {
    assertThatThrownBy(() -> ThreeSixtyRound.of(ThreeSixtyRoundId.of("r"), ANA, Map.of(RaterGroup.SELF, Set.of(BEN)), QUESTIONS, CLOSES,
            AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("raters.SELF was ben: must be the subject ana");
    assertThatThrownBy(() -> ThreeSixtyRound.of(ThreeSixtyRoundId.of("r"), ANA,
            new java.util.TreeMap<>(Map.of(RaterGroup.PEERS, Set.of(BEN), RaterGroup.REPORTS, Set.of(BEN))), QUESTIONS, CLOSES,
            AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("raters.REPORTS was ben: must name each rater in one group only");
    assertThatThrownBy(() -> ThreeSixtyRound.of(ThreeSixtyRoundId.of("r"), ANA, Map.of(RaterGroup.PEERS, Set.of()), QUESTIONS, CLOSES,
            AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("raters was {PEERS=[]}: must name at least one rater");
    assertThatThrownBy(() -> ThreeSixtyRound.of(ThreeSixtyRoundId.of("r"), ANA, Map.of(RaterGroup.PEERS, Set.of(BEN)), List.of(), CLOSES,
            AnonymityThreshold.DEFAULT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("questions was []: must hold at least one question");
    assertThatThrownBy(() -> new ThreeSixtyRound(ThreeSixtyRoundId.of("r"), ANA, Map.of(RaterGroup.PEERS, Set.of(BEN)), QUESTIONS, CLOSES,
            AnonymityThreshold.DEFAULT, Set.of(CY), Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answered was cy: must be one of the round's raters");
    assertThatThrownBy(() -> new ThreeSixtyRound(ThreeSixtyRoundId.of("r"), ANA, Map.of(RaterGroup.PEERS, Set.of(BEN)), QUESTIONS, CLOSES,
            AnonymityThreshold.DEFAULT, Set.of(BEN), Map.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("answers.PEERS was '0 responses': must be as many as the group's raters who answered");
    ThreeSixtyRound answered = new ThreeSixtyRound(ThreeSixtyRoundId.of("r"), ANA, Map.of(RaterGroup.PEERS, Set.of(BEN, CY)), QUESTIONS, CLOSES,
        AnonymityThreshold.DEFAULT, Set.of(BEN), Map.of(RaterGroup.PEERS, List.of(List.of(1.0, 1.0)), RaterGroup.MANAGER, List.of()));
    assertThat(answered.answers()).isEqualTo(Map.of(RaterGroup.PEERS, List.of(List.of(1.0, 1.0))));
    ThreeSixtyRound erased = answered.withRater(BEN, EmployeeId.of("erased-1"));
    assertThat(erased.raters()).isEqualTo(Map.of(RaterGroup.PEERS, Set.of(EmployeeId.of("erased-1"), CY)));
    assertThat(erased.answered()).containsExactly(EmployeeId.of("erased-1"));
    assertThat(erased.answers()).isEqualTo(answered.answers());
  }
}
