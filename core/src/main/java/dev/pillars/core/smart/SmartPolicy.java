package dev.pillars.core.smart;

import dev.pillars.core.Checks;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The thresholds a {@link SmartAssessor} judges by. An immutable value: start from {@link
 * #defaults()} and change what differs with the {@code with…} methods.
 *
 * <p>The defaults, and the rule each number feeds (see {@link SmartAssessor} for the full rules):
 *
 * <table>
 *   <caption>SMART policy defaults</caption>
 *   <tr><th>attribute</th><th>default</th><th>used by</th></tr>
 *   <tr><td>{@link #minTitleWords()}</td><td>3</td><td>Specific: a shorter title warns (fails
 *       without a description)</td></tr>
 *   <tr><td>{@link #vagueWords()}</td><td>{@link #DEFAULT_VAGUE_WORDS}</td><td>Specific: such a word
 *       with no number and no KPI measure warns</td></tr>
 *   <tr><td>{@link #minHistoryPoints()}</td><td>6</td><td>Achievable: fewer measurements warn
 *       (history too short)</td></tr>
 *   <tr><td>{@link #minRSquared()}</td><td>0.3</td><td>Achievable: a trend with a lower R² is no
 *       clear trend and warns</td></tr>
 *   <tr><td>{@link #passRatio()}</td><td>1.0</td><td>Achievable: passes while the required rate is
 *       at most this multiple of the historical rate</td></tr>
 *   <tr><td>{@link #warnRatio()}</td><td>2.0</td><td>Achievable: warns up to this multiple, fails
 *       beyond</td></tr>
 *   <tr><td>{@link #maxHorizonMonths()}</td><td>18</td><td>Time-bound: a due date further away
 *       warns</td></tr>
 * </table>
 *
 * @param minTitleWords the fewest words a specific title has, from 1 to 100
 * @param vagueWords words that promise change without saying how much, lower-case single words
 * @param minHistoryPoints the fewest measurements a trend is trusted on, from 2 to 10,000
 * @param minRSquared the least R² of a clear trend, from 0 to 1
 * @param passRatio the largest multiple of the historical rate that still passes, positive and
 *     finite
 * @param warnRatio the largest multiple of the historical rate that only warns, finite and at least
 *     {@code passRatio}
 * @param maxHorizonMonths how many months ahead a due date may lie before it warns, from 1 to 1,200
 */
public record SmartPolicy(
    int minTitleWords,
    Set<String> vagueWords,
    int minHistoryPoints,
    double minRSquared,
    double passRatio,
    double warnRatio,
    int maxHorizonMonths) {

  /**
   * The default vague words: improve, improving, better, enhance, increase, reduce, optimise,
   * optimize, boost, strengthen, support, help, try.
   */
  public static final Set<String> DEFAULT_VAGUE_WORDS =
      Set.of(
          "improve", "improving", "better", "enhance", "increase", "reduce", "optimise", "optimize",
          "boost", "strengthen", "support", "help", "try");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final SmartPolicy DEFAULTS = new SmartPolicy(3, DEFAULT_VAGUE_WORDS, 6, 0.3, 1.0, 2.0, 18);

  /**
   * Creates a policy.
   *
   * @param minTitleWords the fewest words a specific title has, from 1 to 100
   * @param vagueWords words that promise change without saying how much, lower-case single words
   * @param minHistoryPoints the fewest measurements a trend is trusted on, from 2 to 10,000
   * @param minRSquared the least R² of a clear trend, from 0 to 1
   * @param passRatio the largest multiple of the historical rate that still passes, positive and
   *     finite
   * @param warnRatio the largest multiple of the historical rate that only warns, finite and at
   *     least {@code passRatio}
   * @param maxHorizonMonths how many months ahead a due date may lie before it warns, from 1 to
   *     1,200
   * @throws NullPointerException if a vague word is null
   * @throws dev.pillars.core.InvalidInputException if a number is out of its range, {@code
   *     warnRatio} is below {@code passRatio}, or a vague word is not a single word of letters or
   *     not lower-case
   */
  public SmartPolicy {
    Checks.notNull("vagueWords", vagueWords);
    Checks.inRange("minTitleWords", minTitleWords, 1, 100);
    for (String word : vagueWords) {
      Checks.require(
          WORD.matcher(Checks.notNull("vagueWords[]", word)).matches() && word.equals(word.toLowerCase(Locale.ROOT)),
          "vagueWords",
          word,
          "must hold single lower-case words of letters only");
    }
    vagueWords = Set.copyOf(vagueWords);
    Checks.inRange("minHistoryPoints", minHistoryPoints, 2, 10_000);
    Checks.inRange("minRSquared", minRSquared, 0, 1);
    Checks.positive("passRatio", passRatio);
    Checks.finite("warnRatio", warnRatio);
    Checks.require(warnRatio >= passRatio, "warnRatio", warnRatio, "must not be below passRatio " + passRatio);
    Checks.inRange("maxHorizonMonths", maxHorizonMonths, 1, 1_200);
  }

  /**
   * Returns the default policy; see the table above.
   *
   * @return the defaults
   */
  public static SmartPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this policy with another minimum title length.
   *
   * @param words the fewest words a specific title has, from 1 to 100
   * @return the changed policy
   * @throws dev.pillars.core.InvalidInputException if {@code words} is out of range
   */
  public SmartPolicy withMinTitleWords(int words) {
    return new SmartPolicy(words, vagueWords, minHistoryPoints, minRSquared, passRatio, warnRatio, maxHorizonMonths);
  }

  /**
   * Returns this policy with other vague words.
   *
   * @param words lower-case single words, possibly none
   * @return the changed policy
   * @throws NullPointerException if a word is null
   * @throws dev.pillars.core.InvalidInputException if a word is not a single word of letters or
   *     not lower-case
   */
  public SmartPolicy withVagueWords(Set<String> words) {
    return new SmartPolicy(minTitleWords, words, minHistoryPoints, minRSquared, passRatio, warnRatio, maxHorizonMonths);
  }

  /**
   * Returns this policy with another minimum history length.
   *
   * @param points the fewest measurements a trend is trusted on, from 2 to 10,000
   * @return the changed policy
   * @throws dev.pillars.core.InvalidInputException if {@code points} is out of range
   */
  public SmartPolicy withMinHistoryPoints(int points) {
    return new SmartPolicy(minTitleWords, vagueWords, points, minRSquared, passRatio, warnRatio, maxHorizonMonths);
  }

  /**
   * Returns this policy with another least R² of a clear trend.
   *
   * @param rSquared from 0 to 1
   * @return the changed policy
   * @throws dev.pillars.core.InvalidInputException if {@code rSquared} is not within [0, 1]
   */
  public SmartPolicy withMinRSquared(double rSquared) {
    return new SmartPolicy(minTitleWords, vagueWords, minHistoryPoints, rSquared, passRatio, warnRatio, maxHorizonMonths);
  }

  /**
   * Returns this policy with other multiples of the historical rate.
   *
   * @param pass the largest multiple that passes, positive and finite
   * @param warn the largest multiple that warns, finite and at least {@code pass}
   * @return the changed policy
   * @throws dev.pillars.core.InvalidInputException if a ratio is out of range
   */
  public SmartPolicy withRatios(double pass, double warn) {
    return new SmartPolicy(minTitleWords, vagueWords, minHistoryPoints, minRSquared, pass, warn, maxHorizonMonths);
  }

  /**
   * Returns this policy with another horizon.
   *
   * @param months how many months ahead a due date may lie before it warns, from 1 to 1,200
   * @return the changed policy
   * @throws dev.pillars.core.InvalidInputException if {@code months} is out of range
   */
  public SmartPolicy withMaxHorizonMonths(int months) {
    return new SmartPolicy(minTitleWords, vagueWords, minHistoryPoints, minRSquared, passRatio, warnRatio, months);
  }
}
