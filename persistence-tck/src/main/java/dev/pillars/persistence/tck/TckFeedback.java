package dev.pillars.persistence.tck;

import dev.pillars.core.Period;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackLink;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.FeedbackVisibility;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.Rating;
import dev.pillars.core.feedback.RespondentStatus;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.oneonone.ActionItem;
import dev.pillars.core.oneonone.AgendaItem;
import dev.pillars.core.oneonone.Note;
import dev.pillars.core.oneonone.NoteVisibility;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Valid feedback, feedback requests, 360 rounds, 1:1s and surveys for the kit, varied so that a
 * store must keep every attribute; texts hold quotes, backslashes, line breaks and characters
 * outside the Basic Multilingual Plane.
 */
final class TckFeedback {
  static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("poor", "fair", "good", "very \"good\"", "great"));
  static final List<Double> ZERO_TO_TEN = IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList();
  static final RatingScale ENPS = RatingScale.of(ZERO_TO_TEN, ZERO_TO_TEN.stream().map(v -> "n" + v.intValue()).toList());
  private static final String[] TEXTS = {"Great safety walk", "Say \"why\" \\ before\nthe how", "Thanks 🎉 for the cover", "  spaced  "};

  private TckFeedback() {}

  static EmployeeId person(int n) {
    return EmployeeId.of("fb-person-" + n);
  }

  static Feedback feedback(FeedbackId id, int variant) {
    return feedback(id, variant, Math.floorMod(variant, 1 << 16) % 2 == 1);
  }

  /** Returns the feedback of {@link #feedback(FeedbackId, int)}, anonymous or named as given. */
  static Feedback feedback(FeedbackId id, int variant, boolean anonymous) {
    int v = Math.floorMod(variant, 1 << 16);
    FeedbackKind kind = FeedbackKind.values()[v % FeedbackKind.values().length];
    Feedback.Builder f = Feedback.builder()
        .id(id)
        .kind(kind)
        .giver(person(v % 3))
        .receiver(person(3 + v % 4))
        .anonymous(anonymous)
        .visibility(FeedbackVisibility.values()[v % 3])
        .text(TEXTS[v % TEXTS.length])
        .givenAt(TckData.instant(v).plusNanos(v % 7));
    switch (v % 4) {
      case 0 -> f.link(FeedbackLink.value(CompanyValueId.of("safety")));
      case 1 -> f.link(FeedbackLink.goal(GoalId.of("g-" + v)));
      case 2 -> f.link(FeedbackLink.competency(CompetencyId.of("listening")));
      default -> { }
    }
    if (kind.takesRatings()) {
      f.scale(FIVE).addRatings(new Rating("Clarity", 1 + v % 5), new Rating("Care \"ful\"", 5));
    }
    if (v % 5 == 2) {
      f.request(FeedbackRequestId.of("q-" + v));
    }
    if (v % 6 == 5) {
      f.withdrawnAt(TckData.instant(v + 1));
    }
    return f.build();
  }

  static FeedbackRequest request(FeedbackRequestId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    Map<EmployeeId, RespondentStatus> respondents = new TreeMap<>();
    for (int i = 0; i <= v % 3; i++) {
      respondents.put(person(10 + i + v % 2), RespondentStatus.values()[(v + i) % 3]);
    }
    return new FeedbackRequest(
        id, person(v % 2), person(v % 2 == 0 ? 1 : 0),
        v % 2 == 0 ? List.of(Question.freeText(TEXTS[v % TEXTS.length])) : List.of(Question.freeText("Keep?"), Question.scaled("Clarity", FIVE)),
        TckData.day(v), v % 3 == 0 ? List.of() : List.of(7, 1 + v % 5), respondents);
  }

  static ThreeSixtyRound round(ThreeSixtyRoundId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    EmployeeId subject = person(20 + v % 2);
    Map<RaterGroup, Set<EmployeeId>> raters = new EnumMap<>(RaterGroup.class);
    raters.put(RaterGroup.SELF, Set.of(subject));
    raters.put(RaterGroup.MANAGER, Set.of(person(30)));
    raters.put(RaterGroup.PEERS, Set.of(person(31), person(32), person(33)));
    if (v % 2 == 1) {
      raters.put(RaterGroup.REPORTS, Set.of(person(34), person(35)));
    }
    ThreeSixtyRound round = new ThreeSixtyRound(
        id, subject, raters, List.of(Question.scaled("Listens", FIVE), Question.scaled("Decides \"fast\"", FIVE)),
        TckData.day(v), AnonymityThreshold.of(2 + v % 3), Set.of(), Map.of());
    Set<EmployeeId> answered = v % 3 == 0 ? Set.of() : Set.of(subject, person(31), person(33));
    Map<RaterGroup, List<List<Double>>> answers = new EnumMap<>(RaterGroup.class);
    if (!answered.isEmpty()) {
      answers.put(RaterGroup.SELF, List.of(List.of(4.0, 3.0)));
      answers.put(RaterGroup.PEERS, List.of(List.of(1.0 + v % 5, 2.0), List.of(5.0, 5.0)));
    }
    return new ThreeSixtyRound(round.id(), subject, raters, round.questions(), round.closesOn(), round.threshold(), answered, answers);
  }

  static OneOnOne oneOnOne(OneOnOneId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    EmployeeId manager = person(40 + v % 2);
    EmployeeId report = person(42 + v % 3);
    List<AgendaItem> agenda = v % 2 == 0 ? List.of() : List.of(new AgendaItem(TEXTS[v % TEXTS.length], report));
    List<Note> notes = v % 3 == 0 ? List.of()
        : List.of(new Note(manager, NoteVisibility.PRIVATE, "Private 🔒 \"note\""), new Note(report, NoteVisibility.SHARED, TEXTS[(v + 1) % TEXTS.length]));
    List<ActionItem> actions = v % 4 == 0 ? List.of()
        : List.of(new ActionItem("Book the course", manager, TckData.day(v + 7), v % 2 == 0), ActionItem.open("Draft", report, TckData.day(v)));
    return new OneOnOne(id, manager, report, TckData.day(v), agenda, notes, actions, v % 2 == 1);
  }

  static Survey survey(SurveyId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    Set<EmployeeId> population = Set.of(person(50), person(51), person(52), person(53 + v % 3));
    List<Question> questions = List.of(Question.scaled("I enjoy \"my\" work", FIVE), Question.scaled("Recommend us?", ENPS));
    Set<EmployeeId> respondents = v % 2 == 0 ? Set.of() : Set.of(person(50), person(52));
    Map<String, List<List<Double>>> answers = v % 2 == 0 ? Map.of()
        : Map.of("line-1", List.of(List.of(4.0, 9.0)), "line \"2\"", List.of(List.of(1.0 + v % 5, 0.0)));
    return new Survey(
        id, TEXTS[v % TEXTS.length], questions, v % 3 == 0 ? Optional.empty() : Optional.of(1), population,
        Period.of(TckData.day(v), TckData.day(v + 6)), AnonymityThreshold.of(2 + v % 4), respondents, answers);
  }
}
