package dev.pillars.engine.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.engine.review.FeedbackSource;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The feedback workflows of one tenant, for one actor: give feedback of every kind (praise,
 * constructive, 360 and upward; requested feedback goes through {@link FeedbackRequestService}),
 * withdraw it, and read it as its visibility allows.
 *
 * <p>Feedback is given in the actor's own name. Anonymous feedback is written as the package
 * documentation says: its events name no actor, its failures name no giver, and its readers other
 * than the giver get a {@link FeedbackEntry} without the giver. Every write checks access, applies
 * the rule of {@link Feedback}, saves in one unit of work, commits and then delivers the events; a
 * method that throws has changed nothing.
 *
 * <pre>{@code
 * FeedbackService feedback = pillars.tenant(acme).as(Actor.person(ana)).feedback();
 * feedback.give(Feedback.builder().id(FeedbackId.of("f-1")).kind(FeedbackKind.PRAISE).giver(ana)
 *     .receiver(ben).text("Thanks for stopping the line").givenAt(now)
 *     .link(new FeedbackLink.ToValue(CompanyValueId.of("safety"))).build());
 * }</pre>
 */
public final class FeedbackService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.feedback()}.
   *
   * @param call the call context
   */
  public FeedbackService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Gives feedback in the actor's name.
   *
   * @param feedback the feedback, not withdrawn, not answering a request, given by the actor to an
   *     employee of the tenant, dated not after the engine's clock
   * @return the feedback as its giver sees it
   * @throws NullPointerException if {@code feedback} is null
   * @throws dev.pillars.core.InvalidInputException if a rule above is broken (the message names
   *     "the caller" instead of an anonymous giver)
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws AccessDeniedException if the actor may not give feedback in the giver's name
   */
  public FeedbackEntry give(Feedback feedback) {
    requireNonNull(feedback, "feedback");
    return run(feedback, () -> call.write("give feedback", work -> {
      work.require(Action.GIVE_FEEDBACK, Resource.ofEmployee(describe(feedback), feedback.giver()));
      Checks.require(feedback.kind() != FeedbackKind.REQUESTED, "kind", feedback.kind(), "must be given as an answer to its request");
      Checks.require(feedback.request().isEmpty(), "request", feedback.request().orElse(null), "must be empty: answer requests through the requests");
      Checks.require(!feedback.givenAt().isAfter(call.clock().instant()), "givenAt", feedback.givenAt(), "must not be after now");
      Lookups.requireEmployee(work.repositories(), "receiver", feedback.receiver());
      Change<Feedback> change = Feedback.give(feedback, call.clock());
      work.repositories().feedback().insert(change.value());
      return outcome(feedback, change);
    }));
  }

  /**
   * Withdraws feedback the actor gave; it is kept, marked withdrawn.
   *
   * @param id the feedback
   * @return the withdrawn feedback as its giver sees it
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such feedback
   * @throws dev.pillars.core.InvalidInputException if the actor did not give it (without saying who
   *     did) or it is withdrawn already
   * @throws AccessDeniedException if the actor may not withdraw feedback
   */
  public FeedbackEntry withdraw(FeedbackId id) {
    requireNonNull(id, "id");
    EmployeeId self = Anonymously.person(call, "withdraw feedback");
    return Anonymously.run(self, () -> call.write("withdraw feedback", work -> {
      work.require(Action.WITHDRAW_FEEDBACK, Resource.ofEmployee("feedback " + id.value(), self));
      Versioned<Feedback> stored = work.repositories().feedback().find(id).orElseThrow(() -> unknown(id));
      Change<Feedback> change = stored.value().withdraw(self, call.clock());
      work.repositories().feedback().update(change.value(), stored.version());
      return outcome(change.value(), change);
    }));
  }

  /**
   * Returns feedback, if the actor gave it or its visibility lets them read it.
   *
   * @param id the feedback
   * @return the entry, its giver hidden if the feedback is anonymous and the actor is not its giver
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such feedback
   * @throws AccessDeniedException if the actor may not read it
   */
  public FeedbackEntry feedback(FeedbackId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      Feedback feedback = scope.repositories().feedback().find(id).map(Versioned::value).orElseThrow(() -> unknown(id));
      return Visibility.read(call, scope, feedback);
    });
  }

  /**
   * Returns the standing feedback an employee received that the actor may read, oldest first.
   *
   * @param receiver the employee
   * @return the entries, by instant given and then id; withdrawn feedback left out
   * @throws NullPointerException if {@code receiver} is null
   */
  public List<FeedbackEntry> receivedBy(EmployeeId receiver) {
    requireNonNull(receiver, "receiver");
    return call.read(scope -> {
      try (Stream<Versioned<Feedback>> received = scope.repositories().feedback().streamByReceiver(receiver)) {
        return received.map(Versioned::value)
            .filter(f -> !f.isWithdrawn())
            .sorted(Comparator.comparing(Feedback::givenAt).thenComparing(Feedback::id))
            .flatMap(f -> Visibility.readable(call, scope, f).stream())
            .collect(Collectors.toList());
      }
    });
  }

  /**
   * Returns the feedback the actor gave, anonymous and withdrawn included, oldest first: the giver's
   * own view, the only one that shows them their anonymous feedback.
   *
   * @return the entries, each with the actor as giver
   * @throws dev.pillars.core.InvalidInputException if the actor is not a person
   * @throws AccessDeniedException if the actor may not read the feedback they gave
   */
  public List<FeedbackEntry> given() {
    EmployeeId self = Anonymously.person(call, "read the feedback they gave");
    return call.read(scope -> {
      scope.require(Action.VIEW_GIVEN_FEEDBACK, Resource.ofEmployee("feedback given", self));
      try (Stream<Versioned<Feedback>> given = scope.repositories().feedback().streamByGiver(self)) {
        return given.map(Versioned::value)
            .sorted(Comparator.comparing(Feedback::givenAt).thenComparing(Feedback::id))
            .map(f -> FeedbackEntry.of(f, true))
            .collect(Collectors.toList());
      }
    });
  }

  /**
   * Returns what reviews read of the feedback pillar: who received feedback in a period, and a
   * person's 360 results in a period mapped onto a review template's scale. Each call reads the
   * committed data as this service's actor, who needs {@link Action#VIEW_CADENCE} and {@link
   * Action#VIEW_THREE_SIXTY} on the person.
   *
   * @param scale the review template's scale, onto which each 360 question's scale is mapped
   *     linearly (lowest to lowest, highest to highest)
   * @return the source for {@link dev.pillars.engine.review.ReviewService#status} and {@code score}
   * @throws NullPointerException if {@code scale} is null
   */
  public FeedbackSource reviewSource(RatingScale scale) {
    return new ReviewFeedback(call, requireNonNull(scale, "scale"));
  }

  private <R> R run(Feedback feedback, java.util.function.Supplier<R> write) {
    return feedback.anonymous() ? Anonymously.run(feedback.giver(), write) : write.get();
  }

  private static Outcome<FeedbackEntry> outcome(Feedback feedback, Change<Feedback> change) {
    FeedbackEntry entry = FeedbackEntry.of(change.value(), true);
    String key = "feedback:" + feedback.id().value();
    return feedback.anonymous() ? Outcome.anonymous(entry, change, key) : Outcome.of(entry, change, Effect.NONE, key);
  }

  static String describe(Feedback feedback) {
    return "feedback " + feedback.id().value();
  }

  static UnknownReferenceException unknown(FeedbackId id) {
    return new UnknownReferenceException("feedback", id, "must name feedback of the tenant");
  }

  /** Employee lookups the feedback services share. */
  static final class Lookups {
    private Lookups() {}

    static void requireEmployee(Repositories repositories, String field, EmployeeId employee) {
      if (repositories.employees().find(employee).isEmpty()) {
        throw new UnknownReferenceException(field, employee, "must name an employee of the tenant");
      }
    }
  }
}
