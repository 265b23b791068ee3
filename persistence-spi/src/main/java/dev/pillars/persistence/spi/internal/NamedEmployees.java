package dev.pillars.persistence.spi.internal;

import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.calibration.Adjustment;
import dev.pillars.core.calibration.CalibrationNote;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.core.survey.Survey;
import java.util.ArrayList;
import java.util.List;

/**
 * The employees a stored aggregate of the pillars names, as the guard of erasure against late
 * writers reads them ({@code PersonalDataRepository}: a unit of work that writes data naming an
 * employee whose erasure committed first fails). Both of the library's stores ask it, so that they
 * guard the same aggregates the same way.
 */
public final class NamedEmployees {
  private NamedEmployees() {}

  /**
   * Returns the employees a pillar aggregate names: development (the assessed person and the
   * assessor; a plan's person; a coaching session's person and coach; a succession plan's
   * incumbent, candidates and emergency cover), calibration sessions (calibrators, rated people,
   * raters, adjustments, note authors), allocation runs (every recipient), reviews and cycles,
   * and feedback, requests, 360 rounds, 1:1s and surveys; none for any other value.
   *
   * @param value a stored aggregate
   * @return the employees it names, possibly with repeats
   */
  public static List<EmployeeId> of(Object value) {
    List<EmployeeId> named = new ArrayList<>();
    if (value instanceof Assessment a) {
      named.add(a.employee());
      named.add(a.assessor().id());
    } else if (value instanceof DevelopmentPlan p) {
      named.add(p.employee());
    } else if (value instanceof CoachingSession s) {
      named.add(s.employee());
      s.coach().employee().ifPresent(named::add);
    } else if (value instanceof SuccessionPlan p) {
      p.incumbent().ifPresent(named::add);
      p.emergencyCover().ifPresent(named::add);
      p.candidates().stream().map(Candidate::employee).forEach(named::add);
    } else if (value instanceof CalibrationSession s) {
      named.addAll(s.calibrators());
      for (ProposedRating r : s.proposed()) {
        named.add(r.employee());
        named.add(r.rater());
      }
      for (Adjustment a : s.adjustments()) {
        named.add(a.employee());
        named.add(a.actor());
      }
      s.notes().stream().map(CalibrationNote::author).forEach(named::add);
    } else if (value instanceof AllocationRun run) {
      run.receipts().stream().map(RangeReceipt::recipient).forEach(named::add);
    } else {
      feedbackOrReview(value, named);
    }
    return named;
  }

  private static void feedbackOrReview(Object value, List<EmployeeId> named) {
    if (value instanceof Review r) {
      named.add(r.subject());
      named.add(r.author());
      r.revisions().forEach(revision -> named.add(revision.actor()));
    } else if (value instanceof ReviewCycle c) {
      named.addAll(c.participants());
      c.overrides().values().forEach(o -> named.add(o.actor()));
    } else if (value instanceof Feedback f) {
      named.add(f.giver());
      named.add(f.receiver());
    } else if (value instanceof FeedbackRequest q) {
      named.add(q.requester());
      named.add(q.subject());
      named.addAll(q.respondents().keySet());
    } else if (value instanceof ThreeSixtyRound round) {
      named.add(round.subject());
      round.raters().values().forEach(named::addAll);
    } else if (value instanceof OneOnOne m) {
      named.add(m.manager());
      named.add(m.report());
    } else if (value instanceof Survey s) {
      named.addAll(s.population());
    }
  }
}
