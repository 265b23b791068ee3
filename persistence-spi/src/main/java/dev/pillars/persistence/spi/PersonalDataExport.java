package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.review.Review;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.value.PillarsStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * Everything one tenant's store holds about one employee, for their right of access: their
 * employee record, and the aggregates that belong to them or that they authored.
 *
 * <p>Each list is ordered so that two exports of the same data are equal: goals by id, check-ins
 * by goal id and then by time. Each pillar adds what it holds about or by the employee as a further
 * attribute, empty by default: reviews and calibration adjustments, development (assessments,
 * plans, coaching, succession candidacies), recognition and points budgets, pay receipts, feedback
 * received and given, and 1:1s. Nothing in it names the giver of anonymous feedback other than the
 * employee themself ({@link #feedbackGiven()}).
 */
@Value.Immutable
@PillarsStyle
public abstract class PersonalDataExport {
  PersonalDataExport() {}

  /**
   * Returns the employee the export is about.
   *
   * @return the employee
   */
  public abstract EmployeeId employee();

  /**
   * Returns the employee's record: name, manager, unit, role, grade, hire date and attributes.
   *
   * @return the record, or empty if the store holds none for them
   */
  public abstract Optional<Employee> record();

  /**
   * Returns the goals the employee owns, ordered by id.
   *
   * @return the employee's goals; empty if they own none
   */
  public abstract List<Goal> goals();

  /**
   * Returns the check-ins on the goals the employee owns (check-ins are the goal owner's), ordered
   * by goal id and then by time.
   *
   * @return the check-ins; empty if there are none
   */
  public abstract List<CheckIn> checkIns();

  /**
   * Returns the reviews about the employee and the reviews they wrote, each with its whole
   * amendment history ({@link Review#revisions()}), ordered by id.
   *
   * @return the reviews; empty if there are none
   */
  public abstract List<Review> reviews();

  /**
   * Returns the calibration adjustments of the employee's rating, ordered by session id and then
   * as the session applied them. Calibration notes are the calibrators' and are not included.
   *
   * @return the adjustments; empty if there are none
   */
  public abstract List<CalibrationAdjustment> calibrationAdjustments();

  /**
   * Returns the competency assessments of the employee, ordered by id.
   *
   * @return the assessments; empty if there are none
   */
  public abstract List<Assessment> assessments();

  /**
   * Returns the employee's development plans, ordered by id.
   *
   * @return the plans; empty if there are none
   */
  public abstract List<DevelopmentPlan> developmentPlans();

  /**
   * Returns the coaching sessions the employee received, ordered by id.
   *
   * @return the sessions; empty if there are none
   */
  public abstract List<CoachingSession> coachingSessions();

  /**
   * Returns the employee's succession candidacies, ordered by position; each shows only their own
   * place on the slate.
   *
   * @return the candidacies; empty if there are none
   */
  public abstract List<SuccessionCandidacy> successionCandidacies();

  /**
   * Returns the recognitions the employee gave or received, with their points, ordered by id.
   *
   * @return the recognitions; empty if there are none
   */
  public abstract List<Recognition> recognitions();

  /**
   * Returns the points budgets the employee gives from, ordered by id.
   *
   * @return the budgets; empty if there are none
   */
  public abstract List<PointsBudget> pointsBudgets();

  /**
   * Returns the employee's lines in allocation runs (merit rounds, bonus pools), each with its
   * receipt, ordered by run id.
   *
   * @return the pay receipts; empty if there are none
   */
  public abstract List<PayReceipt> payReceipts();

  /**
   * Returns the feedback the employee received, ordered by id; the giver of anonymous feedback is
   * not shown.
   *
   * @return the feedback received; empty if there is none
   */
  public abstract List<ReceivedFeedback> feedbackReceived();

  /**
   * Returns the feedback the employee gave, anonymous feedback included (it is theirs), ordered by
   * id.
   *
   * @return the feedback given; empty if there is none
   */
  public abstract List<Feedback> feedbackGiven();

  /**
   * Returns the 1:1s the employee is in, ordered by id, each without the notes they may not read
   * (notes private to the other side).
   *
   * @return the 1:1s; empty if there are none
   */
  public abstract List<OneOnOne> oneOnOnes();

  /**
   * Returns whether the store holds nothing about the employee.
   *
   * @return true if there is no record and every list is empty
   */
  public boolean isEmpty() {
    return record().isEmpty() && goals().isEmpty() && checkIns().isEmpty() && reviews().isEmpty()
        && calibrationAdjustments().isEmpty() && assessments().isEmpty() && developmentPlans().isEmpty()
        && coachingSessions().isEmpty() && successionCandidacies().isEmpty() && recognitions().isEmpty()
        && pointsBudgets().isEmpty() && payReceipts().isEmpty() && feedbackReceived().isEmpty()
        && feedbackGiven().isEmpty() && oneOnOnes().isEmpty();
  }

  /**
   * Returns the export without the anonymous feedback the employee gave: what an export shows
   * when someone other than the employee asks for it, so that it never tells them who gave
   * anonymous feedback.
   *
   * @return the export without anonymous feedback given
   */
  public PersonalDataExport withoutAnonymousFeedbackGiven() {
    return ((ImmutablePersonalDataExport) ImmutablePersonalDataExport.copyOf(this))
        .withFeedbackGiven(feedbackGiven().stream().filter(f -> !f.anonymous()).toList());
  }

  /**
   * Returns the export with only the reviews that {@code keep} accepts: how an engine applies
   * its reading rules to what a person asks for about themself (a review about them that is not
   * shared with them yet stays out of their own export).
   *
   * @param keep whether to keep a review
   * @return the export with the kept reviews, in the same order
   * @throws NullPointerException if {@code keep} is null
   */
  public PersonalDataExport keepingReviews(Predicate<? super Review> keep) {
    Objects.requireNonNull(keep, "keep");
    return ((ImmutablePersonalDataExport) ImmutablePersonalDataExport.copyOf(this))
        .withReviews(reviews().stream().filter(keep).toList());
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    PersonalDataExportCheck.check(this);
    record().ifPresent(
        r -> Checks.require(r.id().equals(employee()), "record", r.id(), "must be the record of " + employee()));
    GoalOwner owner = GoalOwner.employee(employee());
    Set<GoalId> owned = new HashSet<>();
    for (int i = 0; i < goals().size(); i++) {
      Goal goal = goals().get(i);
      Checks.require(goal.owner().equals(owner), "goals", goal.id(), "must be owned by employee " + employee());
      Checks.require(
          i == 0 || goals().get(i - 1).id().compareTo(goal.id()) < 0,
          "goals",
          goal.id(),
          "must be ordered by id without repeats");
      owned.add(goal.id());
    }
    for (int i = 0; i < checkIns().size(); i++) {
      CheckIn checkIn = checkIns().get(i);
      Checks.require(
          owned.contains(checkIn.goalId()),
          "checkIns",
          checkIn.goalId(),
          "must be on a goal of the export");
      if (i > 0) {
        CheckIn before = checkIns().get(i - 1);
        int order = before.goalId().compareTo(checkIn.goalId());
        Checks.require(
            order < 0 || order == 0 && before.at().isBefore(checkIn.at()),
            "checkIns",
            checkIn.goalId() + "@" + checkIn.at(),
            "must be ordered by goal id and then by time, without repeats");
      }
    }
  }

  /** Builds a {@link PersonalDataExport}; each attribute may be set once, lists added to. */
  public static final class Builder extends ImmutablePersonalDataExport.Builder {
    Builder() {}
  }
}
