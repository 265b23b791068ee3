package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.calibration.Adjustment;
import dev.pillars.core.calibration.CalibrationSession;
import dev.pillars.core.calibration.CalibrationSessionId;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.persistence.spi.CalibrationAdjustment;
import dev.pillars.persistence.spi.PayReceipt;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.ReceivedFeedback;
import dev.pillars.persistence.spi.SuccessionCandidacy;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pillars' part of the personal-data export, checked against an oracle computed from the
 * aggregates the kit stored: for every person they name, each list of the export holds exactly
 * what is about or by them, in its order.
 */
final class TckPillarExport {
  private TckPillarExport() {}

  /** Stores a few variants of every pillar aggregate that names people. */
  static void populate(TenantStore tenant) {
    tenant.runInTransaction(work -> {
      for (int v = 0; v < 6; v++) {
        work.reviews().insert(TckReviews.review(ReviewId.of("rv-" + v), v * 5 + 8));
        work.calibrationSessions().insert(TckCalibration.session(CalibrationSessionId.of("cal-" + v), v + 2));
        work.assessments().insert(TckDevelopment.assessment(AssessmentId.of("as-" + v), v));
        work.developmentPlans().insert(TckDevelopment.plan(PlanId.of("plan-" + v), v));
        work.coachingSessions().insert(TckDevelopment.session(CoachingSessionId.of("cs-" + v), v));
        work.successionPlans().insert(TckDevelopment.succession(PositionId.of("pos-" + v), v));
        work.oneOnOnes().insert(TckFeedback.oneOnOne(OneOnOneId.of("oo-" + v), v));
      }
      for (int v = 0; v < 12; v++) {
        work.feedback().insert(TckFeedback.feedback(FeedbackId.of("fb-" + v), v));
      }
      for (int v = 0; v < 4; v++) {
        work.recognitions().insert(TckRecognitions.recognition(TckRecognitions.id(v), v));
        work.pointsBudgets().insert(TckRecognitions.budget(TckRecognitions.budgetId(v), v));
        work.allocationRuns().insert(TckRewards.run(AllocationRunId.of("run-" + v), v + 1));
      }
    });
  }

  /** Checks every named person's export against the oracle; returns how many people were checked. */
  static int checkEveryone(TenantStore tenant) {
    List<Review> reviews = all(tenant.reviews().stream());
    List<CalibrationSession> sessions = all(tenant.calibrationSessions().stream());
    List<SuccessionPlan> successions = all(tenant.successionPlans().stream());
    List<Recognition> recognitions = all(tenant.recognitions().stream());
    List<PointsBudget> budgets = all(tenant.pointsBudgets().stream());
    List<AllocationRun> runs = all(tenant.allocationRuns().stream());
    List<Feedback> feedback = all(tenant.feedback().stream());
    List<OneOnOne> meetings = all(tenant.oneOnOnes().stream());
    Set<EmployeeId> people = new TreeSet<>();
    reviews.forEach(r -> people.addAll(List.of(r.subject(), r.author())));
    sessions.forEach(s -> s.adjustments().forEach(a -> people.add(a.employee())));
    all(tenant.assessments().stream()).forEach(a -> people.add(a.employee()));
    successions.forEach(p -> p.candidates().forEach(c -> people.add(c.employee())));
    recognitions.forEach(r -> people.addAll(r.receivers()));
    budgets.forEach(b -> people.add(b.giver()));
    runs.forEach(r -> r.receipts().forEach(x -> people.add(x.recipient())));
    feedback.forEach(f -> people.addAll(List.of(f.giver(), f.receiver())));
    meetings.forEach(m -> people.addAll(List.of(m.manager(), m.report())));
    for (EmployeeId e : people) {
      PersonalDataExport export = tenant.personalData().export(e);
      String as = "export of " + e;
      assertThat(export.reviews()).as(as).isEqualTo(sorted(reviews.stream()
          .filter(r -> r.subject().equals(e) || r.author().equals(e)), r -> r.id().value()));
      List<CalibrationAdjustment> adjustments = new ArrayList<>();
      for (CalibrationSession s : sorted(sessions.stream(), s -> s.id().value())) {
        for (Adjustment a : s.adjustments()) {
          if (a.employee().equals(e)) {
            adjustments.add(new CalibrationAdjustment(s.id(), a));
          }
        }
      }
      assertThat(export.calibrationAdjustments()).as(as).isEqualTo(adjustments);
      assertThat(export.assessments()).as(as).isEqualTo(sorted(all(tenant.assessments().stream()).stream()
          .filter(a -> a.employee().equals(e)), a -> a.id().value()));
      assertThat(export.developmentPlans()).as(as).isEqualTo(sorted(all(tenant.developmentPlans().stream()).stream()
          .filter(p -> p.employee().equals(e)), p -> p.id().value()));
      assertThat(export.coachingSessions()).as(as).isEqualTo(sorted(all(tenant.coachingSessions().stream()).stream()
          .filter(s -> s.employee().equals(e)), s -> s.id().value()));
      List<SuccessionCandidacy> candidacies = new ArrayList<>();
      for (SuccessionPlan p : sorted(successions.stream(), p -> p.position().value())) {
        for (Candidate c : p.candidates()) {
          if (c.employee().equals(e)) {
            candidacies.add(new SuccessionCandidacy(p.position(), p.title(), c));
          }
        }
      }
      assertThat(export.successionCandidacies()).as(as).isEqualTo(candidacies);
      assertThat(export.recognitions()).as(as).isEqualTo(sorted(recognitions.stream()
          .filter(r -> r.giver().equals(e) || r.receivers().contains(e)), r -> r.id().value()));
      assertThat(export.pointsBudgets()).as(as).isEqualTo(sorted(budgets.stream().filter(b -> b.giver().equals(e)),
          b -> b.id().value()));
      List<PayReceipt> pay = new ArrayList<>();
      for (AllocationRun run : sorted(runs.stream(), r -> r.id().value())) {
        for (RangeReceipt receipt : run.receipts()) {
          if (receipt.recipient().equals(e)) {
            pay.add(new PayReceipt(run.id(), run.name(), run.budget().currency(), receipt));
          }
        }
      }
      assertThat(export.payReceipts()).as(as).isEqualTo(pay);
      assertThat(export.feedbackReceived()).as(as).isEqualTo(sorted(feedback.stream()
          .filter(f -> f.receiver().equals(e)), f -> f.id().value()).stream().map(ReceivedFeedback::of).toList());
      assertThat(export.feedbackGiven()).as(as).isEqualTo(sorted(feedback.stream().filter(f -> f.giver().equals(e)),
          f -> f.id().value()));
      assertNoOthersAnonymousGiver(export, feedback);
      List<OneOnOne> own = sorted(meetings.stream().filter(m -> m.manager().equals(e) || m.report().equals(e)),
          m -> m.id().value());
      assertThat(export.oneOnOnes()).as(as).hasSameSizeAs(own);
      for (int i = 0; i < own.size(); i++) {
        OneOnOne exported = export.oneOnOnes().get(i);
        assertThat(exported.notes()).as(as).isEqualTo(own.get(i).notesReadableBy(e));
        assertThat(List.of(exported.id(), exported.agenda(), exported.actions()))
            .isEqualTo(List.of(own.get(i).id(), own.get(i).agenda(), own.get(i).actions()));
      }
    }
    return people.size();
  }

  /**
   * Asserts that the export names no giver of anonymous feedback other than its own employee: no
   * received entry names its giver, and only the employee's own feedback is among what they gave.
   */
  static void assertNoOthersAnonymousGiver(PersonalDataExport export, List<Feedback> stored) {
    Set<FeedbackId> anonymous = stored.stream().filter(Feedback::anonymous).map(Feedback::id).collect(Collectors.toSet());
    assertThat(export.feedbackReceived())
        .filteredOn(f -> anonymous.contains(f.id()))
        .allSatisfy(f -> assertThat(f.giver()).isEmpty());
    assertThat(export.feedbackGiven()).allSatisfy(f -> assertThat(f.giver()).isEqualTo(export.employee()));
  }

  static <T> List<T> all(Stream<Versioned<T>> stream) {
    try (stream) {
      return stream.map(Versioned::value).collect(Collectors.toList());
    }
  }

  private static <T> List<T> sorted(Stream<T> items, Function<T, String> key) {
    return items.sorted(Comparator.comparing(key)).toList();
  }
}
