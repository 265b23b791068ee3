package dev.pillars.scoring.cel;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelMutableAst;
import dev.cel.common.CelOptions;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelMutableExpr;
import dev.cel.common.navigation.CelNavigableMutableAst;
import dev.cel.common.navigation.CelNavigableMutableExpr;
import dev.cel.common.types.CelKind;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.Score;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.preset.Presets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A composition computed by a CEL formula over double variables. */
final class FormulaComposition implements CompositionStrategy {
  static final int MAX_LENGTH = 2_000;
  static final int MAX_DEPTH = 64;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> RESERVED =
      Set.of(
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function",
          "if", "import", "let", "loop", "package", "namespace", "return", "var", "void", "while");

  private final StrategyConfig config;
  private final String expression;
  private final List<String> variables;
  private final AbsentComponentPolicy absent;
  private final CelRuntime.Program program;

  private FormulaComposition(
      StrategyConfig config, String expression, List<String> variables, AbsentComponentPolicy absent, CelRuntime.Program program) {
    this.config = config;
    this.expression = expression;
    this.variables = variables;
    this.absent = absent;
    this.program = program;
  }

  static FormulaComposition create(StrategyConfig config) {
    Checks.notNull("config", config);
    Checks.require(Presets.FORMULA.equals(config.name()), "strategy", config.name(), "must be " + Presets.FORMULA);
    config.requireOnly(Set.of(Presets.FORMULA_EXPRESSION, Presets.FORMULA_VARIABLES, Presets.FORMULA_ABSENT));
    String expression = config.text(Presets.FORMULA_EXPRESSION);
    if (expression.isBlank()) {
      throw config.invalid(Presets.FORMULA_EXPRESSION, expression, "must not be blank");
    }
    if (expression.codePointCount(0, expression.length()) > MAX_LENGTH) {
      throw config.invalid(Presets.FORMULA_EXPRESSION, expression, "must be at most " + MAX_LENGTH + " characters");
    }
    List<String> variables = config.texts(Presets.FORMULA_VARIABLES);
    if (variables.isEmpty()) {
      throw config.invalid(Presets.FORMULA_VARIABLES, variables, "must name at least one component");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String v : variables) {
      if (!IDENTIFIER.matcher(v).matches() || RESERVED.contains(v)) {
        throw config.invalid(Presets.FORMULA_VARIABLES, v,
            "must be a CEL identifier (a letter or _, then letters, digits or _) and not a reserved word");
      }
      if (!unique.add(v)) {
        throw config.invalid(Presets.FORMULA_VARIABLES, v, "must name each component once");
      }
    }
    AbsentComponentPolicy absent = config.choice(Presets.FORMULA_ABSENT, AbsentComponentPolicy.class);
    if (absent == AbsentComponentPolicy.RENORMALISE) {
      throw config.invalid(Presets.FORMULA_ABSENT, absent.name(),
          "must be REJECT or COUNT_AS_ZERO: a formula has no weights to renormalise");
    }
    return new FormulaComposition(config, expression, List.copyOf(variables), absent, compile(config, expression, variables));
  }

  private static CelRuntime.Program compile(StrategyConfig config, String expression, List<String> variables) {
    var builder =
        CelFactory.standardCelBuilder()
            .setOptions(
                CelOptions.current()
                    .enableHeterogeneousNumericComparisons(true)
                    .maxExpressionCodePointSize(MAX_LENGTH)
                    .maxParseRecursionDepth(MAX_DEPTH)
                    .comprehensionMaxIterations(1_000)
                    .build())
            .setStandardMacros()
            .setResultType(SimpleType.DOUBLE);
    for (String v : variables) {
      builder.addVar(v, SimpleType.DOUBLE);
    }
    Cel cel = builder.build();
    CelValidationResult parsed = cel.parse(expression);
    if (parsed.hasError()) {
      throw failure(config, expression, parsed.getErrors());
    }
    try {
      CelMutableAst mutable = CelMutableAst.fromCelAst(parsed.getAst());
      CelNavigableMutableAst.fromAst(mutable).getRoot().allNodes()
          .map(CelNavigableMutableExpr::expr)
          .filter(FormulaComposition::isIntLiteral)
          .forEach(e -> e.setConstant(CelConstant.ofValue((double) e.constant().int64Value())));
      CelValidationResult checked = cel.check(mutable.toParsedAst(true));
      if (checked.hasError()) {
        throw failure(config, expression, checked.getErrors());
      }
      CelAbstractSyntaxTree ast = checked.getAst();
      rejectDynamic(config, expression, ast);
      return cel.createProgram(ast);
    } catch (CelValidationException e) {
      throw failure(config, expression, e.getErrors());
    } catch (CelEvaluationException e) {
      throw new FormulaException(config.name(), expression, 0, 0, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Rejects a formula with any part of dynamic type, such as {@code dyn('hello')} or an element of
   * {@code [goals, 'a']}: CEL checks how such a value is used only when it evaluates, so {@code
   * goals > 0.5 ? dyn('hello') : goals} would pass {@link Cel#check} yet fail for some scores.
   * The first such part in the text is reported.
   */
  private static void rejectDynamic(StrategyConfig config, String expression, CelAbstractSyntaxTree ast) {
    Map<Long, Integer> positions = ast.getSource().getPositionsMap();
    ast.getTypeMap().entrySet().stream()
        .filter(e -> e.getValue().kind() == CelKind.DYN)
        .map(e -> positions.getOrDefault(e.getKey(), 0))
        .min(Integer::compare)
        .ifPresent(offset -> {
          CelSourceLocation at = ast.getSource().getOffsetLocation(offset).orElse(CelSourceLocation.NONE);
          boolean known = at.getLine() > 0;
          throw new FormulaException(
              config.name(), expression, known ? at.getLine() : 0, known ? at.getColumn() + 1 : 0,
              "has a part of dynamic type (dyn), whose use CEL checks only when scoring; every part of a formula"
                  + " must have a static type");
        });
  }

  private static boolean isIntLiteral(CelMutableExpr e) {
    return e.getKind() == CelExpr.ExprKind.Kind.CONSTANT && e.constant().getKind() == CelConstant.Kind.INT64_VALUE;
  }

  private static FormulaException failure(StrategyConfig config, String expression, List<CelIssue> issues) {
    if (issues.isEmpty()) {
      return new FormulaException(config.name(), expression, 0, 0, "CEL rejected it without saying why");
    }
    CelIssue first = issues.get(0);
    CelSourceLocation at = first.getSourceLocation();
    boolean known = at != null && at.getLine() > 0;
    return new FormulaException(
        config.name(), expression, known ? at.getLine() : 0, known ? at.getColumn() + 1 : 0, first.getMessage());
  }

  @Override
  public StrategyConfig config() {
    return config;
  }

  @Override
  public Set<String> components() {
    return Collections.unmodifiableSet(new LinkedHashSet<>(variables));
  }

  @Override
  public Score compose(Map<String, Double> components) {
    Checks.notNull("components", components);
    for (Map.Entry<String, Double> e : components.entrySet()) {
      Checks.require(variables.contains(e.getKey()), "components", e.getKey(), "must name a variable of " + variables);
      Checks.finite("components." + e.getKey(), Checks.notNull("components." + e.getKey(), e.getValue()));
    }
    List<String> missing = new ArrayList<>();
    for (String v : variables) {
      if (!components.containsKey(v)) {
        missing.add(v);
      }
    }
    if (absent == AbsentComponentPolicy.REJECT && !missing.isEmpty()) {
      throw new InvalidInputException(
          "components", new TreeSet<>(components.keySet()), "must hold every variable of " + variables + "; missing " + missing);
    }
    Map<String, Double> values = new HashMap<>();
    for (String v : variables) {
      values.put(v, components.getOrDefault(v, 0.0));
    }
    double value = evaluate(values);
    if (!Double.isFinite(value)) {
      throw new InvalidInputException(
          "components", values, "must give the formula '" + expression + "' a finite result, not " + value);
    }
    Receipt.Builder receipt = Receipt.builder().kind(kind()).config(config);
    for (String v : missing) {
      receipt.addNotes("component " + v + " absent: counted as 0");
    }
    double @Nullable [] contributions = attribute(values, value);
    if (contributions == null) {
      for (String v : variables) {
        receipt.addLines(ReceiptLine.of(v, values.get(v), 1.0, 0.0));
      }
      receipt.intercept(value).addNotes(
          "the formula cannot be evaluated with components set to 0 one by one, so the whole score is shown as the intercept");
    } else {
      for (int i = 0; i < variables.size(); i++) {
        receipt.addLines(ReceiptLine.of(variables.get(i), values.get(variables.get(i)), 1.0, contributions[i + 1]));
      }
      receipt.intercept(contributions[0]);
    }
    return Score.of(receipt.unroundedValue(value).build());
  }

  /**
   * Returns the intercept (the value at all zeros) followed by each variable's sequential
   * contribution, or null when an intermediate value is not finite or fails.
   */
  private double @Nullable [] attribute(Map<String, Double> values, double value) {
    Map<String, Double> partial = new HashMap<>();
    for (String v : variables) {
      partial.put(v, 0.0);
    }
    double[] out = new double[variables.size() + 1];
    double previous;
    try {
      previous = evaluate(partial);
      out[0] = previous;
      for (int i = 0; i < variables.size(); i++) {
        String v = variables.get(i);
        partial.put(v, values.get(v));
        double next = i == variables.size() - 1 ? value : evaluate(partial);
        out[i + 1] = next - previous;
        previous = next;
        if (!Double.isFinite(out[i + 1])) {
          return null;
        }
      }
    } catch (InvalidInputException e) {
      return null;
    }
    return Double.isFinite(out[0]) ? out : null;
  }

  private double evaluate(Map<String, Double> values) {
    try {
      Object result = program.eval(values);
      if (result instanceof Double d) {
        return d;
      }
      throw new InvalidInputException("components", values, "must make the formula give a double, not " + result);
    } catch (CelEvaluationException e) {
      throw new InvalidInputException(
          "components", values, "must be values the formula '" + expression + "' can evaluate: " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return config.toString();
  }
}
