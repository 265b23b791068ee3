package dev.pillars.persistence.spi.internal;

import dev.pillars.core.Checks;
import dev.pillars.core.calibration.Adjustment;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.core.review.Review;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.persistence.spi.CalibrationAdjustment;
import dev.pillars.persistence.spi.PayReceipt;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.ReceivedFeedback;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.SuccessionCandidacy;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pillars' part of a personal-data export, read through the repositories of one tenant store
 * or unit of work, so that both of the library's stores export the same things the same way:
 * reviews about or by the employee, the calibration adjustments of their rating, their
 * assessments, plans, coaching sessions and succession candidacies, the recognitions they gave or
 * received and their points budgets, their pay receipts, the feedback they received (the giver of
 * anonymous feedback left out) and gave, and their 1:1s without the notes they may not read.
 */
public final class PillarsExport {
  private PillarsExport() {}

  /**
   * Adds the pillars' data about or by the employee to an export.
   *
   * @param export the export being built
   * @param repositories the repositories to read
   * @param employee the exported employee
   */
  public static void addTo(PersonalDataExport.Builder export, Repositories repositories, EmployeeId employee) {
    Checks.notNull("export", export);
    Checks.notNull("repositories", repositories);
    Checks.notNull("employee", employee);
    Repositories r = repositories;
    Map<Object, Review> reviews = new LinkedHashMap<>();
    values(r.reviews().streamBySubject(employee)).forEach(v -> reviews.put(v.id(), v));
    matching(r.reviews().stream(), v -> v.author().equals(employee)).forEach(v -> reviews.put(v.id(), v));
    export.addAllReviews(sorted(new ArrayList<>(reviews.values()), v -> v.id().value()));
    List<CalibrationAdjustment> adjustments = new ArrayList<>();
    for (CalibrationSession session : sorted(matching(r.calibrationSessions().stream(), s -> s.names(employee)),
        s -> s.id().value())) {
      for (Adjustment a : session.adjustments()) {
        if (a.employee().equals(employee)) {
          adjustments.add(new CalibrationAdjustment(session.id(), a));
        }
      }
    }
    export.addAllCalibrationAdjustments(adjustments);
    export.addAllAssessments(sorted(values(r.assessments().streamByEmployee(employee)), a -> a.id().value()));
    export.addAllDevelopmentPlans(sorted(values(r.developmentPlans().streamByEmployee(employee)), p -> p.id().value()));
    export.addAllCoachingSessions(sorted(values(r.coachingSessions().streamByEmployee(employee)), s -> s.id().value()));
    List<SuccessionCandidacy> candidacies = new ArrayList<>();
    for (SuccessionPlan plan : sorted(values(r.successionPlans().streamNaming(employee)), p -> p.position().value())) {
      for (Candidate c : plan.candidates()) {
        if (c.employee().equals(employee)) {
          candidacies.add(new SuccessionCandidacy(plan.position(), plan.title(), c));
        }
      }
    }
    export.addAllSuccessionCandidacies(candidacies);
    export.addAllRecognitions(sorted(values(r.recognitions().streamNaming(employee)), v -> v.id().value()));
    export.addAllPointsBudgets(sorted(values(r.pointsBudgets().streamByGiver(employee)), b -> b.id().value()));
    List<PayReceipt> pay = new ArrayList<>();
    for (AllocationRun run : sorted(values(r.allocationRuns().stream()), v -> v.id().value())) {
      for (RangeReceipt receipt : run.receipts()) {
        if (receipt.recipient().equals(employee)) {
          pay.add(new PayReceipt(run.id(), run.name(), run.budget().currency(), receipt));
        }
      }
    }
    export.addAllPayReceipts(pay);
    export.addAllFeedbackReceived(sorted(values(r.feedback().streamByReceiver(employee)), f -> f.id().value()).stream()
        .map(ReceivedFeedback::of).toList());
    export.addAllFeedbackGiven(sorted(values(r.feedback().streamByGiver(employee)), (Feedback f) -> f.id().value()));
    export.addAllOneOnOnes(sorted(values(r.oneOnOnes().streamByParticipant(employee)), m -> m.id().value()).stream()
        .map(m -> readableBy(m, employee)).toList());
  }

  /** Returns the 1:1 with only the notes the employee may read. */
  private static OneOnOne readableBy(OneOnOne meeting, EmployeeId employee) {
    return new OneOnOne(meeting.id(), meeting.manager(), meeting.report(), meeting.date(), meeting.agenda(),
        meeting.notesReadableBy(employee), meeting.actions(), meeting.held());
  }

  private static <T> List<T> values(Stream<Versioned<T>> stream) {
    try (stream) {
      return stream.map(Versioned::value).collect(Collectors.toList());
    }
  }

  private static <T> List<T> matching(Stream<Versioned<T>> stream, Predicate<T> test) {
    try (stream) {
      return stream.map(Versioned::value).filter(test).collect(Collectors.toList());
    }
  }

  private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
    items.sort(Comparator.comparing(key));
    return items;
  }
}
