package dev.pillars.core.smart;

import dev.pillars.core.Checks;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Trend;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Assesses goals against SMART: one {@link SmartFinding} per letter, each with a reason that names
 * the numbers it rests on.
 *
 * <p>An assessor holds a {@link SmartPolicy} (the thresholds) and a {@link Clock} (what "today" is,
 * in the clock's zone). It is immutable and thread-safe, and the same goal, context, policy and
 * clock instant always give the same assessment. The rules, letter by letter:
 *
 * <h2>S: Specific</h2>
 *
 * A <em>word</em> of the title is a whitespace-separated token holding a letter or a digit. A
 * <em>vague word</em> is a run of letters of the title or the description that, in lower case, is
 * one of {@link SmartPolicy#vagueWords()}. The text <em>names a number</em> when the title or the
 * description holds a digit.
 *
 * <ol>
 *   <li>FAIL if the title has fewer than {@link SmartPolicy#minTitleWords()} words and the goal has
 *       no description: nothing says what the goal means.
 *   <li>WARN if the title has fewer than that many words but a description exists.
 *   <li>WARN if the text holds a vague word, names no number and the goal is not measured by a KPI
 *       ("improve quality" says neither what changes nor by how much).
 *   <li>PASS otherwise.
 * </ol>
 *
 * <h2>M: Measurable</h2>
 *
 * <ul>
 *   <li>A KPI target or a milestone checklist: PASS.
 *   <li>Manual progress: WARN, since progress is only self-reported.
 *   <li>Derived from aligned goals: PASS if the context's graph aligns at least one goal under it;
 *       FAIL if the graph aligns none (there is nothing to derive from); WARN if the context has no
 *       graph (the assessor cannot tell).
 * </ul>
 *
 * <h2>A: Achievable</h2>
 *
 * Only a KPI target can be tested against evidence; a goal measured otherwise gets PASS with a
 * reason saying that nothing contradicts it. For a KPI goal the context must hold the KPI's {@link
 * KpiHistory}; without it the verdict is WARN. The history's current values are fitted by {@link
 * Trend#of(KpiDefinition, dev.pillars.core.kpi.MeasurementSeries)}, rates are per step of the KPI's
 * {@link Frequency} (per week for a weekly KPI), and the rules apply in this order:
 *
 * <ol>
 *   <li>WARN if there is no trend or it rests on fewer than {@link SmartPolicy#minHistoryPoints()}
 *       measurements (history too short).
 *   <li>The <em>gap</em> is how far the fitted value at the last observation date still lies from
 *       the aim, counted positive in the better direction: the aim is the target value for a KPI
 *       that is better higher or lower, and the nearer end of the band for a {@link
 *       dev.pillars.core.kpi.Direction#WITHIN_RANGE} target. PASS if the gap is zero or negative:
 *       the KPI is there already.
 *   <li>FAIL if the due date is not after the last observation date: no time is left to close the
 *       gap.
 *   <li>The <em>required rate</em> is the gap divided by the steps from the last observation to
 *       the due date (for a target that is better higher or lower, {@link
 *       Trend#requiredSlope(KpiTarget, LocalDate)} with the sign of "better"); the
 *       <em>historical rate</em> is the trend's {@link Trend#slope()}, also with the sign of
 *       "better". WARN if the trend is flat (slope 0) or unclear ({@link Trend#rSquared()} below
 *       {@link SmartPolicy#minRSquared()}): history cannot tell.
 *   <li>FAIL if the historical rate is negative: the KPI clearly moves the wrong way.
 *   <li>PASS if required &lt;= historical &times; {@link SmartPolicy#passRatio()}: the trend
 *       already delivers it.
 *   <li>WARN if required &lt;= historical &times; {@link SmartPolicy#warnRatio()}.
 *   <li>FAIL otherwise: the target needs more than that multiple of what history shows.
 * </ol>
 *
 * So, for a fixed history, a less ambitious target never gets a worse verdict: only the gap depends
 * on the target, and every step above is monotone in it.
 *
 * <h2>R: Relevant</h2>
 *
 * <ul>
 *   <li>An organisation objective ({@link GoalLevel#ORGANISATION}): PASS, relevant by definition.
 *   <li>Without a graph in the context: WARN.
 *   <li>A goal from which {@link AlignmentGraph#pathToObjective(GoalId)} reaches an objective:
 *       PASS, naming the path.
 *   <li>A goal aligned to parents none of which reaches an objective: WARN.
 *   <li>An orphan, aligned to nothing: FAIL.
 * </ul>
 *
 * <h2>T: Time-bound</h2>
 *
 * <ul>
 *   <li>A closed goal (achieved, partially achieved, missed, cancelled): PASS.
 *   <li>An open goal (draft or active) whose due date is before today: FAIL, it is overdue.
 *   <li>An open goal due more than {@link SmartPolicy#maxHorizonMonths()} months after today:
 *       WARN, too far away to steer by.
 *   <li>PASS otherwise.
 * </ul>
 */
public final class SmartAssessor {
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private final SmartPolicy policy;
  private final Clock clock;

  private SmartAssessor(SmartPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Returns an assessor.
   *
   * @param policy the thresholds
   * @param clock the clock that tells what today is
   * @return the assessor
   * @throws dev.pillars.core.InvalidInputException if an argument is null
   */
  public static SmartAssessor of(SmartPolicy policy, Clock clock) {
    Checks.notNull("policy", policy);
    Checks.notNull("clock", clock);
    return new SmartAssessor(policy, clock);
  }

  /**
   * Returns an assessor with the {@link SmartPolicy#defaults() default} policy.
   *
   * @param clock the clock that tells what today is
   * @return the assessor
   * @throws dev.pillars.core.InvalidInputException if {@code clock} is null
   */
  public static SmartAssessor withDefaults(Clock clock) {
    return of(SmartPolicy.defaults(), clock);
  }

  /**
   * Returns the policy.
   *
   * @return the thresholds this assessor judges by
   */
  public SmartPolicy policy() {
    return policy;
  }

  /**
   * Returns the clock.
   *
   * @return the clock that tells what today is
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Assesses a goal on its own, with an {@link SmartContext#empty() empty} context.
   *
   * @param goal the goal
   * @return the assessment
   * @throws dev.pillars.core.InvalidInputException if {@code goal} is null
   */
  public SmartAssessment assess(Goal goal) {
    return assess(goal, SmartContext.empty());
  }

  /**
   * Assesses a goal with what the context supplies.
   *
   * @param goal the goal
   * @param context the alignment graph and KPI histories, any of them optional
   * @return the assessment: five findings, S, M, A, R, T
   * @throws UnknownReferenceException if the context's graph does not hold the goal
   * @throws dev.pillars.core.InvalidInputException if an argument is null, or the context's
   *     definition of the goal's KPI points another way than the goal's target
   */
  public SmartAssessment assess(Goal goal, SmartContext context) {
    Checks.notNull("goal", goal);
    Checks.notNull("context", context);
    Optional<AlignmentGraph> graph = context.alignment();
    if (graph.isPresent() && graph.get().goal(goal.id()).isEmpty()) {
      throw new UnknownReferenceException("goal", goal.id(), "must be a goal of the context's alignment graph");
    }
    Optional<KpiHistory> history = Optional.empty();
    if (goal.measure() instanceof GoalMeasure.Kpi) {
      GoalMeasure.Kpi kpi = (GoalMeasure.Kpi) goal.measure();
      history = context.kpi(kpi.kpi());
      history.ifPresent(h -> h.definition().requireCompatible(kpi.target()));
    }
    LocalDate today = LocalDate.now(clock);
    return new SmartAssessment(
        goal.id(),
        today,
        List.of(
            specific(goal),
            measurable(goal, graph, history),
            achievable(goal, history),
            relevant(goal, graph),
            timeBound(goal, today)));
  }

  private SmartFinding specific(Goal goal) {
    String title = goal.title();
    String text = title + goal.description().map(d -> "\n" + d).orElse("");
    int words = words(title);
    boolean described = goal.description().isPresent();
    String length = words + (words == 1 ? " word" : " words");
    if (words < policy.minTitleWords()) {
      String shortTitle = "the title has " + length + ", fewer than the " + policy.minTitleWords() + " the policy asks for";
      return described
          ? finding(SmartLetter.SPECIFIC, Verdict.WARN, shortTitle + "; only the description says more")
          : finding(SmartLetter.SPECIFIC, Verdict.FAIL, shortTitle + ", and there is no description");
    }
    boolean number = text.chars().anyMatch(Character::isDigit);
    boolean kpi = goal.measure() instanceof GoalMeasure.Kpi;
    Optional<String> vague = firstVagueWord(text);
    if (vague.isPresent() && !number && !kpi) {
      return finding(
          SmartLetter.SPECIFIC,
          Verdict.WARN,
          "says \"" + vague.get() + "\" but names no number and no KPI measures it: say what changes, and by how much");
    }
    String because = kpi ? "measured by a KPI" : number ? "names a number" : "uses no vague word";
    return finding(SmartLetter.SPECIFIC, Verdict.PASS, length + " in the title, " + because);
  }

  private static int words(String title) {
    int words = 0;
    Matcher tokens = TOKEN.matcher(title);
    while (tokens.find()) {
      if (tokens.group().codePoints().anyMatch(Character::isLetterOrDigit)) {
        words++;
      }
    }
    return words;
  }

  private Optional<String> firstVagueWord(String text) {
    Matcher letters = LETTERS.matcher(text);
    while (letters.find()) {
      String word = letters.group().toLowerCase(Locale.ROOT);
      if (policy.vagueWords().contains(word)) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }

  private static SmartFinding measurable(Goal goal, Optional<AlignmentGraph> graph, Optional<KpiHistory> history) {
    GoalMeasure measure = goal.measure();
    if (measure instanceof GoalMeasure.Kpi) {
      GoalMeasure.Kpi kpi = (GoalMeasure.Kpi) measure;
      String name = history.map(h -> " (" + h.definition().name() + ", " + h.definition().unit() + ")").orElse("");
      return finding(
          SmartLetter.MEASURABLE, Verdict.PASS, "measured by KPI " + kpi.kpi() + name + ", " + describe(kpi.target()));
    }
    if (measure instanceof GoalMeasure.Milestones) {
      List<Milestone> milestones = ((GoalMeasure.Milestones) measure).milestones();
      long done = milestones.stream().filter(Milestone::done).count();
      return finding(
          SmartLetter.MEASURABLE,
          Verdict.PASS,
          "a checklist of " + milestones.size() + (milestones.size() == 1 ? " milestone, " : " milestones, ") + done + " done");
    }
    if (measure instanceof GoalMeasure.Manual) {
      return finding(
          SmartLetter.MEASURABLE,
          Verdict.WARN,
          "manual progress (now " + percent(((GoalMeasure.Manual) measure).progress())
              + ") is only self-reported: no KPI or checklist confirms it");
    }
    if (graph.isEmpty()) {
      return finding(
          SmartLetter.MEASURABLE,
          Verdict.WARN,
          "derived from the goals aligned under it, but no alignment graph was given to check that there are any");
    }
    List<AlignmentLink> children = graph.get().children(goal.id());
    if (children.isEmpty()) {
      return finding(
          SmartLetter.MEASURABLE,
          Verdict.FAIL,
          "derived from the goals aligned under it, but none is: there is nothing to measure it by");
    }
    return finding(
        SmartLetter.MEASURABLE,
        Verdict.PASS,
        "derived from " + children.size() + (children.size() == 1 ? " aligned goal" : " aligned goals"));
  }

  private SmartFinding achievable(Goal goal, Optional<KpiHistory> history) {
    if (!(goal.measure() instanceof GoalMeasure.Kpi)) {
      return finding(
          SmartLetter.ACHIEVABLE,
          Verdict.PASS,
          "not measured by a KPI, so no trend can contradict it (only a KPI target is tested against history)");
    }
    GoalMeasure.Kpi kpi = (GoalMeasure.Kpi) goal.measure();
    if (history.isEmpty()) {
      return finding(
          SmartLetter.ACHIEVABLE,
          Verdict.WARN,
          "no measurement history of KPI " + kpi.kpi() + " was given: the required rate cannot be compared with a trend");
    }
    KpiDefinition definition = history.get().definition();
    Optional<Trend> fitted = Trend.of(definition, history.get().series());
    int points = fitted.map(Trend::points).orElse(history.get().series().dates());
    if (fitted.isEmpty() || points < policy.minHistoryPoints()) {
      return finding(
          SmartLetter.ACHIEVABLE,
          Verdict.WARN,
          "history too short: " + points + (points == 1 ? " measurement" : " measurements")
              + " of KPI " + kpi.kpi() + ", the policy trusts a trend from " + policy.minHistoryPoints());
    }
    Trend trend = fitted.get();
    KpiTarget target = kpi.target();
    LocalDate last = trend.lastObserved();
    double now = trend.valueAt(last);
    String unit = definition.unit();
    double aim;
    double sign;
    if (target.band().isPresent()) {
      Band band = target.band().get();
      aim = now < band.lower() ? band.lower() : now > band.upper() ? band.upper() : now;
      sign = now < band.lower() ? 1 : -1;
    } else {
      aim = target.target();
      sign = target.higherIsBetter() ? 1 : -1;
    }
    double gap = sign * (aim - now);
    String standing = "the trend line stands at " + number(now) + " " + unit + " on " + last;
    if (gap <= 0) {
      return finding(
          SmartLetter.ACHIEVABLE,
          Verdict.PASS,
          standing + ", already at or beyond " + (target.band().isPresent() ? "the band " + bandText(target) : "the target " + number(aim) + " " + unit));
    }
    LocalDate due = goal.dueDate();
    if (!due.isAfter(last)) {
      return finding(
          SmartLetter.ACHIEVABLE,
          Verdict.FAIL,
          standing + ", short of " + number(aim) + " " + unit + ", and the goal was due on " + due + ": no time is left");
    }
    double required =
        target.band().isPresent()
            ? gap / definition.frequency().stepsBetween(last, due)
            : sign * trend.requiredSlope(target, due).orElseThrow();
    double historical = sign * trend.slope();
    String step = " " + unit + " per " + step(definition.frequency());
    String rates =
        "needs " + signed(sign * required) + step + " to reach " + number(aim) + " " + unit + " by " + due
            + ", history gives " + signed(trend.slope()) + step
            + String.format(Locale.ROOT, " (R^2 %.2f, %d points)", trend.rSquared(), trend.points());
    if (trend.slope() == 0 || trend.rSquared() < policy.minRSquared()) {
      return finding(
          SmartLetter.ACHIEVABLE,
          Verdict.WARN,
          "no clear trend (R^2 below " + number(policy.minRSquared()) + " or flat): " + rates);
    }
    if (historical < 0) {
      return finding(SmartLetter.ACHIEVABLE, Verdict.FAIL, "the trend goes the wrong way: " + rates);
    }
    String times = number(required / historical) + " times the historical rate";
    if (required <= historical * policy.passRatio()) {
      return finding(SmartLetter.ACHIEVABLE, Verdict.PASS, "the trend delivers it: " + rates);
    }
    if (required <= historical * policy.warnRatio()) {
      return finding(SmartLetter.ACHIEVABLE, Verdict.WARN, "needs " + times + ": " + rates);
    }
    return finding(
        SmartLetter.ACHIEVABLE,
        Verdict.FAIL,
        "needs " + times + ", more than the " + number(policy.warnRatio()) + " the policy allows: " + rates);
  }

  private static SmartFinding relevant(Goal goal, Optional<AlignmentGraph> graph) {
    if (goal.level() == GoalLevel.ORGANISATION) {
      return finding(SmartLetter.RELEVANT, Verdict.PASS, "an organisation objective: relevant by definition");
    }
    if (graph.isEmpty()) {
      return finding(
          SmartLetter.RELEVANT,
          Verdict.WARN,
          "no alignment graph was given: cannot tell whether it serves an organisation objective");
    }
    Optional<List<GoalId>> path = graph.get().pathToObjective(goal.id());
    if (path.isPresent()) {
      List<GoalId> ids = path.get();
      return finding(
          SmartLetter.RELEVANT,
          Verdict.PASS,
          "serves objective " + ids.get(ids.size() - 1) + " via " + ids.stream().map(GoalId::value).collect(Collectors.joining(" -> ")));
    }
    List<AlignmentLink> parents = graph.get().parents(goal.id());
    if (parents.isEmpty()) {
      return finding(
          SmartLetter.RELEVANT, Verdict.FAIL, "aligned to nothing: an orphan that serves no organisation objective");
    }
    List<GoalId> parentIds = new ArrayList<>();
    for (AlignmentLink link : parents) {
      parentIds.add(link.parent());
    }
    return finding(
        SmartLetter.RELEVANT,
        Verdict.WARN,
        "aligned to " + parentIds + ", but no chain of links reaches an organisation objective");
  }

  private SmartFinding timeBound(Goal goal, LocalDate today) {
    LocalDate due = goal.dueDate();
    if (goal.status().isClosed()) {
      return finding(SmartLetter.TIME_BOUND, Verdict.PASS, "closed as " + goal.status() + "; it was due on " + due);
    }
    if (today.isAfter(due)) {
      long late = ChronoUnit.DAYS.between(due, today);
      return finding(
          SmartLetter.TIME_BOUND,
          Verdict.FAIL,
          "due on " + due + ", " + late + (late == 1 ? " day" : " days") + " ago, and still " + goal.status()
              + ": close it or agree a new due date");
    }
    LocalDate horizon = today.plusMonths(policy.maxHorizonMonths());
    if (due.isAfter(horizon)) {
      return finding(
          SmartLetter.TIME_BOUND,
          Verdict.WARN,
          "due on " + due + ", " + ChronoUnit.MONTHS.between(today, due) + " months away: beyond the "
              + policy.maxHorizonMonths() + "-month horizon (" + horizon + "); set nearer milestones or goals");
    }
    return finding(SmartLetter.TIME_BOUND, Verdict.PASS, "due on " + due + ", " + distance(today, due));
  }

  private static String distance(LocalDate today, LocalDate due) {
    long days = ChronoUnit.DAYS.between(today, due);
    if (days == 0) {
      return "today";
    }
    if (days < 62) {
      return "in " + days + (days == 1 ? " day" : " days");
    }
    return "in " + ChronoUnit.MONTHS.between(today, due) + " months";
  }

  private static SmartFinding finding(SmartLetter letter, Verdict verdict, String reason) {
    return new SmartFinding(letter, verdict, reason);
  }

  private static String describe(KpiTarget target) {
    if (target.band().isPresent()) {
      return "into the band " + bandText(target) + " from " + number(target.baseline());
    }
    return "from " + number(target.baseline()) + " to " + number(target.target());
  }

  private static String bandText(KpiTarget target) {
    Band band = target.band().orElseThrow();
    return "[" + number(band.lower()) + ", " + number(band.upper()) + "]";
  }

  private static String step(Frequency frequency) {
    switch (frequency) {
      case DAILY:
        return "day";
      case WEEKLY:
        return "week";
      case MONTHLY:
        return "month";
      case QUARTERLY:
        return "quarter";
      case YEARLY:
        return "year";
      default:
        throw new AssertionError(frequency);
    }
  }

  private static String percent(double share) {
    return Math.round(share * 100) + " %";
  }

  private static String signed(double value) {
    return (value > 0 ? "+" : "") + number(value);
  }

  /** At least three significant digits, and every digit before the decimal point; no exponent. */
  static String number(double value) {
    if (value == 0 || !Double.isFinite(value)) {
      return value == 0 ? "0" : String.valueOf(value);
    }
    BigDecimal exact = new BigDecimal(value);
    int integerDigits = exact.precision() - exact.scale();
    MathContext precision = new MathContext(Math.max(3, integerDigits), RoundingMode.HALF_UP);
    return exact.round(precision).stripTrailingZeros().toPlainString();
  }
}
