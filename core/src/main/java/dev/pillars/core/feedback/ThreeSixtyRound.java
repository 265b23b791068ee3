package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.anonymity.AnonymousResults;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A 360 round: the person it is about, their raters in groups, the questions (each on a scale),
 * the day it closes, and the answers so far.
 *
 * <p>An immutable aggregate. {@link #open} starts it, {@link #respond} records one rater's answers
 * and {@link #results} reads its results under the {@linkplain dev.pillars.core.anonymity anonymity
 * rule}: nothing before the round closes, then each anonymous group shown only with at least {@code
 * k} responses. Who has answered ({@link #answered()}) is kept apart from the answers, which each
 * group keeps sorted, so the round's state never says which answer is whose.
 *
 * @param id the round's id
 * @param subject whom the round is about
 * @param raters the raters of each group; {@link RaterGroup#SELF}, if present, is the subject alone;
 *     nobody is in two groups and the subject in no other group
 * @param questions the questions, at least one, each on a scale
 * @param closesOn the last day answers are taken; results are published the day after
 * @param threshold the anonymity threshold of its groups
 * @param answered the raters who have answered
 * @param answers each group's answers, one list per response with one value per question, sorted
 */
public record ThreeSixtyRound(
    ThreeSixtyRoundId id,
    EmployeeId subject,
    Map<RaterGroup, Set<EmployeeId>> raters,
    List<Question> questions,
    LocalDate closesOn,
    AnonymityThreshold threshold,
    Set<EmployeeId> answered,
    Map<RaterGroup, List<List<Double>>> answers) {

  /**
   * Creates a round, checking every rule above.
   *
   * @param id the round's id
   * @param subject whom the round is about
   * @param raters the raters of each group
   * @param questions the questions, each on a scale
   * @param closesOn the last day answers are taken
   * @param threshold the anonymity threshold
   * @param answered the raters who have answered
   * @param answers each group's answers
   * @throws NullPointerException if a part is or holds null
   * @throws dev.pillars.core.InvalidInputException if a rule is broken
   */
  public ThreeSixtyRound {
    Checks.notNull("id", id);
    Checks.notNull("subject", subject);
    Checks.notNull("closesOn", closesOn);
    Checks.notNull("threshold", threshold);
    Checks.notNull("raters", raters);
    Checks.notNull("questions", questions);
    Checks.notNull("answered", answered);
    Checks.notNull("answers", answers);
    questions = List.copyOf(Checks.notNull("questions", questions));
    Checks.require(!questions.isEmpty(), "questions", questions, "must hold at least one question");
    for (Question question : questions) {
      Checks.require(question.scale().isPresent(), "questions", question.text(), "must each be on a scale in a 360 round");
    }
    raters = copyRaters(subject, raters);
    answered = Collections.unmodifiableSet(new TreeSet<>(Checks.notNull("answered", answered)));
    answers = copyAnswers(questions, Checks.notNull("answers", answers));
    for (EmployeeId rater : answered) {
      Checks.require(groupOf(raters, rater).isPresent(), "answered", rater, "must be one of the round's raters");
    }
    for (RaterGroup group : RaterGroup.values()) {
      long done = raters.getOrDefault(group, Set.of()).stream().filter(answered::contains).count();
      int given = answers.getOrDefault(group, List.of()).size();
      Checks.require(done == given, "answers." + group, given + " responses", "must be as many as the group's raters who answered");
    }
  }

  private static Map<RaterGroup, Set<EmployeeId>> copyRaters(EmployeeId subject, Map<RaterGroup, Set<EmployeeId>> raters) {
    Checks.notNull("raters", raters);
    Map<RaterGroup, Set<EmployeeId>> copy = new EnumMap<>(RaterGroup.class);
    Set<EmployeeId> seen = new HashSet<>();
    raters.forEach((group, members) -> {
      Checks.notNull("raterGroup", group);
      for (EmployeeId member : Checks.notNull("raters." + group, members)) {
        Checks.require(seen.add(Checks.notNull("rater", member)), "raters." + group, member, "must name each rater in one group only");
        Checks.require(
            (group == RaterGroup.SELF) == member.equals(subject),
            "raters." + group,
            member,
            group == RaterGroup.SELF ? "must be the subject " + subject : "must not be the subject");
      }
      if (!members.isEmpty()) {
        copy.put(group, Collections.unmodifiableSet(new TreeSet<>(members)));
      }
    });
    Checks.require(!copy.isEmpty(), "raters", raters, "must name at least one rater");
    return Collections.unmodifiableMap(copy);
  }

  private static Map<RaterGroup, List<List<Double>>> copyAnswers(List<Question> questions, Map<RaterGroup, List<List<Double>>> answers) {
    Map<RaterGroup, List<List<Double>>> copy = new EnumMap<>(RaterGroup.class);
    answers.forEach((group, responses) -> {
      List<List<Double>> sorted = Question.canonical("answers." + group, questions, responses);
      if (!sorted.isEmpty()) {
        copy.put(Checks.notNull("raterGroup", group), sorted);
      }
    });
    return Collections.unmodifiableMap(copy);
  }


  private static Optional<RaterGroup> groupOf(Map<RaterGroup, Set<EmployeeId>> raters, EmployeeId rater) {
    return raters.entrySet().stream().filter(e -> e.getValue().contains(rater)).map(Map.Entry::getKey).findFirst();
  }

  /**
   * Returns a new round with no answers yet.
   *
   * @param id the round's id
   * @param subject whom it is about
   * @param raters the raters of each group
   * @param questions the questions, each on a scale
   * @param closesOn the last day answers are taken
   * @param threshold the anonymity threshold
   * @return the round
   */
  public static ThreeSixtyRound of(
      ThreeSixtyRoundId id,
      EmployeeId subject,
      Map<RaterGroup, Set<EmployeeId>> raters,
      List<Question> questions,
      LocalDate closesOn,
      AnonymityThreshold threshold) {
    return new ThreeSixtyRound(id, subject, raters, questions, closesOn, threshold, Set.of(), Map.of());
  }

  /**
   * Opens a round: returns it with the {@link ThreeSixtyRoundOpened} event.
   *
   * @param round the new round, without answers, closing today or later
   * @param clock the clock that dates the event
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if the round has answers or closed already
   */
  public static Change<ThreeSixtyRound> open(ThreeSixtyRound round, Clock clock) {
    Checks.notNull("round", round);
    Checks.notNull("clock", clock);
    Checks.require(round.answered().isEmpty(), "answered", round.answered().size() + " raters", "must be empty for a new round");
    LocalDate today = LocalDate.now(clock);
    Checks.require(!round.closesOn().isBefore(today), "closesOn", round.closesOn(), "must not be before today " + today);
    return Change.of(round, new ThreeSixtyRoundOpened(round.id(), round.subject(), round.closesOn(), clock.instant()));
  }

  /**
   * Records one rater's answers, apart from who gave them.
   *
   * @param rater the rater, who has not answered yet
   * @param response one answer per question, each a value of the question's scale
   * @param clock the clock that dates the answer; the round must not have closed
   * @return the round with the answer and one {@link ThreeSixtyResponseRecorded} event, which names
   *     neither the rater nor the group
   * @throws dev.pillars.core.InvalidInputException if the rater is not one of the round's, has
   *     answered already, the round has closed or an answer is not on its question's scale
   */
  public Change<ThreeSixtyRound> respond(EmployeeId rater, List<Double> response, Clock clock) {
    Checks.notNull("rater", rater);
    Checks.notNull("clock", clock);
    List<Double> checked = Question.checkedResponse(questions, response);
    RaterGroup group = groupOf(raters, rater).orElseThrow(
        () -> new dev.pillars.core.InvalidInputException("rater", rater, "must be one of the round's raters"));
    Checks.require(!answered.contains(rater), "rater", rater, "must not have answered already");
    LocalDate today = LocalDate.now(clock);
    Checks.require(!today.isAfter(closesOn), "today", today, "must be on or before the round's closing day " + closesOn);
    Set<EmployeeId> nowAnswered = new HashSet<>(answered);
    nowAnswered.add(rater);
    Map<RaterGroup, List<List<Double>>> nowAnswers = new EnumMap<>(RaterGroup.class);
    nowAnswers.putAll(answers);
    List<List<Double>> groupAnswers = new ArrayList<>(answers.getOrDefault(group, List.of()));
    groupAnswers.add(checked);
    nowAnswers.put(group, groupAnswers);
    return Change.of(
        new ThreeSixtyRound(id, subject, raters, questions, closesOn, threshold, nowAnswered, nowAnswers),
        new ThreeSixtyResponseRecorded(id, clock.instant()));
  }

  /**
   * Tells whether the round has closed on a day: answers are taken up to {@link #closesOn()}, and
   * results published from the day after.
   *
   * @param day the day
   * @return whether {@code day} is after the closing day
   */
  public boolean isClosedOn(LocalDate day) {
    return Checks.notNull("day", day).isAfter(closesOn);
  }

  /**
   * Returns the round's results as they may be read on a day: before the round closes, every group
   * suppressed with the day they will be published; after, each anonymous group (every group but
   * {@link RaterGroup#SELF}) and their total under the anonymity rule, and the self-assessment as
   * given.
   *
   * <p>This is the read another module (a review) calls for a person's 360 results.
   *
   * @param day the day of the read
   * @return the results
   */
  public ThreeSixtyResults results(LocalDate day) {
    List<String> groups = new ArrayList<>();
    for (RaterGroup group : RaterGroup.values()) {
      if (group != RaterGroup.SELF && raters.containsKey(group)) {
        groups.add(group.name());
      }
    }
    if (!isClosedOn(day)) {
      return new ThreeSixtyResults(
          id, subject, questions, Optional.empty(),
          AnonymousResults.unpublished(groups, "published after the round closes on " + closesOn));
    }
    Map<String, List<List<Double>>> byGroup = new LinkedHashMap<>();
    for (String group : groups) {
      byGroup.put(group, answers.getOrDefault(RaterGroup.valueOf(group), List.of()));
    }
    Optional<List<Double>> self = Optional.ofNullable(answers.get(RaterGroup.SELF)).map(list -> list.get(0));
    return new ThreeSixtyResults(id, subject, questions, self, AnonymousResults.of(questions.size(), byGroup, threshold));
  }

  /**
   * Returns the round with one rater's id replaced by a pseudonym, for erasure; their answers stay.
   *
   * @param rater the erased rater
   * @param pseudonym the id that stands for them
   * @return the round
   */
  public ThreeSixtyRound withRater(EmployeeId rater, EmployeeId pseudonym) {
    Checks.notNull("rater", rater);
    Checks.notNull("pseudonym", pseudonym);
    Map<RaterGroup, Set<EmployeeId>> nextRaters = new EnumMap<>(RaterGroup.class);
    raters.forEach((group, members) -> nextRaters.put(group, replace(members, rater, pseudonym)));
    return new ThreeSixtyRound(id, subject, nextRaters, questions, closesOn, threshold, replace(answered, rater, pseudonym), answers);
  }

  private static Set<EmployeeId> replace(Set<EmployeeId> ids, EmployeeId from, EmployeeId to) {
    Set<EmployeeId> next = new HashSet<>(ids);
    if (next.remove(from)) {
      next.add(to);
    }
    return next;
  }
}
