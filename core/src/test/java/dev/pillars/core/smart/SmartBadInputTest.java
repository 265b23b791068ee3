package dev.pillars.core.smart;

import static dev.pillars.core.smart.Fixtures.CLOCK;
import static dev.pillars.core.smart.Fixtures.KPI;
import static dev.pillars.core.smart.Fixtures.TODAY;
import static dev.pillars.core.smart.Fixtures.assessor;
import static dev.pillars.core.smart.Fixtures.definition;
import static dev.pillars.core.smart.Fixtures.goal;
import static dev.pillars.core.smart.Fixtures.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SmartBadInputTest {

  static Stream<Arguments> invalidPolicies() {
    SmartPolicy d = SmartPolicy.defaults();
    return Stream.of(
        Arguments.of("minTitleWords", (Supplier<?>) () -> d.withMinTitleWords(0)),
        Arguments.of("minTitleWords", (Supplier<?>) () -> d.withMinTitleWords(101)),
        Arguments.of("vagueWords", (Supplier<?>) () -> d.withVagueWords(Set.of("Improve"))),
        Arguments.of("vagueWords", (Supplier<?>) () -> d.withVagueWords(Set.of("do better"))),
        Arguments.of("vagueWords", (Supplier<?>) () -> d.withVagueWords(Set.of(""))),
        Arguments.of("vagueWords", (Supplier<?>) () -> d.withVagueWords(Set.of("top10"))),
        Arguments.of("minHistoryPoints", (Supplier<?>) () -> d.withMinHistoryPoints(1)),
        Arguments.of("minHistoryPoints", (Supplier<?>) () -> d.withMinHistoryPoints(10_001)),
        Arguments.of("minRSquared", (Supplier<?>) () -> d.withMinRSquared(-0.1)),
        Arguments.of("minRSquared", (Supplier<?>) () -> d.withMinRSquared(1.1)),
        Arguments.of("minRSquared", (Supplier<?>) () -> d.withMinRSquared(Double.NaN)),
        Arguments.of("passRatio", (Supplier<?>) () -> d.withRatios(0, 2)),
        Arguments.of("passRatio", (Supplier<?>) () -> d.withRatios(-1, 2)),
        Arguments.of("passRatio", (Supplier<?>) () -> d.withRatios(Double.NaN, 2)),
        Arguments.of("passRatio", (Supplier<?>) () -> d.withRatios(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)),
        Arguments.of("warnRatio", (Supplier<?>) () -> d.withRatios(1, Double.POSITIVE_INFINITY)),
        Arguments.of("warnRatio", (Supplier<?>) () -> d.withRatios(1, Double.NaN)),
        Arguments.of("warnRatio", (Supplier<?>) () -> d.withRatios(2, 1.5)),
        Arguments.of("maxHorizonMonths", (Supplier<?>) () -> d.withMaxHorizonMonths(0)),
        Arguments.of("maxHorizonMonths", (Supplier<?>) () -> d.withMaxHorizonMonths(1_201)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPolicies")
  void anInvalidPolicyIsRejectedNamingTheField(String field, Supplier<?> attempt) {
    assertThatThrownBy(attempt::get)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
    assertThat(SmartPolicy.defaults()).isEqualTo(new SmartPolicy(3, SmartPolicy.DEFAULT_VAGUE_WORDS, 6, 0.3, 1.0, 2.0, 18));
  }

  @Test
  void thePolicyCopiesItsVagueWords() {
    Set<String> words = new HashSet<>(Set.of("improve"));
    SmartPolicy policy = SmartPolicy.defaults().withVagueWords(words);
    words.add("better");
    assertThat(policy.vagueWords()).containsExactly("improve");
    assertThatThrownBy(() -> policy.vagueWords().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullVagueWordsAreRejectedNamingTheField() {
    SmartPolicy d = SmartPolicy.defaults();
    Set<String> withNull = new HashSet<>(Arrays.asList("improve", null));

    assertThatThrownBy(() -> d.withVagueWords(null)).isInstanceOf(NullPointerException.class).hasMessageStartingWith("vagueWords");
    assertThatThrownBy(() -> d.withVagueWords(withNull)).isInstanceOf(NullPointerException.class).hasMessageStartingWith("vagueWords");
  }

  @Test
  void theAssessorRejectsNullArguments() {
    assertThatThrownBy(() -> SmartAssessor.of(null, CLOCK)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> SmartAssessor.of(SmartPolicy.defaults(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock");
    assertThatThrownBy(() -> assessor().assess(null)).isInstanceOf(NullPointerException.class).hasMessage("goal");
    assertThatThrownBy(() -> assessor().assess(goal("g").build(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("context");
  }

  @Test
  void aGoalOutsideTheContextsGraphIsAnUnknownReference() {
    AlignmentGraph graph = AlignmentGraph.builder().addGoal(goal("other").build()).build();
    assertThatThrownBy(() -> assessor().assess(goal("g").build(), SmartContext.of(graph)))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("goal was g: must be a goal of the context's alignment graph");
  }

  @Test
  void aKpiHistoryWhoseSeriesMeasuresAnotherKpiIsRejected() {
    KpiId other = KpiId.of("scrap-rate");
    assertThatThrownBy(() -> SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(other, 3, 5, 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("series.kpi was scrap-rate: must be the definition's KPI defect-rate");
  }

  @Test
  void aSecondHistoryOfTheSameKpiIsRejectedAndTheContextIsUnchanged() {
    SmartContext context = SmartContext.empty().withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(KPI, 3, 5, 0));
    assertThatThrownBy(() -> context.withKpi(definition(KPI, Direction.LOWER_IS_BETTER), line(KPI, 4, 5, 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("history.kpi was defect-rate: must not be in the context already");
    assertThat(context.kpi(KPI).orElseThrow().series().dates()).isEqualTo(3);
    assertThat(context.kpis()).hasSize(1);
    assertThat(SmartContext.empty().kpis()).isEmpty();
    assertThatThrownBy(() -> context.withAlignment(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> context.kpi(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aKpiDefinitionPointingAnotherWayThanTheTargetIsRejected() {
    Goal goal = goal("g").measure(GoalMeasure.kpi(KPI, KpiTarget.of(5, 3.5))).build();
    SmartContext context = SmartContext.empty().withKpi(definition(KPI, Direction.HIGHER_IS_BETTER), line(KPI, 10, 5, 0.1));
    assertThatThrownBy(() -> assessor().assess(goal, context))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must be HIGHER_IS_BETTER like KPI defect-rate, but its numbers make it LOWER_IS_BETTER");
  }

  @Test
  void aFindingNeedsALetterAVerdictAndAReason() {
    assertThatThrownBy(() -> new SmartFinding(null, Verdict.PASS, "ok")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SmartFinding(SmartLetter.SPECIFIC, null, "ok")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SmartFinding(SmartLetter.SPECIFIC, Verdict.PASS, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reason was ' ': must not be blank");
  }

  @Test
  void anAssessmentNeedsFiveFindingsOnePerLetterInOrder() {
    List<SmartFinding> five = new ArrayList<>();
    for (SmartLetter letter : SmartLetter.values()) {
      five.add(new SmartFinding(letter, Verdict.PASS, "fine"));
    }
    GoalId id = GoalId.of("g");
    assertThatThrownBy(() -> new SmartAssessment(id, TODAY, five.subList(0, 4)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must hold exactly 5 findings");
    List<SmartFinding> swapped = new ArrayList<>(five);
    swapped.set(0, five.get(1));
    swapped.set(1, five.get(0));
    assertThatThrownBy(() -> new SmartAssessment(id, TODAY, swapped))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("findings[0].letter was MEASURABLE: must be SPECIFIC");
    List<SmartFinding> withNull = new ArrayList<>(five);
    withNull.set(2, null);
    assertThatThrownBy(() -> new SmartAssessment(id, TODAY, withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith("findings[2]");
    assertThatThrownBy(() -> new SmartAssessment(null, TODAY, five)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new SmartAssessment(id, null, five)).isInstanceOf(NullPointerException.class);
    SmartAssessment assessment = new SmartAssessment(id, TODAY, five);
    five.clear();
    assertThat(assessment.findings()).hasSize(5);
  }
}
