package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackGiven;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackLink;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.FeedbackVisibility;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RespondentStatus;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.feedback.FeedbackEntry;
import dev.pillars.engine.feedback.FeedbackRequestService;
import dev.pillars.engine.feedback.FeedbackService;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackServiceTest extends FeedbackTestBase {
  private FeedbackService as(EmployeeId person) {
    return as(Actor.person(person)).feedback();
  }

  private FeedbackRequestService requestsAs(EmployeeId person) {
    return as(Actor.person(person)).feedbackRequests();
  }

  private Feedback.Builder feedback(String id, EmployeeId giver, EmployeeId receiver, FeedbackVisibility visibility) {
    return feedback(id, FeedbackKind.PRAISE, giver, receiver, visibility);
  }

  private Feedback.Builder feedback(String id, FeedbackKind kind, EmployeeId giver, EmployeeId receiver, FeedbackVisibility visibility) {
    Feedback.Builder builder = Feedback.builder();
    builder.id(FeedbackId.of(id)).kind(kind).giver(giver).receiver(receiver).visibility(visibility)
        .text("Thanks for stopping the line").givenAt(clock.instant());
    return builder;
  }

  @Test
  void praiseTiedToAValueIsReadAsItsVisibilityAllows() {
    as(ANA).give(feedback("f1", ANA, BEN, FeedbackVisibility.RECEIVER_AND_MANAGER)
        .link(FeedbackLink.value(CompanyValueId.of("safety"))).build());
    as(CLEO).give(feedback("f2", CLEO, BEN, FeedbackVisibility.RECEIVER).build());
    as(CLEO).give(feedback("f3", CLEO, BEN, FeedbackVisibility.PUBLIC).build());

    assertThat(as(BEN).receivedBy(BEN)).extracting(e -> e.content().id().value()).containsExactly("f1", "f2", "f3");
    assertThat(as(ANA).receivedBy(BEN)).extracting(e -> e.content().id().value()).containsExactly("f1", "f3");
    assertThat(as(PIA).receivedBy(BEN)).extracting(e -> e.content().id().value()).containsExactly("f3");
    // HR sees aggregates: no grant reads single feedback
    assertThat(as(HR).feedback().receivedBy(BEN)).extracting(e -> e.content().id().value()).containsExactly("f3");
    assertThatThrownBy(() -> as(PIA).feedback(FeedbackId.of("f2"))).isInstanceOf(AccessDeniedException.class);
    assertThat(as(CLEO).feedback(FeedbackId.of("f2")).giver()).contains(CLEO);
    assertThat(delivered).allMatch(e -> e.event() instanceof FeedbackGiven);
  }

  @Test
  void anonymousFeedbackNamesItsGiverToNobodyButTheGiver() {
    FeedbackEntry given = as(CLEO).give(feedback("f1", FeedbackKind.CONSTRUCTIVE, CLEO, BEN, FeedbackVisibility.RECEIVER_AND_MANAGER)
        .anonymous(true).build());
    assertThat(given.giver()).contains(CLEO);

    FeedbackEntry read = as(BEN).feedback(FeedbackId.of("f1"));
    FeedbackEntry byManager = as(ANA).receivedBy(BEN).get(0);
    assertThat(read.giver()).isEmpty();
    assertThat(byManager.giver()).isEmpty();
    assertThat(read.content().giver()).isEqualTo(FeedbackEntry.HIDDEN);
    assertThat(read + " " + read.content().visibleGiver() + byManager).doesNotContain("cleo");
    assertThat(as(CLEO).given()).extracting(FeedbackEntry::giver).containsExactly(Optional.of(CLEO));
    assertThatThrownBy(() -> as(BEN).withdraw(FeedbackId.of("f1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("cleo");

    as(CLEO).withdraw(FeedbackId.of("f1"));

    assertThat(as(BEN).receivedBy(BEN)).isEmpty();
    assertThat(delivered).hasSize(2);
    assertThat(deliveredText()).doesNotContain("cleo").contains("anonymous");
  }

  @Test
  void aRefusedAnonymousGiftDoesNotNameTheGiverAndChangesNothing() {
    Feedback twice = feedback("f0", CLEO, BEN, FeedbackVisibility.RECEIVER).anonymous(true).build();
    as(CLEO).give(twice);
    as(CLEO).withdraw(twice.id());
    delivered.clear();
    assertThatThrownBy(() -> as(CLEO).withdraw(twice.id()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("cleo");
    assertThatThrownBy(() -> as(CLEO).give(feedback("f1", FeedbackKind.REQUESTED, CLEO, BEN, FeedbackVisibility.RECEIVER)
            .anonymous(true).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("cleo");
    assertThatThrownBy(() -> as(CLEO).give(feedback("f1", CLEO, EmployeeId.of("nobody"), FeedbackVisibility.RECEIVER)
            .anonymous(true).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("cleo");
    assertThatThrownBy(() -> as(CLEO).give(feedback("f1", BEN, ANA, FeedbackVisibility.RECEIVER).build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CLEO).give(null)).isInstanceOf(NullPointerException.class).hasMessage("feedback");
    assertThat(as(CLEO).given()).extracting(e -> e.content().id().value()).containsExactly("f0");
    assertThat(delivered).isEmpty();
  }

  @Test
  void requestsAreAnsweredOrDeclinedWithAStatusPerRespondentAndReminders() {
    FeedbackRequestId id = FeedbackRequestId.of("q1");
    requestsAs(BEN).ask(FeedbackRequest.of(id, BEN, BEN, List.of(Question.freeText("What should I change?")),
        TODAY.plusDays(10), List.of(3), List.of(PIA, PAUL, CLEO)));

    requestsAs(PIA).answer(Feedback.builder().id(FeedbackId.of("a1")).kind(FeedbackKind.REQUESTED).giver(PIA).receiver(BEN)
        .text("Shorter stand-ups").givenAt(clock.instant()).request(id).build());
    requestsAs(PAUL).decline(id);
    assertThatThrownBy(() -> requestsAs(CLEO).answer(Feedback.builder().id(FeedbackId.of("a2")).kind(FeedbackKind.REQUESTED)
            .giver(CLEO).receiver(BEN).text("Fine").anonymous(true).givenAt(clock.instant()).request(id).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("anonymous");

    FeedbackRequest request = requestsAs(ANA).request(id);
    assertThat(request.respondents()).containsEntry(PIA, RespondentStatus.ANSWERED)
        .containsEntry(PAUL, RespondentStatus.DECLINED).containsEntry(CLEO, RespondentStatus.PENDING);
    assertThat(requestsAs(BEN).remindersDue(id, TODAY.plusDays(7))).containsExactly(CLEO);
    assertThat(requestsAs(BEN).remindersDue(id, TODAY.plusDays(8))).isEmpty();
    assertThat(as(BEN).receivedBy(BEN)).extracting(e -> e.content().id().value()).containsExactly("a1");
    assertThatThrownBy(() -> requestsAs(CLEO).request(id)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> requestsAs(PIA).decline(id)).isInstanceOf(InvalidInputException.class);
  }
}
