package dev.pillars.engine.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.org.EmployeeId;
import java.util.Optional;

/**
 * One piece of feedback as a reader may see it: the feedback's content and its giver, who is
 * absent when the feedback is anonymous and the reader is not its giver. The feedback aggregate
 * itself is never handed out, since it holds the anonymous giver.
 *
 * @param giver the giver, if the reader may see them
 * @param content the feedback with its giver replaced by {@link #HIDDEN} when {@link #giver()} is
 *     empty, so that no accessor of it names the giver
 */
public record FeedbackEntry(Optional<EmployeeId> giver, Feedback content) {
  /** The id that stands for a hidden giver in {@link #content()}. */
  public static final EmployeeId HIDDEN = EmployeeId.of("anonymous-giver");

  /**
   * Creates an entry.
   *
   * @param giver the giver, if shown
   * @param content the feedback, whose giver is {@link #HIDDEN} when {@code giver} is empty
   * @throws NullPointerException if an argument is null
   */
  public FeedbackEntry {
    requireNonNull(giver, "giver");
    requireNonNull(content, "content");
  }

  /** Returns the entry of a feedback, with its giver shown or hidden. */
  static FeedbackEntry of(Feedback feedback, boolean showGiver) {
    if (showGiver || !feedback.anonymous()) {
      return new FeedbackEntry(Optional.of(feedback.giver()), feedback);
    }
    return new FeedbackEntry(Optional.empty(), feedback.withGiver(HIDDEN));
  }
}
