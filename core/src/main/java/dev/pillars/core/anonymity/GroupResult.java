package dev.pillars.core.anonymity;

import dev.pillars.core.Checks;
import java.util.Optional;

/**
 * The result of one group of anonymous answers (a rater group of a 360 round, a team in a survey,
 * or the total): either shown, with its {@link GroupSummary}, or suppressed, with the reason.
 *
 * <p>A suppressed result shows nothing of its answers, not even how many there are.
 *
 * @param group the group's name, such as {@code PEERS} or a unit's id
 * @param summary the summary when shown; empty when suppressed
 * @param suppressedBecause why it is suppressed; empty when shown
 */
public record GroupResult(String group, Optional<GroupSummary> summary, Optional<String> suppressedBecause) {
  /**
   * Creates a result.
   *
   * @param group the group's name, not blank
   * @param summary the summary when shown
   * @param suppressedBecause the reason when suppressed, not blank
   * @throws NullPointerException if a part is null
   * @throws dev.pillars.core.InvalidInputException if the group is blank, or not exactly one of
   *     summary and reason is present
   */
  public GroupResult {
    Checks.notNull("group", group);
    Checks.notNull("summary", summary);
    Checks.notNull("suppressedBecause", suppressedBecause);
    Checks.notBlank("group", group);
    Checks.require(
        summary.isPresent() != suppressedBecause.isPresent(),
        "suppressedBecause",
        suppressedBecause.orElse(null),
        "must be present exactly when there is no summary");
    suppressedBecause.ifPresent(reason -> Checks.notBlank("suppressedBecause", reason));
  }

  /**
   * Returns a shown result.
   *
   * @param group the group's name
   * @param summary its summary
   * @return the result
   */
  public static GroupResult shown(String group, GroupSummary summary) {
    return new GroupResult(group, Optional.of(Checks.notNull("summary", summary)), Optional.empty());
  }

  /**
   * Returns a suppressed result.
   *
   * @param group the group's name
   * @param reason why it is suppressed
   * @return the result
   */
  public static GroupResult suppressed(String group, String reason) {
    return new GroupResult(group, Optional.empty(), Optional.of(Checks.notNull("reason", reason)));
  }

  /**
   * Tells whether the result is shown.
   *
   * @return whether it has a summary
   */
  public boolean isShown() {
    return summary.isPresent();
  }
}
