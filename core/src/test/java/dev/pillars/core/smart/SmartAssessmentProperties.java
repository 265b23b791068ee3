package dev.pillars.core.smart;

import static dev.pillars.core.smart.Fixtures.FIRST_WEEK;
import static dev.pillars.core.smart.Fixtures.KPI;
import static dev.pillars.core.smart.Fixtures.definition;
import static dev.pillars.core.smart.Fixtures.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.Period;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.MeasurementSeries;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

class SmartAssessmentProperties {
  private static final List<String> WORDS =
      List.of("cut", "scrap", "on", "line", "3", "by", "20", "%", "improve", "quality", "Better", "the", "defect", "rate", "help", "-");
  private static final Period WIDE = Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
  private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

  /** A goal, a context for it and the clock to assess it by. */
  private static final class Case {
    final Goal goal;
    final SmartContext context;
    final Clock clock;
    final SmartPolicy policy;

    Case(Goal goal, SmartContext context, Clock clock, SmartPolicy policy) {
      this.goal = goal;
      this.context = context;
      this.clock = clock;
      this.policy = policy;
    }

    SmartAssessment assess() {
      return SmartAssessor.of(policy, clock).assess(goal, context);
    }

    @Override
    public String toString() {
      return goal + " with " + context + " on " + clock.instant() + " by " + policy;
    }
  }

  private static int draw(RandomnessSource source, int min, int max) {
    return integers().between(min, max).generate(source);
  }

  private static String text(RandomnessSource source, int minWords) {
    return lists().of(Generate.pick(WORDS)).ofSizeBetween(minWords, 6).generate(source).stream().collect(Collectors.joining(" "));
  }

  private static Gen<SmartPolicy> policies() {
    return source -> {
      double pass = doubles().between(0.1, 3).generate(source);
      return SmartPolicy.defaults()
          .withMinTitleWords(draw(source, 1, 5))
          .withMinHistoryPoints(draw(source, 2, 12))
          .withMinRSquared(doubles().between(0, 1).generate(source))
          .withRatios(pass, pass + doubles().between(0, 3).generate(source))
          .withMaxHorizonMonths(draw(source, 1, 36));
    };
  }

  /** Weekly values along a line with uniform noise, 0 to 40 weeks from {@link Fixtures#FIRST_WEEK}. */
  private static MeasurementSeries series(RandomnessSource source) {
    int weeks = draw(source, 0, 40);
    double start = doubles().between(-100, 100).generate(source);
    double slope = booleans().all().generate(source) ? 0 : doubles().between(-2, 2).generate(source);
    double noise = booleans().all().generate(source) ? 0 : doubles().between(0, 3).generate(source);
    SplittableRandom random = new SplittableRandom(draw(source, 0, 1000));
    double[] jitter = random.doubles(weeks, -1, 1).toArray();
    return weekly(KPI, weeks, i -> start + slope * i + noise * jitter[i]);
  }

  private static Gen<Case> cases() {
    return source -> {
      GoalLevel level = Generate.enumValues(GoalLevel.class).generate(source);
      LocalDate start = YEAR_START.plusDays(draw(source, 0, 364));
      Period period = Period.of(start, start.plusDays(draw(source, 0, 3 * 365)));
      LocalDate due = period.start().plusDays(draw(source, 0, (int) period.days() - 1));
      MeasurementSeries history = series(source);
      boolean higher = booleans().all().generate(source);
      double baseline = doubles().between(-100, 100).generate(source);
      double distance = doubles().between(0.01, 100).generate(source);
      GoalMeasure measure;
      switch (draw(source, 0, 3)) {
        case 0:
          measure = GoalMeasure.manual(doubles().between(0, 1).generate(source));
          break;
        case 1:
          measure = GoalMeasure.milestones(List.of(Milestone.open("a"), new Milestone("b", booleans().all().generate(source))));
          break;
        case 2:
          measure = GoalMeasure.kpi(KPI, KpiTarget.of(baseline, baseline + (higher ? distance : -distance)));
          break;
        default:
          measure = GoalMeasure.derived();
      }
      Fixtures.GoalSpec spec =
          Fixtures.goal("g")
              .level(level)
              .title(text(source, 1))
              .measure(measure)
              .period(period)
              .due(due)
              .status(Generate.enumValues(GoalStatus.class).generate(source));
      if (booleans().all().generate(source)) {
        spec.description(text(source, 1));
      }
      Goal goal = spec.build();
      SmartContext context = SmartContext.empty();
      int shape = draw(source, 0, 4);
      if (shape > 0) {
        context = SmartContext.of(graph(goal, shape));
      }
      if (booleans().all().generate(source)) {
        context = context.withKpi(definition(KPI, higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER), history);
      }
      Clock clock = Clock.fixed(YEAR_START.plusDays(draw(source, 0, 3 * 365)).atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
      SmartPolicy policy = booleans().all().generate(source) ? SmartPolicy.defaults() : policies().generate(source);
      return new Case(goal, context, clock, policy);
    };
  }

  /** 1: the goal alone; 2: under an objective; 3: under an objective with a child; 4: under an orphan unit goal. */
  private static AlignmentGraph graph(Goal goal, int shape) {
    Goal objective = Fixtures.goal("objective").level(GoalLevel.ORGANISATION).period(WIDE).measure(GoalMeasure.derived()).build();
    Goal unit = Fixtures.goal("unit").level(GoalLevel.UNIT).period(WIDE).measure(GoalMeasure.derived()).build();
    Goal child = Fixtures.goal("child").period(goal.period()).build();
    AlignmentGraph.Builder builder = AlignmentGraph.builder().addGoal(goal).addGoal(objective).addGoal(unit).addGoal(child);
    if (shape == 2 || shape == 3) {
      builder.addLink(goal.id(), objective.id(), 1);
    }
    if (shape == 3) {
      builder.addLink(child.id(), goal.id(), 1);
    }
    if (shape == 4) {
      builder.addLink(goal.id(), unit.id(), 1);
    }
    return builder.build();
  }

  @Test
  void everyAssessmentHoldsFiveFindingsOnePerLetterInOrderAndItsOverallVerdictIsTheWorst() {
    qt().forAll(cases()).checkAssert(c -> {
      SmartAssessment assessment = c.assess();
      assertThat(assessment.findings()).extracting(SmartFinding::letter).containsExactly(SmartLetter.values());
      assertThat(assessment.goal()).isEqualTo(c.goal.id());
      assertThat(assessment.assessedOn()).isEqualTo(LocalDate.now(c.clock));
      Verdict worst = assessment.findings().stream().map(SmartFinding::verdict).max(Comparator.naturalOrder()).orElseThrow();
      assertThat(assessment.overall()).isEqualTo(worst);
      assertThat(assessment.passed()).isEqualTo(worst == Verdict.PASS);
      assertThat(assessment.findings()).allSatisfy(f -> assertThat(f.reason()).isNotBlank());
    });
  }

  @Test
  void anAssessmentIsDeterministicForAFixedClock() {
    qt().forAll(cases()).checkAssert(c -> {
      Clock same = Clock.fixed(c.clock.instant(), c.clock.getZone());
      SmartAssessor other = SmartAssessor.of(c.policy.withMinTitleWords(c.policy.minTitleWords()), same);
      assertThat(other.assess(c.goal, c.context)).isEqualTo(c.assess());
    });
  }

  @Test
  void theOverallVerdictOfAnyFiveFindingsIsTheWorst() {
    qt().forAll(lists().of(Generate.enumValues(Verdict.class)).ofSize(5)).checkAssert(verdicts -> {
      List<SmartFinding> findings = new ArrayList<>();
      for (SmartLetter letter : SmartLetter.values()) {
        findings.add(new SmartFinding(letter, verdicts.get(letter.ordinal()), "reason"));
      }
      SmartAssessment assessment = new SmartAssessment(GoalId.of("g"), YEAR_START, findings);
      Verdict worst = verdicts.stream().max(Comparator.naturalOrder()).orElseThrow();
      assertThat(assessment.overall()).isEqualTo(worst);
      assertThat(assessment.passed()).isEqualTo(!verdicts.contains(Verdict.WARN) && !verdicts.contains(Verdict.FAIL));
      assertThat(assessment.concerns()).extracting(SmartFinding::verdict).doesNotContain(Verdict.PASS);
      assertThat(assessment.concerns()).hasSize((int) verdicts.stream().filter(v -> v != Verdict.PASS).count());
      for (Verdict v : verdicts) {
        assertThat(worst.isWorseThan(v) || worst == v).isTrue();
        assertThat(v.worst(worst)).isEqualTo(worst);
      }
    });
  }

  /** A KPI history with one goal direction, a baseline and two ambitions, the first not above the second. */
  private static final class Ambitions {
    final MeasurementSeries history;
    final boolean higher;
    final double baseline;
    final double modest;
    final double bold;
    final LocalDate due;
    final SmartPolicy policy;

    Ambitions(MeasurementSeries history, boolean higher, double baseline, double modest, double bold, LocalDate due, SmartPolicy policy) {
      this.history = history;
      this.higher = higher;
      this.baseline = baseline;
      this.modest = modest;
      this.bold = bold;
      this.due = due;
      this.policy = policy;
    }

    Verdict achievable(double ambition) {
      KpiTarget target = KpiTarget.of(baseline, baseline + (higher ? ambition : -ambition));
      Goal goal = Fixtures.goal("g").measure(GoalMeasure.kpi(KPI, target)).period(WIDE).due(due).build();
      SmartContext context =
          SmartContext.empty().withKpi(definition(KPI, higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER), history);
      return SmartAssessor.of(policy, Fixtures.CLOCK).assess(goal, context).verdict(SmartLetter.ACHIEVABLE);
    }

    String reason(double ambition) {
      KpiTarget target = KpiTarget.of(baseline, baseline + (higher ? ambition : -ambition));
      Goal goal = Fixtures.goal("g").measure(GoalMeasure.kpi(KPI, target)).period(WIDE).due(due).build();
      SmartContext context =
          SmartContext.empty().withKpi(definition(KPI, higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER), history);
      return SmartAssessor.of(policy, Fixtures.CLOCK).assess(goal, context).finding(SmartLetter.ACHIEVABLE).reason();
    }

    @Override
    public String toString() {
      return history.current() + " higher=" + higher + " baseline=" + baseline + " modest=" + modest + " bold=" + bold
          + " due=" + due + " " + policy;
    }
  }

  private static Gen<Ambitions> ambitions() {
    return source -> {
      MeasurementSeries history = series(source);
      double a = doubles().between(0.001, 120).generate(source);
      double b = doubles().between(0.001, 120).generate(source);
      LocalDate due = FIRST_WEEK.plusWeeks(draw(source, 0, 100)).plusDays(draw(source, 0, 6));
      SmartPolicy policy = booleans().all().generate(source) ? SmartPolicy.defaults() : policies().generate(source);
      return new Ambitions(
          history,
          booleans().all().generate(source),
          doubles().between(-100, 100).generate(source),
          Math.min(a, b),
          Math.max(a, b),
          due,
          policy);
    };
  }

  @Test
  void aLessAmbitiousTargetNeverGetsAWorseAchievableVerdictWithTheSameHistory() {
    qt().forAll(ambitions()).checkAssert(a -> {
      Verdict modest = a.achievable(a.modest);
      Verdict bold = a.achievable(a.bold);
      assertThat(modest.compareTo(bold)).as("%s for the modest target, %s for the bold one", modest, bold).isLessThanOrEqualTo(0);
    });
  }

  /** Names the Achievable rule a reason comes from. */
  private static String rule(String reason) {
    if (reason.startsWith("history too short")) {
      return "short";
    }
    if (reason.contains("already at or beyond")) {
      return "there";
    }
    if (reason.endsWith("no time is left")) {
      return "late";
    }
    if (reason.startsWith("no clear trend")) {
      return "unclear";
    }
    if (reason.startsWith("the trend goes the wrong way")) {
      return "wrong way";
    }
    if (reason.startsWith("the trend delivers it")) {
      return "delivers";
    }
    return reason.contains("the policy allows") ? "beyond warn ratio" : "within warn ratio";
  }

  @Test
  void theAmbitionGeneratorReachesEveryAchievableRule() {
    TreeSet<String> rules = new TreeSet<>();
    TreeSet<Verdict> verdicts = new TreeSet<>();
    qt().withFixedSeed(20261125L).withExamples(3000).forAll(ambitions()).check(a -> {
      rules.add(rule(a.reason(a.bold)));
      rules.add(rule(a.reason(a.modest)));
      verdicts.add(a.achievable(a.bold));
      verdicts.add(a.achievable(a.modest));
      return true;
    });
    assertThat(verdicts).containsExactly(Verdict.PASS, Verdict.WARN, Verdict.FAIL);
    assertThat(rules)
        .containsExactlyInAnyOrder(
            "short", "there", "late", "unclear", "wrong way", "delivers", "within warn ratio", "beyond warn ratio");
  }
}
