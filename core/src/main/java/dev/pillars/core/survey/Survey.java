package dev.pillars.core.survey;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.anonymity.AnonymousResults;
import dev.pillars.core.anonymity.GroupResult;
import dev.pillars.core.event.Change;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * A pulse or engagement survey: questions on a scale, the population asked, the window it runs,
 * and its responses, which are always anonymous.
 *
 * <p>An immutable aggregate. {@link #launch} starts it, {@link #respond} records one response in a
 * segment (the respondent's team) apart from who gave it, and {@link #results} reads the engagement
 * index and eNPS per team and in total under the {@linkplain dev.pillars.core.anonymity anonymity
 * rule}: nothing before the window's last day has passed, then each group only with at least {@code
 * k} responses.
 *
 * @param id the survey's id
 * @param title its title, not blank
 * @param questions the questions, at least one, each on a scale
 * @param enpsQuestion the position of the eNPS question ("how likely are you to recommend working
 *     here?"), whose scale must be 0 to 10; every other question counts towards the engagement index
 * @param population who is asked, at least one person
 * @param window the days it takes responses
 * @param threshold the anonymity threshold of its groups
 * @param respondents who has responded, within the population
 * @param answers each segment's responses, one list per response with one value per question, sorted
 */
public record Survey(
    SurveyId id,
    String title,
    List<Question> questions,
    Optional<Integer> enpsQuestion,
    Set<EmployeeId> population,
    Period window,
    AnonymityThreshold threshold,
    Set<EmployeeId> respondents,
    Map<String, List<List<Double>>> answers) {
  private static final List<Double> ENPS_SCALE = IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList();

  /**
   * Creates a survey, checking every rule above.
   *
   * @param id the survey's id
   * @param title its title
   * @param questions the questions
   * @param enpsQuestion the position of the eNPS question, if any
   * @param population who is asked
   * @param window the days it takes responses
   * @param threshold the anonymity threshold
   * @param respondents who has responded
   * @param answers each segment's responses
   * @throws NullPointerException if a part is or holds null
   * @throws dev.pillars.core.InvalidInputException if a rule is broken
   */
  public Survey {
    Checks.notNull("id", id);
    Checks.notNull("title", title);
    Checks.notNull("window", window);
    Checks.notNull("threshold", threshold);
    Checks.notNull("questions", questions);
    Checks.notNull("enpsQuestion", enpsQuestion);
    Checks.notNull("population", population);
    Checks.notNull("respondents", respondents);
    Checks.notNull("answers", answers);
    Checks.notBlank("title", title);
    questions = List.copyOf(Checks.notNull("questions", questions));
    Checks.require(!questions.isEmpty(), "questions", questions, "must hold at least one question");
    for (Question question : questions) {
      Checks.require(question.scale().isPresent(), "questions", question.text(), "must each be on a scale in a survey");
    }
    Checks.notNull("enpsQuestion", enpsQuestion);
    if (enpsQuestion.isPresent()) {
      int q = Checks.inRange("enpsQuestion", enpsQuestion.get(), 0, questions.size() - 1);
      Checks.require(
          questions.get(q).scale().get().values().equals(ENPS_SCALE), "enpsQuestion", q, "must be a question on the scale 0 to 10");
    }
    population = Collections.unmodifiableSet(new TreeSet<>(Checks.notNull("population", population)));
    Checks.require(!population.isEmpty(), "population", population, "must name at least one person");
    respondents = Collections.unmodifiableSet(new TreeSet<>(Checks.notNull("respondents", respondents)));
    for (EmployeeId respondent : respondents) {
      Checks.require(population.contains(respondent), "respondents", respondent, "must be in the survey's population");
    }
    Map<String, List<List<Double>>> copy = new TreeMap<>();
    int given = 0;
    for (Map.Entry<String, List<List<Double>>> segment : Checks.notNull("answers", answers).entrySet()) {
      List<List<Double>> sorted = Question.canonical("answers." + segment.getKey(), questions, segment.getValue());
      given += sorted.size();
      if (!sorted.isEmpty()) {
        copy.put(Checks.notBlank("segment", segment.getKey()), sorted);
      }
    }
    Checks.require(given == respondents.size(), "answers", given + " responses", "must be as many as the respondents, " + respondents.size());
    answers = Collections.unmodifiableMap(copy);
  }


  /**
   * Returns a new survey without responses.
   *
   * @param id the survey's id
   * @param title its title
   * @param questions the questions, each on a scale
   * @param enpsQuestion the position of the eNPS question, if any
   * @param population who is asked
   * @param window the days it takes responses
   * @param threshold the anonymity threshold
   * @return the survey
   */
  public static Survey of(
      SurveyId id,
      String title,
      List<Question> questions,
      Optional<Integer> enpsQuestion,
      Set<EmployeeId> population,
      Period window,
      AnonymityThreshold threshold) {
    return new Survey(id, title, questions, enpsQuestion, population, window, threshold, Set.of(), Map.of());
  }

  /**
   * Launches a survey: returns it with the {@link SurveyLaunched} event.
   *
   * @param survey the new survey, without responses, whose window has not ended
   * @param clock the clock that dates the event
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if it has responses or its window has ended
   */
  public static Change<Survey> launch(Survey survey, Clock clock) {
    Checks.notNull("survey", survey);
    Checks.notNull("clock", clock);
    Checks.require(survey.respondents().isEmpty(), "respondents", survey.respondents().size() + " respondents", "must be empty for a new survey");
    LocalDate today = LocalDate.now(clock);
    Checks.require(!survey.window().end().isBefore(today), "window", survey.window(), "must not have ended before today " + today);
    return Change.of(survey, new SurveyLaunched(survey.id(), survey.window(), survey.population().size(), clock.instant()));
  }

  /**
   * Records one response, apart from who gave it.
   *
   * @param respondent who responds, in the population, not responded yet
   * @param segment the team the response counts towards, such as the respondent's unit
   * @param response one answer per question, each a value of its scale
   * @param clock the clock that dates it; today must lie in the window
   * @return the survey with the response and one {@link SurveyResponseRecorded} event, which names
   *     neither the respondent nor the segment
   * @throws dev.pillars.core.InvalidInputException if a rule is broken
   */
  public Change<Survey> respond(EmployeeId respondent, String segment, List<Double> response, Clock clock) {
    Checks.notNull("respondent", respondent);
    Checks.notNull("segment", segment);
    Checks.notNull("response", response);
    Checks.notNull("clock", clock);
    Checks.notBlank("segment", segment);
    List<Double> checked = Question.checkedResponse(questions, response);
    Checks.require(population.contains(respondent), "respondent", respondent, "must be in the survey's population");
    Checks.require(!respondents.contains(respondent), "respondent", respondent, "must not have responded already");
    LocalDate today = LocalDate.now(clock);
    Checks.require(window.contains(today), "today", today, "must lie in the survey's window " + window);
    Set<EmployeeId> nowRespondents = new HashSet<>(respondents);
    nowRespondents.add(respondent);
    Map<String, List<List<Double>>> nowAnswers = new TreeMap<>(answers);
    List<List<Double>> segmentAnswers = new ArrayList<>(answers.getOrDefault(segment, List.of()));
    segmentAnswers.add(checked);
    nowAnswers.put(segment, segmentAnswers);
    return Change.of(
        new Survey(id, title, questions, enpsQuestion, population, window, threshold, nowRespondents, nowAnswers),
        new SurveyResponseRecorded(id, clock.instant()));
  }

  /**
   * Returns the survey's results as they may be read on a day: before its window's last day has
   * passed, every group suppressed with the day they will be published; after, per segment and in
   * total, under the anonymity rule, with the scores of the shown groups.
   *
   * @param day the day of the read
   * @return the results
   */
  public SurveyResults results(LocalDate day) {
    Checks.notNull("day", day);
    List<String> segments = List.copyOf(answers.keySet());
    if (!day.isAfter(window.end())) {
      return new SurveyResults(
          id, window.end(), AnonymousResults.unpublished(segments, "published after the survey closes on " + window.end()), List.of());
    }
    AnonymousResults anonymous = AnonymousResults.of(questions.size(), answers, threshold);
    List<SurveyScore> scores = new ArrayList<>();
    for (GroupResult group : anonymous.groups()) {
      if (group.isShown()) {
        scores.add(score(group.group(), answers.get(group.group())));
      }
    }
    if (anonymous.total().isShown()) {
      List<List<Double>> all = new ArrayList<>();
      answers.values().forEach(all::addAll);
      scores.add(score(AnonymousResults.TOTAL, all));
    }
    return new SurveyResults(id, window.end(), anonymous, scores);
  }

  private SurveyScore score(String group, List<List<Double>> responses) {
    Optional<Double> enps = enpsQuestion.map(q -> {
      long promoters = responses.stream().filter(r -> r.get(q) >= 9).count();
      long detractors = responses.stream().filter(r -> r.get(q) <= 6).count();
      return 100.0 * (promoters - detractors) / responses.size();
    });
    double sum = 0;
    int counted = 0;
    for (int q = 0; q < questions.size(); q++) {
      if (enpsQuestion.isPresent() && enpsQuestion.get() == q) {
        continue;
      }
      List<Double> values = questions.get(q).scale().orElseThrow().values();
      double min = values.get(0);
      double max = values.get(values.size() - 1);
      for (List<Double> response : responses) {
        sum += (response.get(q) - min) / (max - min);
        counted++;
      }
    }
    Optional<Double> engagement = counted == 0 ? Optional.empty() : Optional.of(100.0 * sum / counted);
    return new SurveyScore(group, responses.size(), engagement, enps);
  }

  /**
   * Returns the survey with one respondent's id replaced by a pseudonym, for erasure; the responses
   * and so every aggregate stay as they are.
   *
   * @param erased the erased person
   * @param pseudonym the id that stands for them
   * @return the survey
   */
  public Survey withPerson(EmployeeId erased, EmployeeId pseudonym) {
    Checks.notNull("erased", erased);
    Checks.notNull("pseudonym", pseudonym);
    return new Survey(id, title, questions, enpsQuestion, swap(population, erased, pseudonym), window, threshold, swap(respondents, erased, pseudonym), answers);
  }

  private static Set<EmployeeId> swap(Set<EmployeeId> ids, EmployeeId from, EmployeeId to) {
    Set<EmployeeId> next = new HashSet<>(ids);
    if (next.remove(from)) {
      next.add(to);
    }
    return next;
  }
}
