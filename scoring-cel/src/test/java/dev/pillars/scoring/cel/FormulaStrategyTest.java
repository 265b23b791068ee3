package dev.pillars.scoring.cel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.InvalidParameterException;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.preset.Presets;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class FormulaStrategyTest {
  private static final StrategyRegistry REGISTRY =
      StrategyRegistry.builder().withServiceLoader(FormulaStrategyTest.class.getClassLoader()).build();
  private static final List<String> REVIEW = List.of("goals", "self", "feedback");

  private static CompositionStrategy formula(String expression) {
    return REGISTRY.composition(Presets.formula(expression, REVIEW));
  }

  @Test
  void isFoundByNameThroughTheServiceLoader() {
    assertThat(REGISTRY.names(StrategyKind.COMPOSITION)).containsExactly("formula", "weighted-components");
    assertThat(StrategyRegistry.builtIns().names(StrategyKind.COMPOSITION)).doesNotContain("formula");
  }

  @Test
  void evaluatesAnAdministratorsFormula() {
    Score score = formula("0.6 * goals + 0.4 * (self + feedback) / 2")
        .compose(Map.of("goals", 0.8, "self", 0.5, "feedback", 0.7));
    assertThat(score.value()).isCloseTo(0.6 * 0.8 + 0.4 * (0.5 + 0.7) / 2, Offset.offset(1e-12));
  }

  @Test
  void wholeNumberLiteralsWorkLikeDoubles() {
    Map<String, Double> in = Map.of("goals", 0.95, "self", 3.0, "feedback", 5.0);
    assertThat(formula("(self + feedback) / 2").compose(in).value()).isEqualTo(4.0);
    assertThat(formula("(self + feedback) / 2.0").compose(in).value()).isEqualTo(4.0);
    assertThat(formula("goals > 0.9 ? 1 : goals").compose(in).value()).isEqualTo(1.0);
    assertThat(formula("goals > 0.9 ? 1.0 : goals").compose(in).value()).isEqualTo(1.0);
    assertThat(formula("self == 3 ? 1 : 0").compose(in).value()).isEqualTo(1.0);
    assertThat(formula("self >= 3 && feedback < 6 ? 2 : 0").compose(in).value()).isEqualTo(2.0);
    assertThat(formula("7").compose(in).value()).isEqualTo(7.0);
  }

  @Test
  void contributionsAreAttributedInDeclaredOrderAndAddUp() {
    Score score = formula("0.6 * goals + 0.4 * (self + feedback) / 2")
        .compose(Map.of("goals", 0.8, "self", 0.5, "feedback", 0.7));
    assertThat(score.receipt().intercept()).isEqualTo(0.0);
    assertThat(score.receipt().lines()).extracting(ReceiptLine::name).containsExactly("goals", "self", "feedback");
    assertThat(score.receipt().lines().get(0).contribution()).isCloseTo(0.48, Offset.offset(1e-12));
    assertThat(score.receipt().lines().get(1).contribution()).isCloseTo(0.1, Offset.offset(1e-12));
    assertThat(score.receipt().contributionSum()).isCloseTo(score.value(), Offset.offset(1e-12));
    Score conditional = formula("goals > 0.9 ? 1.0 : goals").compose(Map.of("goals", 0.95, "self", 0.0, "feedback", 0.0));
    assertThat(conditional.receipt().line("goals").orElseThrow().contribution()).isEqualTo(1.0);
  }

  @Test
  void aFormulaThatCannotBeEvaluatedAtZeroShowsTheWholeScoreAsIntercept() {
    Score score = formula("goals / self").compose(Map.of("goals", 2.0, "self", 4.0, "feedback", 1.0));
    assertThat(score.value()).isEqualTo(0.5);
    assertThat(score.receipt().intercept()).isEqualTo(0.5);
    assertThat(score.receipt().notes()).anyMatch(n -> n.contains("intercept"));
    assertThat(REGISTRY.replay(score.receipt())).isEqualTo(score);
  }

  @Test
  void badFormulasFailAtConfigurationTimeWithTheirPosition() {
    assertThatThrownBy(() -> formula("goals +* 2"))
        .isInstanceOfSatisfying(FormulaException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(8);
          assertThat(e.parameter()).isEqualTo("expression");
        })
        .hasMessageStartingWith("formula.expression was 'goals +* 2': must be a valid formula: line 1, column 8: ");
    assertThatThrownBy(() -> formula("goals + bonus"))
        .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.column()).isEqualTo(9))
        .hasMessageContaining("line 1, column 9: undeclared reference to 'bonus'");
    assertThatThrownBy(() -> formula("goals > 0.5"))
        .hasMessageContaining("expected type 'double' but found 'bool'");
    assertThatThrownBy(() -> formula("0.5 *\n  (goals +)"))
        .isInstanceOfSatisfying(FormulaException.class, e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void aPartOfDynamicTypeIsRejectedAtConfigurationTime() {
    // it used to configure, then fail when scoring goals above 0.5
    assertThatThrownBy(() -> formula("goals > 0.5 ? dyn('hello') : goals"))
        .isInstanceOfSatisfying(FormulaException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isEqualTo(13);
        })
        .hasMessage("formula.expression was 'goals > 0.5 ? dyn(\'hello\') : goals': must be a valid formula: line 1,"
            + " column 13: has a part of dynamic type (dyn), whose use CEL checks only when scoring; every part of a"
            + " formula must have a static type");
    assertThatThrownBy(() -> formula("dyn(goals) + 1.0")).isInstanceOf(FormulaException.class);
    // a map of mixed values has values of dynamic type; one of doubles is fine
    assertThatThrownBy(() -> formula("{'a': goals, 'b': 'x'}['a'] * 2.0"))
        .hasMessageContaining("has a part of dynamic type (dyn)");
    assertThat(formula("{'a': goals, 'b': self}['b'] * 2.0").compose(Map.of("goals", 0.5, "self", 0.25, "feedback", 0.0))
            .value())
        .isEqualTo(0.5);
  }

  @Test
  void evaluationIsBoundedNoMacrosNoLoops() {
    assertThatThrownBy(() -> formula("[goals, self].all(x, x > 0.0) ? 1.0 : 0.0")).isInstanceOf(FormulaException.class);
    assertThatThrownBy(() -> formula("goals + " + "1 + ".repeat(600) + "1"))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("must be at most 2000 characters");
    String deep = "(".repeat(80) + "goals" + ")".repeat(80);
    assertThatThrownBy(() -> formula(deep)).isInstanceOf(FormulaException.class);
  }

  @Test
  void absentComponentsFollowAnExplicitPolicy() {
    assertThatThrownBy(() -> formula("goals + self").compose(Map.of("goals", 1.0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("missing [self, feedback]");
    CompositionStrategy zero = REGISTRY.composition(Presets.formula("goals + self", REVIEW, AbsentComponentPolicy.COUNT_AS_ZERO));
    Score score = zero.compose(Map.of("goals", 1.0));
    assertThat(score.value()).isEqualTo(1.0);
    assertThat(score.receipt().notes()).contains("component self absent: counted as 0");
    assertThatThrownBy(() -> REGISTRY.composition(Presets.formula("goals", REVIEW, AbsentComponentPolicy.RENORMALISE)))
        .hasMessageContaining("must be REJECT or COUNT_AS_ZERO");
  }

  @Test
  void rejectsBadParametersAndResults() {
    assertThatThrownBy(() -> REGISTRY.composition(Presets.formula("goals", List.of("goals", "goals"))))
        .hasMessageContaining("must name each component once");
    assertThatThrownBy(() -> REGISTRY.composition(Presets.formula("goals", List.of("in"))))
        .hasMessageContaining("not a reserved word");
    assertThatThrownBy(() -> REGISTRY.composition(Presets.formula("goals", List.of())))
        .hasMessageContaining("must name at least one component");
    assertThatThrownBy(() -> REGISTRY.composition(StrategyConfig.of("formula").with("expression", "goals")))
        .hasMessage("formula.variables was null: is required");
    assertThatThrownBy(() -> formula("goals / self").compose(Map.of("goals", 1.0, "self", 0.0, "feedback", 0.0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must give the formula 'goals / self' a finite result, not Infinity");
    assertThatThrownBy(() -> formula("goals").compose(Map.of("goals", 1.0, "self", 1.0, "feedback", 1.0, "bonus", 1.0)))
        .hasMessageContaining("must name a variable of [goals, self, feedback]");
  }
}
