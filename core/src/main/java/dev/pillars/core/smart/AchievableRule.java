package dev.pillars.core.smart;

import static dev.pillars.core.smart.Findings.bandText;
import static dev.pillars.core.smart.Findings.finding;
import static dev.pillars.core.smart.Findings.number;
import static dev.pillars.core.smart.Findings.signed;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Trend;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** A: whether the KPI's trend can deliver the target by the due date; see {@link SmartAssessor}. */
final class AchievableRule {
  private AchievableRule() {}

  static SmartFinding assess(Goal goal, Optional<KpiHistory> history, SmartPolicy policy) {
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
    double required = sign * trend.requiredSlope(aim, due).orElseThrow();
    double historical = sign * trend.slope();
    String step = " " + unit + " per " + step(definition.frequency());
    String rates =
        "needs " + signed(sign * required) + step + " to reach " + number(aim) + " " + unit + " by " + due
            + ", history gives " + signed(trend.slope()) + step
            + String.format(Locale.ROOT, " (the trend line explains %d %% of the variation in %d points)",
                Math.round(trend.rSquared() * 100), trend.points());
    if (trend.slope() == 0 || trend.rSquared() < policy.minRSquared()) {
      return finding(
          SmartLetter.ACHIEVABLE,
          Verdict.WARN,
          "no clear trend (it explains less than " + Math.round(policy.minRSquared() * 100)
              + " % of the variation, or is flat): " + rates);
    }
    if (historical < 0) {
      return finding(SmartLetter.ACHIEVABLE, Verdict.FAIL, "the trend goes the wrong way: " + rates);
    }
    double ratio = required / historical;
    String times =
        (Double.isFinite(ratio) ? number(ratio) : "more than " + number(Double.MAX_VALUE)) + " times the historical rate";
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
}
