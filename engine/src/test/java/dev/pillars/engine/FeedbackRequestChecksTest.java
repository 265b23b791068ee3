package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RespondentStatus;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.AccessDecision;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.AccessPolicy;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.feedback.FeedbackRequestService;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feedback request service's own checks on asking and answering, each with its message and
 * nothing stored, and a host policy's denial of answering and declining.
 */
class FeedbackRequestChecksTest extends FeedbackTestBase {
  private static final FeedbackRequestId ID = FeedbackRequestId.of("q1");
  private static final EmployeeId GHOST = EmployeeId.of("ghost");

  private FeedbackRequestService as(EmployeeId person) {
    return as(Actor.person(person)).feedbackRequests();
  }

  private static FeedbackRequest request(EmployeeId requester, EmployeeId subject, List<EmployeeId> respondents) {
    return FeedbackRequest.of(ID, requester, subject, List.of(Question.freeText("What should I change?")),
        TODAY.plusDays(10), List.of(3), respondents);
  }

  private Feedback.Builder answer(FeedbackKind kind, EmployeeId giver, EmployeeId receiver, Instant at) {
    Feedback.Builder builder = Feedback.builder();
    builder.id(FeedbackId.of("a1")).kind(kind).giver(giver).receiver(receiver).text("Shorter stand-ups").givenAt(at).request(ID);
    return builder;
  }

  private boolean asked() {
    return store.forTenant(ACME).feedbackRequests().find(ID).isPresent();
  }

  @Test
  void aRequestIsAskedByItsRequesterAboutAnEmployeeOfEmployees() {
    assertThatThrownBy(() -> as(CLEO).ask(request(CLEO, BEN, List.of(PIA))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("person:cleo may not REQUEST_FEEDBACK feedback request q1: ");
    assertThatThrownBy(() -> as(ANA).ask(request(BEN, BEN, List.of(PIA))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("requester was ben: must be the actor ana");
    assertThatThrownBy(() -> as(HR).feedbackRequests().ask(request(EngineFixture.HANA, GHOST, List.of(PIA))))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("subject was ghost: must name an employee of the tenant");
    assertThatThrownBy(() -> as(BEN).ask(request(BEN, BEN, List.of(PIA, GHOST))))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("respondents was ghost: must name an employee of the tenant");
    assertThat(asked()).isFalse();
    assertThat(delivered).isEmpty();

    assertThat(as(ANA).ask(request(ANA, BEN, List.of(PIA))).requester()).isEqualTo(ANA);
  }

  @Test
  void anAnswerIsRequestedFeedbackByTheActorToTheSubjectNotLaterThanNow() {
    as(BEN).ask(request(BEN, BEN, List.of(PIA, PAUL)));
    delivered.clear();
    Instant now = clock.instant();

    assertThatThrownBy(() -> as(PIA).answer(answer(FeedbackKind.PRAISE, PIA, BEN, now).build()))
        .isInstanceOf(InvalidInputException.class).hasMessage("kind was PRAISE: must be REQUESTED");
    assertThatThrownBy(() -> as(PIA).answer(answer(FeedbackKind.REQUESTED, PAUL, BEN, now).build()))
        .isInstanceOf(InvalidInputException.class).hasMessage("giver was paul: must be the actor pia");
    assertThatThrownBy(() -> as(PIA).answer(answer(FeedbackKind.REQUESTED, PIA, ANA, now).build()))
        .isInstanceOf(InvalidInputException.class).hasMessage("receiver was ana: must be the request's subject ben");
    Instant later = now.plusSeconds(60);
    assertThatThrownBy(() -> as(PIA).answer(answer(FeedbackKind.REQUESTED, PIA, BEN, later).build()))
        .isInstanceOf(InvalidInputException.class).hasMessage("givenAt was " + later + ": must not be after now");

    assertThat(as(BEN).request(ID).respondents()).containsEntry(PIA, RespondentStatus.PENDING).containsEntry(PAUL, RespondentStatus.PENDING);
    assertThat(store.forTenant(ACME).feedback().count()).isZero();
    assertThat(delivered).isEmpty();
  }

  @Test
  void aHostPolicyDenyingAnswersStopsAnsweringAndDeclining() {
    as(BEN).ask(request(BEN, BEN, List.of(PIA, PAUL)));
    AccessPolicy policy = request -> request.action() == Action.ANSWER_FEEDBACK_REQUEST
        ? AccessDecision.deny("requests are closed")
        : AccessPolicy.standard().decide(request);
    Pillars strict = Pillars.builder().store(store).clock(clock).access(policy).build();

    assertThatThrownBy(() -> strict.tenant(ACME).as(Actor.person(PIA)).feedbackRequests()
            .answer(answer(FeedbackKind.REQUESTED, PIA, BEN, clock.instant()).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:pia may not ANSWER_FEEDBACK_REQUEST feedback request q1: requests are closed");
    assertThatThrownBy(() -> strict.tenant(ACME).as(Actor.person(PAUL)).feedbackRequests().decline(ID))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:paul may not ANSWER_FEEDBACK_REQUEST feedback request q1: requests are closed");
    assertThat(as(BEN).request(ID).respondents()).containsEntry(PIA, RespondentStatus.PENDING).containsEntry(PAUL, RespondentStatus.PENDING);
  }
}
