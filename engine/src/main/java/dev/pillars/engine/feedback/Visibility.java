package dev.pillars.engine.feedback;

import dev.pillars.core.feedback.Feedback;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import java.util.Optional;

/**
 * Who may read one piece of feedback: its giver (through {@link Action#VIEW_GIVEN_FEEDBACK} on
 * themself, so the decision never depends on who an anonymous giver is), and whoever the action of
 * its visibility allows on its receiver.
 */
final class Visibility {
  private Visibility() {}

  static Action actionOf(Feedback feedback) {
    return switch (feedback.visibility()) {
      case RECEIVER -> Action.VIEW_RECEIVER_FEEDBACK;
      case RECEIVER_AND_MANAGER -> Action.VIEW_MANAGERS_FEEDBACK;
      case PUBLIC -> Action.VIEW_PUBLIC_FEEDBACK;
    };
  }

  /** Returns the entry the actor may read, or throws the denial. */
  static FeedbackEntry read(Call call, Call.Scope scope, Feedback feedback) {
    String description = FeedbackService.describe(feedback);
    if (call.actor() instanceof Actor.Person person && person.employee().equals(feedback.giver())) {
      scope.require(Action.VIEW_GIVEN_FEEDBACK, Resource.ofEmployee(description, person.employee()));
      return FeedbackEntry.of(feedback, true);
    }
    scope.require(actionOf(feedback), Resource.ofEmployee(description, feedback.receiver()));
    return FeedbackEntry.of(feedback, false);
  }

  /** Returns the entry if the actor may read it. */
  static Optional<FeedbackEntry> readable(Call call, Call.Scope scope, Feedback feedback) {
    try {
      return Optional.of(read(call, scope, feedback));
    } catch (AccessDeniedException denied) {
      return Optional.empty();
    }
  }
}
