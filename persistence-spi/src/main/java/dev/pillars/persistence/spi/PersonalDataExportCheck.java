package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.Review;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rules an export's pillar parts follow: each item is about or by the exported employee, and a
 * 1:1 keeps only the notes the employee may read.
 */
final class PersonalDataExportCheck {
  private PersonalDataExportCheck() {}

  static void check(PersonalDataExport export) {
    EmployeeId e = export.employee();
    each("reviews", export.reviews(), r -> r.subject().equals(e) || r.author().equals(e), Review::id,
        "must be about or by employee " + e);
    each("calibrationAdjustments", export.calibrationAdjustments(), a -> a.adjustment().employee().equals(e),
        CalibrationAdjustment::session, "must adjust the rating of employee " + e);
    each("assessments", export.assessments(), a -> a.employee().equals(e), a -> a.id(), "must assess employee " + e);
    each("developmentPlans", export.developmentPlans(), p -> p.employee().equals(e), p -> p.id(),
        "must be a plan of employee " + e);
    each("coachingSessions", export.coachingSessions(), s -> s.employee().equals(e), s -> s.id(),
        "must coach employee " + e);
    each("successionCandidacies", export.successionCandidacies(), c -> c.candidate().employee().equals(e),
        SuccessionCandidacy::position, "must be a candidacy of employee " + e);
    each("recognitions", export.recognitions(), r -> r.names(e), r -> r.id(), "must be given or received by employee " + e);
    each("pointsBudgets", export.pointsBudgets(), b -> b.giver().equals(e), b -> b.id(), "must be a budget of employee " + e);
    each("payReceipts", export.payReceipts(), p -> p.receipt().recipient().equals(e), PayReceipt::run,
        "must be a receipt of employee " + e);
    each("feedbackGiven", export.feedbackGiven(), f -> f.giver().equals(e), f -> f.id(), "must be given by employee " + e);
    each("oneOnOnes", export.oneOnOnes(), m -> inIt(m, e), OneOnOne::id,
        "must be a 1:1 of employee " + e + " with only the notes they may read");
  }

  private static boolean inIt(OneOnOne meeting, EmployeeId e) {
    return (meeting.manager().equals(e) || meeting.report().equals(e))
        && meeting.notes().stream().allMatch(n -> n.readableBy(e));
  }

  private static <T> void each(String field, List<T> items, Predicate<T> rule, Function<T, Object> id, String message) {
    for (T item : items) {
      Checks.require(rule.test(item), field, id.apply(item), message);
    }
  }
}
