package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.feedback.FeedbackVisibility;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.AccessDecision;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.AccessPolicy;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.feedback.FeedbackEntry;
import dev.pillars.engine.feedback.FeedbackService;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the feedback service refuses before anything is given, with its message (an anonymous
 * giver's refusal names "the caller", never them), and a host policy's denial of withdrawing and of
 * reading one's own given feedback, which the service asks on every call.
 */
class FeedbackGivingChecksTest extends FeedbackTestBase {
  private FeedbackService as(EmployeeId person) {
    return as(Actor.person(person)).feedback();
  }

  private Feedback.Builder feedback(String id, FeedbackKind kind, EmployeeId giver) {
    return feedback(id, kind, giver, clock.instant());
  }

  private Feedback.Builder feedback(String id, FeedbackKind kind, EmployeeId giver, Instant at) {
    Feedback.Builder builder = Feedback.builder();
    builder.id(FeedbackId.of(id)).kind(kind).giver(giver).receiver(BEN).visibility(FeedbackVisibility.RECEIVER)
        .text("Thanks for stopping the line").givenAt(at);
    return builder;
  }

  private long stored() {
    return store.forTenant(ACME).feedback().count();
  }

  @Test
  void requestedFeedbackAndAnswersGoThroughTheirRequests() {
    assertThatThrownBy(() -> as(CLEO).give(feedback("f1", FeedbackKind.REQUESTED, CLEO).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("kind was REQUESTED: must be given as an answer to its request");
    assertThatThrownBy(() -> as(CLEO).give(feedback("f1", FeedbackKind.PRAISE, CLEO).request(FeedbackRequestId.of("ask-ben")).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("request was ask-ben: must be empty: answer requests through the requests");
    Instant later = clock.instant().plusSeconds(60);
    assertThatThrownBy(() -> as(CLEO).give(feedback("f1", FeedbackKind.PRAISE, CLEO, later).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("givenAt was " + later + ": must not be after now");
    assertThat(stored()).isZero();
    assertThat(delivered).isEmpty();
  }

  @Test
  void aNamedGiverIsShownToEveryReader() {
    as(CLEO).give(feedback("f1", FeedbackKind.PRAISE, CLEO).build());

    FeedbackEntry read = as(BEN).feedback(FeedbackId.of("f1"));

    assertThat(read.giver()).contains(CLEO);
    assertThat(read.content().giver()).isEqualTo(CLEO);
  }

  @Test
  void anAnonymousGiversRefusalNamesTheCallerInsteadOfThem() {
    Feedback aboutPia = feedback("f1", FeedbackKind.CONSTRUCTIVE, PIA).anonymous(true)
        .request(FeedbackRequestId.of("ask-pia")).build();

    assertThatThrownBy(() -> as(PIA).give(aboutPia))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("request was 'ask-the caller': must be empty: answer requests through the requests");
    Feedback named = feedback("f2", FeedbackKind.CONSTRUCTIVE, PIA).request(FeedbackRequestId.of("ask-pia")).build();
    assertThatThrownBy(() -> as(PIA).give(named))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("request was ask-pia: must be empty: answer requests through the requests");
    assertThat(stored()).isZero();
  }

  @Test
  void aHostPolicyThatSwitchesOffWithdrawingAndTheGiversViewIsAskedEveryTime() {
    Set<Action> off = EnumSet.of(Action.WITHDRAW_FEEDBACK, Action.VIEW_GIVEN_FEEDBACK);
    AccessPolicy policy = request -> off.contains(request.action())
        ? AccessDecision.deny("switched off in this tenant")
        : AccessPolicy.standard().decide(request);
    Pillars strict = Pillars.builder().store(store).clock(clock).access(policy).events(delivered::addAll).build();
    FeedbackService cleo = strict.tenant(ACME).as(Actor.person(CLEO)).feedback();
    cleo.give(feedback("f1", FeedbackKind.PRAISE, CLEO).build());

    assertThatThrownBy(() -> cleo.withdraw(FeedbackId.of("f1")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:cleo may not WITHDRAW_FEEDBACK feedback f1: switched off in this tenant");
    assertThatThrownBy(cleo::given)
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:cleo may not VIEW_GIVEN_FEEDBACK feedback given: switched off in this tenant");
    assertThatThrownBy(() -> cleo.feedback(FeedbackId.of("f1")))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:cleo may not VIEW_GIVEN_FEEDBACK feedback f1: switched off in this tenant");
    assertThat(store.forTenant(ACME).feedback().find(FeedbackId.of("f1")).orElseThrow().value().isWithdrawn()).isFalse();
    assertThat(as(CLEO).given()).hasSize(1);
  }
}
