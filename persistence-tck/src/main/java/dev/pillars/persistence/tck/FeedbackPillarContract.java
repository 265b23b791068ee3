package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.oneonone.NoteVisibility;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import dev.pillars.persistence.spi.AggregateRepository;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The feedback pillar's own queries (feedback by receiver and by giver, anonymous included; 1:1s by
 * participant) and its erasure rules: feedback a person gave is kept under the pseudonym, what they
 * received and what is about them is removed, their private 1:1 notes go, and surveys keep every
 * response so that their results are unchanged.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class FeedbackPillarContract extends TenantContract {
  private final EmployeeId pseudonym = EmployeeId.of("erased-fb-91c2");

  /** Creates the group; a subclass says how to reach the store. */
  protected FeedbackPillarContract() {}

  private static <T> List<T> values(Stream<Versioned<T>> stream) {
    try (stream) {
      return stream.map(Versioned::value).sorted(java.util.Comparator.comparing(Object::toString)).collect(Collectors.toList());
    }
  }

  private static <I, T> T only(AggregateRepository<I, T> repository, I id) {
    return repository.find(id).orElseThrow().value();
  }

  /** Tests the queries by receiver, giver and participant. */
  @Test
  @DisplayName("feedback is found by receiver and by giver, anonymous feedback by its giver too; 1:1s by either participant")
  void queries() {
    TenantStore tenant = newTenant();
    List<Feedback> stored = List.of(
        TckFeedback.feedback(FeedbackId.of("f0"), 0), TckFeedback.feedback(FeedbackId.of("f1"), 1), TckFeedback.feedback(FeedbackId.of("f4"), 4));
    tenant.inTransaction(work -> {
      for (Feedback f : stored) {
        work.feedback().insert(f);
      }
      return stored.size();
    });
    for (Feedback f : stored) {
      assertThat(values(tenant.feedback().streamByReceiver(f.receiver())))
          .containsExactlyElementsOf(stored.stream().filter(o -> o.receiver().equals(f.receiver())).sorted(java.util.Comparator.comparing(Object::toString)).toList());
      assertThat(values(tenant.feedback().streamByGiver(f.giver()))).contains(f);
    }
    assertThat(values(tenant.feedback().streamByGiver(EmployeeId.of("nobody")))).isEmpty();
    OneOnOne meeting = TckFeedback.oneOnOne(OneOnOneId.of("m0"), 1);
    tenant.inTransaction(work -> work.oneOnOnes().insert(meeting));
    assertThat(values(tenant.oneOnOnes().streamByParticipant(meeting.manager()))).containsExactly(meeting);
    assertThat(values(tenant.oneOnOnes().streamByParticipant(meeting.report()))).containsExactly(meeting);
    assertThatThrownBy(() -> tenant.feedback().streamByGiver(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> tenant.feedback().insert(stored.get(0))).isInstanceOf(TransactionRequiredException.class);
  }

  /** Tests anonymous feedback inserted in several batches, and updates between anonymous and named. */
  @Test
  @DisplayName("anonymous feedback inserted in several batches keeps every giver, and updates between anonymous and named keep it too")
  void anonymousGiversAcrossBatchesAndUpdates() {
    TenantStore tenant = newTenant();
    List<Feedback> stored = IntStream.range(0, 9).mapToObj(v -> TckFeedback.feedback(FeedbackId.of("b" + v), v)).toList();
    assertThat(stored.stream().filter(Feedback::anonymous).count()).as("anonymous feedback in three batches of two").isEqualTo(4);
    long inserted = tenant.inTransaction(work -> work.feedback().insertAll(stored.iterator(), 2));
    assertThat(inserted).isEqualTo(stored.size());
    for (Feedback f : stored) {
      assertThat(only(tenant.feedback(), f.id())).isEqualTo(f);
      assertThat(values(tenant.feedback().streamByGiver(f.giver()))).contains(f);
    }
    Feedback anonymous = stored.get(1);
    Feedback named = TckFeedback.feedback(anonymous.id(), 1, false);
    tenant.inTransaction(work -> work.feedback().update(named, 1));
    assertThat(only(tenant.feedback(), anonymous.id())).isEqualTo(named);
    assertThat(values(tenant.feedback().streamByGiver(anonymous.giver()))).contains(named).doesNotContain(anonymous);
    tenant.inTransaction(work -> work.feedback().update(anonymous, 2));
    assertThat(only(tenant.feedback(), anonymous.id())).isEqualTo(anonymous);
    assertThat(values(tenant.feedback().streamByGiver(anonymous.giver()))).contains(anonymous).doesNotContain(named);
  }

  /** Tests erasure of a giver, a receiver, a rater and a survey respondent. */
  @Test
  @DisplayName("erasure keeps given feedback under the pseudonym, removes what is about the person, and leaves survey results as they were")
  void erasure() {
    TenantStore tenant = newTenant();
    Feedback anonymous = TckFeedback.feedback(FeedbackId.of("f1"), 1); // anonymous, from person 1
    EmployeeId giver = anonymous.giver();
    Feedback toGiver = Feedback.builder()
        .id(FeedbackId.of("f-about")).kind(dev.pillars.core.feedback.FeedbackKind.PRAISE).giver(EmployeeId.of("someone-else"))
        .receiver(giver).text("Thanks").givenAt(TckData.instant(1)).build();
    FeedbackRequest aboutGiver = TckFeedback.request(FeedbackRequestId.of("q1"), 0); // subject person 1
    FeedbackRequest askedGiver = TckFeedback.request(FeedbackRequestId.of("q2"), 1); // requester person 1
    ThreeSixtyRound rated = TckFeedback.round(ThreeSixtyRoundId.of("r1"), 1);
    EmployeeId rater = TckFeedback.person(31);
    OneOnOne managed = TckFeedback.oneOnOne(OneOnOneId.of("m1"), 1);
    Survey survey = TckFeedback.survey(SurveyId.of("s1"), 1);
    tenant.inTransaction(work -> {
      work.feedback().insert(anonymous);
      work.feedback().insert(toGiver);
      work.feedbackRequests().insert(aboutGiver);
      work.feedbackRequests().insert(askedGiver);
      work.threeSixtyRounds().insert(rated);
      work.oneOnOnes().insert(managed);
      return work.surveys().insert(survey);
    });

    ErasureReport report = tenant.inTransaction(work -> work.personalData().erase(giver, pseudonym));
    assertThat(report.removed()).isGreaterThanOrEqualTo(2);
    Feedback kept = only(tenant.feedback(), anonymous.id());
    assertThat(kept.giver()).isEqualTo(pseudonym);
    assertThat(kept.anonymous()).isTrue();
    assertThat(kept.text()).isEqualTo(anonymous.text());
    assertThat(values(tenant.feedback().streamByGiver(pseudonym))).containsExactly(kept);
    assertThat(tenant.feedback().find(toGiver.id())).isEmpty();
    assertThat(tenant.feedbackRequests().find(aboutGiver.id())).isEmpty();
    assertThat(only(tenant.feedbackRequests(), askedGiver.id()).requester()).isEqualTo(pseudonym);

    tenant.inTransaction(work -> work.personalData().erase(rater, EmployeeId.of("erased-rater")));
    ThreeSixtyRound round = only(tenant.threeSixtyRounds(), rated.id());
    assertThat(round.answers()).isEqualTo(rated.answers());
    assertThat(round.answered()).contains(EmployeeId.of("erased-rater")).doesNotContain(rater);

    tenant.inTransaction(work -> work.personalData().erase(managed.manager(), EmployeeId.of("erased-manager")));
    OneOnOne meeting = only(tenant.oneOnOnes(), managed.id());
    assertThat(meeting.manager()).isEqualTo(EmployeeId.of("erased-manager"));
    assertThat(meeting.notes()).noneMatch(n -> n.visibility() == NoteVisibility.PRIVATE && n.author().equals(EmployeeId.of("erased-manager")));
    tenant.inTransaction(work -> work.personalData().erase(managed.report(), EmployeeId.of("erased-report")));
    assertThat(tenant.oneOnOnes().find(managed.id())).isEmpty();

    EmployeeId respondent = TckFeedback.person(50);
    tenant.inTransaction(work -> work.personalData().erase(respondent, EmployeeId.of("erased-respondent")));
    Survey after = only(tenant.surveys(), survey.id());
    assertThat(after.answers()).isEqualTo(survey.answers());
    java.time.LocalDate closed = survey.window().end().plusDays(1);
    assertThat(after.results(closed)).isEqualTo(survey.results(closed));
    assertThat(after.population()).doesNotContain(respondent);
  }
}
