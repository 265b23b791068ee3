package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.anonymity.AnonymousResults;
import dev.pillars.core.anonymity.GroupResult;
import dev.pillars.core.org.EmployeeId;
import java.util.List;
import java.util.Optional;

/**
 * The results of a 360 round as they may be read: per anonymous rater group a shown or suppressed
 * {@link GroupResult}, their total, and the subject's self-assessment.
 *
 * @param roundId the round
 * @param subject whom it is about
 * @param questions the questions, in the order of every result's means
 * @param self the subject's own answers, if they gave them and the round has closed
 * @param anonymous the anonymous groups' results and their total
 */
public record ThreeSixtyResults(
    ThreeSixtyRoundId roundId,
    EmployeeId subject,
    List<Question> questions,
    Optional<List<Double>> self,
    AnonymousResults anonymous) {
  /**
   * Creates the results.
   *
   * @param roundId the round
   * @param subject whom it is about
   * @param questions the questions
   * @param self the self-assessment, if any
   * @param anonymous the anonymous results
   * @throws NullPointerException if a part is null
   */
  public ThreeSixtyResults {
    Checks.notNull("roundId", roundId);
    Checks.notNull("subject", subject);
    questions = List.copyOf(Checks.notNull("questions", questions));
    Checks.notNull("self", self);
    Checks.notNull("anonymous", anonymous);
  }

  /**
   * Returns one rater group's result.
   *
   * @param group the group, not {@link RaterGroup#SELF}
   * @return its result; empty if the round has no raters in that group
   */
  public Optional<GroupResult> group(RaterGroup group) {
    return anonymous.group(Checks.notNull("group", group).name());
  }
}
