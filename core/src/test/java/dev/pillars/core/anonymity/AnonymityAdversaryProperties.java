package dev.pillars.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The adversary: random rater groups or teams, random anonymous answers, and a random sequence of
 * answers and reads on random days (before, on and after the close). The adversary sees every read
 * and may be one of the respondents, knowing its own answer. A brute-force oracle enumerates every
 * assignment of answers to the other respondents, replays the whole sequence for each, and keeps
 * those that produce exactly what the adversary saw. For every response that is not the
 * adversary's (in a group below {@code k} or not: a shown group that grows by one between two
 * reads would expose the newcomer), the set of values it still may have is either every value (nothing
 * was learned about it) or shared by at least
 * {@code k} responses (the adversary's own counted among the {@code k}), so that nothing the
 * adversary saw singles it out; and no read names a respondent. (Whether an answer was accepted is
 * told only to its giver, so the adversary does not see it.)
 */
class AnonymityAdversaryProperties {
  private static final LocalDate OPEN = LocalDate.of(2026, 3, 2);
  private static final int CLOSES_AFTER = 3;
  private static final List<RaterGroup> GROUPS = List.of(RaterGroup.MANAGER, RaterGroup.PEERS, RaterGroup.REPORTS, RaterGroup.OTHERS);

  /** One scenario decoded from a tape of small numbers, so that QuickTheories can shrink it. */
  record Scenario(int k, List<Integer> groupOf, List<Double> actual, List<int[]> ops, int adversary, List<Double> values) {
    int raters() {
      return groupOf.size();
    }

    static Scenario decode(List<Integer> tape, List<Double> values) {
      int[] at = {0};
      Function<Integer, Integer> next = bound -> tape.isEmpty() ? 0 : tape.get(at[0]++ % tape.size()) % bound;
      int k = 2 + next.apply(2);
      int raters = 1 + next.apply(7);
      List<Integer> groupOf = new ArrayList<>();
      List<Double> actual = new ArrayList<>();
      for (int r = 0; r < raters; r++) {
        groupOf.add(next.apply(GROUPS.size()));
        actual.add(values.get(next.apply(values.size())));
      }
      List<int[]> ops = new ArrayList<>();
      int count = 2 * raters + 1 + next.apply(3);
      for (int i = 0; i < count; i++) {
        int kind = next.apply(3); // two answers for each read
        int day = next.apply(CLOSES_AFTER + 3);
        ops.add(kind < 2 ? new int[] {0, next.apply(raters), day} : new int[] {1, 0, day});
      }
      ops.add(new int[] {1, 0, CLOSES_AFTER + 1}); // the adversary always reads after the close, too
      ops.sort((a, b) -> Integer.compare(a[2], b[2]));
      int adversary = next.apply(raters + 1) - 1; // -1: not a respondent
      return new Scenario(k, groupOf, actual, ops, adversary, values);
    }
  }

  /** What a subject (a 360 round or a survey) does with one scenario and one assignment of answers. */
  interface Subject {
    List<Object> replay(Scenario scenario, List<Double> answers);
  }

  private static Clock on(int day) {
    return Clock.fixed(OPEN.plusDays(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  }

  private static EmployeeId rater(int r) {
    return EmployeeId.of("rater-" + r);
  }

  static final Subject THREE_SIXTY = (scenario, answers) -> {
    Map<RaterGroup, Set<EmployeeId>> raters = new EnumMap<>(RaterGroup.class);
    for (int r = 0; r < scenario.raters(); r++) {
      raters.computeIfAbsent(GROUPS.get(scenario.groupOf().get(r)), g -> new HashSet<>()).add(rater(r));
    }
    ThreeSixtyRound round = ThreeSixtyRound.open(
        ThreeSixtyRound.of(
            ThreeSixtyRoundId.of("r1"), EmployeeId.of("subject"), raters,
            List.of(Question.scaled("Listens", RatingScale.of(List.of(1.0, 2.0, 3.0), List.of("low", "mid", "high")))),
            OPEN.plusDays(CLOSES_AFTER), AnonymityThreshold.of(scenario.k())),
        on(0)).value();
    List<Object> seen = new ArrayList<>();
    for (int[] op : scenario.ops()) {
      if (op[0] == 0) {
        try {
          round = round.respond(rater(op[1]), List.of(answers.get(op[1])), on(op[2])).value();
        } catch (InvalidInputException refused) {
          // told to the respondent only; the adversary sees reads
        }
      } else {
        seen.add(round.results(OPEN.plusDays(op[2])).anonymous());
      }
    }
    return seen;
  };

  static final Subject SURVEY = (scenario, answers) -> {
    Set<EmployeeId> population = new HashSet<>();
    for (int r = 0; r < scenario.raters(); r++) {
      population.add(rater(r));
    }
    List<Double> enps = IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList();
    Survey survey = Survey.launch(
        Survey.of(
            SurveyId.of("s1"), "Pulse",
            List.of(Question.scaled("Recommend us?", RatingScale.of(enps, enps.stream().map(v -> "v" + v).toList()))),
            Optional.of(0), population, Period.of(OPEN, OPEN.plusDays(CLOSES_AFTER)), AnonymityThreshold.of(scenario.k())),
        on(0)).value();
    List<Object> seen = new ArrayList<>();
    for (int[] op : scenario.ops()) {
      if (op[0] == 0) {
        try {
          survey = survey.respond(rater(op[1]), "team-" + scenario.groupOf().get(op[1]), List.of(answers.get(op[1])), on(op[2])).value();
        } catch (InvalidInputException refused) {
          // told to the respondent only; the adversary sees reads
        }
      } else {
        seen.add(survey.results(OPEN.plusDays(op[2])));
      }
    }
    return seen;
  };

  @Test
  void theAdversaryCannotSingleOutAnAnswerOfA360GroupBelowK() {
    check(THREE_SIXTY, List.of(1.0, 2.0, 3.0));
  }

  @Test
  void theAdversaryCannotSingleOutASurveyAnswerOfATeamBelowK() {
    // a detractor, a passive and a promoter: every eNPS class
    check(SURVEY, List.of(0.0, 7.0, 10.0));
  }

  private static void check(Subject subject, List<Double> values) {
    qt().withExamples(150)
        .forAll(lists().of(integers().between(0, 99)).ofSizeBetween(8, 60))
        .check(tape -> holds(subject, Scenario.decode(tape, values)));
  }

  static boolean holds(Subject subject, Scenario s) {
    List<Object> seen = subject.replay(s, s.actual());
    for (Object read : seen) {
      for (int r = 0; r < s.raters(); r++) {
        assertThat(read.toString()).doesNotContain(rater(r).value());
      }
    }
    Set<Integer> responded = new HashSet<>();
    responded.addAll(answerersOf(s));
    List<Integer> unknown = responded.stream().filter(r -> r != s.adversary()).sorted().toList();
    Map<Integer, Set<Double>> candidates = new LinkedHashMap<>();
    unknown.forEach(r -> candidates.put(r, new HashSet<>()));
    int worlds = (int) Math.pow(s.values().size(), unknown.size());
    for (int w = 0; w < worlds; w++) {
      List<Double> answers = new ArrayList<>(s.actual());
      int code = w;
      for (int r : unknown) {
        answers.set(r, s.values().get(code % s.values().size()));
        code /= s.values().size();
      }
      if (subject.replay(s, answers).equals(seen)) {
        for (int r : unknown) {
          candidates.get(r).add(answers.get(r));
        }
      }
    }
    int needed = s.k() - (responded.contains(s.adversary()) ? 1 : 0);
    for (int r : unknown) {
      boolean learned = !candidates.get(r).equals(new HashSet<>(s.values()));
      if (learned) {
        long sharing = unknown.stream().filter(o -> candidates.get(o).equals(candidates.get(r))).count();
        assertThat(sharing)
            .as("answer of rater %d (k=%d) has candidates %s shared by %d responses: %s", r, s.k(), candidates.get(r), sharing, s)
            .isGreaterThanOrEqualTo(needed);
      }
    }
    return true;
  }

  /** The raters whose answer is accepted: their first answer on or before the closing day. */
  private static Set<Integer> answerersOf(Scenario s) {
    Set<Integer> answered = new HashSet<>();
    for (int[] op : s.ops()) {
      if (op[0] == 0 && op[2] <= CLOSES_AFTER) {
        answered.add(op[1]);
      }
    }
    return answered;
  }
}
