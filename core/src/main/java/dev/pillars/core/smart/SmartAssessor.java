package dev.pillars.core.smart;

import dev.pillars.core.Checks;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Trend;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
 *       the due date ({@link Trend#requiredSlope(double, LocalDate)} towards the aim, with the
 *       sign of "better"); the
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
   * @throws dev.pillars.core.InvalidInputException if an argument is null, the context's
   *     definition of the goal's KPI points another way than the goal's target, the KPI's values
   *     change too fast for a finite trend ({@link Trend#fit}), or the aim lies too far from the
   *     trend line for a finite required rate ({@link Trend#requiredSlope(double, LocalDate)})
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
            SpecificRule.assess(goal, policy),
            MeasurableRule.assess(goal, graph, history),
            AchievableRule.assess(goal, history, policy),
            RelevantRule.assess(goal, graph),
            TimeBoundRule.assess(goal, today, policy)));
  }
}
