package dev.pillars.engine.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackRequest;
import dev.pillars.core.feedback.FeedbackRequestId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The feedback request workflows of one tenant, for one actor: ask people for feedback about
 * someone, answer (with {@link FeedbackKind#REQUESTED} feedback) or decline, and read a request's
 * status per respondent and its reminders due. Answers are never anonymous, since the status per
 * respondent names who answered; anonymous input belongs in a 360 round.
 */
public final class FeedbackRequestService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.feedbackRequests()}.
   *
   * @param call the call context
   */
  public FeedbackRequestService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Asks for feedback.
   *
   * @param request the new request, every respondent pending, due today or later; its requester
   *     the actor, its subject and respondents employees of the tenant
   * @return the request as stored
   * @throws NullPointerException if {@code request} is null
   * @throws dev.pillars.core.InvalidInputException if a rule above is broken
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not ask about the
   *     subject
   */
  public FeedbackRequest ask(FeedbackRequest request) {
    requireNonNull(request, "request");
    EmployeeId self = Anonymously.person(call, "ask for feedback");
    return call.write("request feedback", work -> {
      work.require(Action.REQUEST_FEEDBACK, subject(request));
      Checks.require(request.requester().equals(self), "requester", request.requester(), "must be the actor " + self);
      FeedbackService.Lookups.requireEmployee(work.repositories(), "subject", request.subject());
      request.respondents().keySet().forEach(r -> FeedbackService.Lookups.requireEmployee(work.repositories(), "respondents", r));
      Change<FeedbackRequest> change = FeedbackRequest.create(request, call.clock());
      work.repositories().feedbackRequests().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(request.id()));
    });
  }

  /**
   * Answers a request the actor was asked: gives the feedback and marks them answered, in one unit
   * of work.
   *
   * @param answer the feedback: kind {@link FeedbackKind#REQUESTED}, naming the request, given by
   *     the actor to the request's subject, not anonymous, dated not after now
   * @return the answer as stored
   * @throws NullPointerException if {@code answer} is null
   * @throws UnknownReferenceException if the tenant has no such request
   * @throws dev.pillars.core.InvalidInputException if a rule above is broken, or the actor is not
   *     pending in the request
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not answer requests
   */
  public FeedbackEntry answer(Feedback answer) {
    requireNonNull(answer, "answer");
    EmployeeId self = Anonymously.person(call, "answer a feedback request");
    FeedbackRequestId id = answer.request().orElseThrow(
        () -> new dev.pillars.core.InvalidInputException("request", null, "must name the request it answers"));
    return call.write("answer feedback request", work -> {
      work.require(Action.ANSWER_FEEDBACK_REQUEST, Resource.ofEmployee("feedback request " + id.value(), self));
      Versioned<FeedbackRequest> stored = find(work, id);
      Checks.require(answer.kind() == FeedbackKind.REQUESTED, "kind", answer.kind(), "must be REQUESTED");
      Checks.require(!answer.anonymous(), "anonymous", true, "must be false: the request's status names who answered");
      Checks.require(answer.giver().equals(self), "giver", answer.giver(), "must be the actor " + self);
      Checks.require(answer.receiver().equals(stored.value().subject()), "receiver", answer.receiver(),
          "must be the request's subject " + stored.value().subject());
      Checks.require(!answer.givenAt().isAfter(call.clock().instant()), "givenAt", answer.givenAt(), "must not be after now");
      Change<FeedbackRequest> answered = stored.value().answer(self, call.clock());
      Change<Feedback> given = Feedback.give(answer, call.clock());
      work.repositories().feedbackRequests().update(answered.value(), stored.version());
      work.repositories().feedback().insert(given.value());
      List<DomainEvent> events = new ArrayList<>(given.events());
      events.addAll(answered.events());
      return new Outcome<>(FeedbackEntry.of(answer, true), events, Effect.NONE, key(id));
    });
  }

  /**
   * Declines a request the actor was asked.
   *
   * @param id the request
   * @return the request as stored
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such request
   * @throws dev.pillars.core.InvalidInputException if the actor is not pending in it
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not answer requests
   */
  public FeedbackRequest decline(FeedbackRequestId id) {
    requireNonNull(id, "id");
    EmployeeId self = Anonymously.person(call, "decline a feedback request");
    return call.write("decline feedback request", work -> {
      work.require(Action.ANSWER_FEEDBACK_REQUEST, Resource.ofEmployee("feedback request " + id.value(), self));
      Versioned<FeedbackRequest> stored = find(work, id);
      Change<FeedbackRequest> change = stored.value().decline(self, call.clock());
      work.repositories().feedbackRequests().update(change.value(), stored.version());
      return Outcome.of(change.value(), change, Effect.NONE, key(id));
    });
  }

  /**
   * Returns a request with its status per respondent.
   *
   * @param id the request
   * @return the request
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such request
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read requests
   *     about its subject
   */
  public FeedbackRequest request(FeedbackRequestId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      FeedbackRequest request = find(scope, id).value();
      scope.require(Action.VIEW_FEEDBACK_REQUEST, subject(request));
      return request;
    });
  }

  /**
   * Returns whom to remind of a request on a day: the respondents still pending, on its reminder
   * days and after its due date.
   *
   * @param id the request
   * @param day the day
   * @return the respondents to remind, empty on other days
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such request
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read requests
   *     about its subject
   */
  public List<EmployeeId> remindersDue(FeedbackRequestId id, LocalDate day) {
    requireNonNull(day, "day");
    return request(id).remindersDue(day);
  }

  private static Versioned<FeedbackRequest> find(Call.Scope scope, FeedbackRequestId id) {
    return scope.repositories().feedbackRequests().find(id)
        .orElseThrow(() -> new UnknownReferenceException("request", id, "must name a feedback request of the tenant"));
  }

  private static Resource subject(FeedbackRequest request) {
    return Resource.ofEmployee("feedback request " + request.id().value(), request.subject());
  }

  private static String key(FeedbackRequestId id) {
    return "feedback-request:" + id.value();
  }
}
