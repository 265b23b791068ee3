package dev.pillars.core.smart;

import static dev.pillars.core.smart.Findings.finding;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalMeasure;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** S: whether the title and description say concretely what changes; see {@link SmartAssessor}. */
final class SpecificRule {
  private static final Pattern TOKEN = Pattern.compile("\\S+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private SpecificRule() {}

  static SmartFinding assess(Goal goal, SmartPolicy policy) {
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
    Optional<String> vague = firstVagueWord(text, policy);
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

  private static Optional<String> firstVagueWord(String text, SmartPolicy policy) {
    Matcher letters = LETTERS.matcher(text);
    while (letters.find()) {
      String word = letters.group().toLowerCase(Locale.ROOT);
      if (policy.vagueWords().contains(word)) {
        return Optional.of(word);
      }
    }
    return Optional.empty();
  }
}
