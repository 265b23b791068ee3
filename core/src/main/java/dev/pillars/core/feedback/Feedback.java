package dev.pillars.core.feedback;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One piece of feedback from a giver to a receiver: its kind, who may read it, whether it is
 * anonymous, what it is about, its text and, for the kinds that have them, ratings on a scale.
 *
 * <p>An immutable aggregate. {@link #give} announces new feedback and {@link #withdraw} withdraws
 * it; withdrawn feedback is kept, marked with the instant of its withdrawal.
 *
 * <p><b>Anonymity.</b> The giver of anonymous feedback is known to the aggregate (so that the
 * giver can see and withdraw what they gave, and erasure can find it) but to nothing it hands out:
 * {@link #visibleGiver()} is empty, {@link #toString()} shows no giver, the {@link FeedbackGiven}
 * event carries none, and a refused withdrawal does not say who may withdraw. Stores keep the
 * giver of anonymous feedback apart from the feedback itself.
 */
@Value.Immutable
@PillarsStyle
public abstract class Feedback {
  Feedback() {}

  /**
   * Returns the feedback's id.
   *
   * @return the id
   */
  public abstract FeedbackId id();

  /**
   * Returns the kind of feedback.
   *
   * @return the kind
   */
  public abstract FeedbackKind kind();

  /**
   * Returns who gave it; for anonymous feedback, only the giver's own view and the stores read it.
   *
   * @return the giver
   */
  public abstract EmployeeId giver();

  /**
   * Returns who it is about and for.
   *
   * @return the receiver
   */
  public abstract EmployeeId receiver();

  /**
   * Returns whether the giver is hidden from everyone but themself; false unless set.
   *
   * @return whether the feedback is anonymous
   */
  @Value.Default
  public boolean anonymous() {
    return false;
  }

  /**
   * Returns who besides the giver may read it; the receiver only unless set.
   *
   * @return the visibility
   */
  @Value.Default
  public FeedbackVisibility visibility() {
    return FeedbackVisibility.RECEIVER;
  }

  /**
   * Returns the feedback's text.
   *
   * @return the text, not blank
   */
  public abstract String text();

  /**
   * Returns the goal, competency or company value it is about, if any.
   *
   * @return the link
   */
  public abstract Optional<FeedbackLink> link();

  /**
   * Returns the scale of the ratings, present when there are ratings.
   *
   * @return the scale
   */
  public abstract Optional<RatingScale> scale();

  /**
   * Returns the ratings, each on {@link #scale()}; only kinds that {@linkplain
   * FeedbackKind#takesRatings() take ratings} have them.
   *
   * @return the ratings, criteria unique
   */
  public abstract List<Rating> ratings();

  /**
   * Returns when it was given.
   *
   * @return the instant
   */
  public abstract Instant givenAt();

  /**
   * Returns the request it answers, if any.
   *
   * @return the request's id
   */
  public abstract Optional<FeedbackRequestId> request();

  /**
   * Returns when it was withdrawn, if it was.
   *
   * @return the instant of withdrawal
   */
  public abstract Optional<Instant> withdrawnAt();

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the giver as others may see them: the giver, or empty if the feedback is anonymous.
   *
   * @return the visible giver
   */
  public Optional<EmployeeId> visibleGiver() {
    return anonymous() ? Optional.empty() : Optional.of(giver());
  }

  /**
   * Tells whether the feedback was withdrawn.
   *
   * @return whether {@link #withdrawnAt()} is present
   */
  public boolean isWithdrawn() {
    return withdrawnAt().isPresent();
  }

  /**
   * Gives feedback: returns it unchanged with the {@link FeedbackGiven} event that announces it.
   *
   * @param feedback the new feedback, not withdrawn
   * @param clock the clock that dates the event
   * @return the feedback and one event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if the feedback is withdrawn already
   */
  public static Change<Feedback> give(Feedback feedback, Clock clock) {
    Checks.notNull("feedback", feedback);
    Checks.notNull("clock", clock);
    Checks.require(!feedback.isWithdrawn(), "withdrawnAt", feedback.withdrawnAt().orElse(null), "must be empty for new feedback");
    return Change.of(feedback, FeedbackGiven.of(feedback, clock.instant()));
  }

  /**
   * Withdraws the feedback. Only its giver may; it is kept, marked withdrawn.
   *
   * @param by who withdraws it
   * @param clock the clock that dates the withdrawal
   * @return the withdrawn feedback and one {@link FeedbackWithdrawn} event
   * @throws NullPointerException if an argument is null
   * @throws InvalidInputException if {@code by} is not the giver (the message does not say who is)
   *     or the feedback is withdrawn already
   */
  public Change<Feedback> withdraw(EmployeeId by, Clock clock) {
    Checks.notNull("by", by);
    Checks.notNull("clock", clock);
    Checks.require(by.equals(giver()), "withdrawnBy", by, "must be the feedback's giver");
    Checks.require(!isWithdrawn(), "feedback", id(), "must not be withdrawn already");
    Instant now = clock.instant();
    return Change.of(
        ((ImmutableFeedback) ImmutableFeedback.copyOf(this)).withWithdrawnAt(now), new FeedbackWithdrawn(id(), receiver(), now));
  }

  /**
   * Returns the feedback with its giver replaced by a pseudonym, for erasure.
   *
   * @param pseudonym the id that stands for the erased giver
   * @return the pseudonymised feedback
   * @throws NullPointerException if {@code pseudonym} is null
   * @throws InvalidInputException if the pseudonym is the receiver
   */
  public Feedback withGiver(EmployeeId pseudonym) {
    return ((ImmutableFeedback) ImmutableFeedback.copyOf(this)).withGiver(Checks.notNull("pseudonym", pseudonym));
  }

  @Value.Check
  void check() {
    Checks.require(!giver().equals(receiver()), "receiver", receiver(), "must differ from the giver");
    Checks.notBlank("text", text());
    Set<String> criteria = new HashSet<>();
    for (Rating rating : ratings()) {
      Checks.require(criteria.add(rating.criterion()), "ratings", rating.criterion(), "must rate each criterion once");
    }
    if (!ratings().isEmpty()) {
      Checks.require(kind().takesRatings(), "ratings", ratings(), "must be empty for " + kind() + " feedback");
      Checks.require(scale().isPresent(), "scale", null, "must be present when there are ratings");
      List<Double> values = scale().get().values();
      for (Rating rating : ratings()) {
        Checks.require(values.contains(rating.value()), "ratings." + rating.criterion(), rating.value(), "must be one of the scale's values " + values);
      }
    }
    withdrawnAt().ifPresent(at -> Checks.require(!at.isBefore(givenAt()), "withdrawnAt", at, "must not be before givenAt " + givenAt()));
  }

  /**
   * Returns the feedback as text, without its giver when it is anonymous.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "Feedback{id=" + id() + ", kind=" + kind() + ", giver=" + (anonymous() ? "(anonymous)" : giver())
        + ", receiver=" + receiver() + ", visibility=" + visibility() + ", link=" + link().orElse(null)
        + ", ratings=" + ratings() + ", givenAt=" + givenAt() + ", withdrawnAt=" + withdrawnAt().orElse(null) + "}";
  }

  /** Builds a {@link Feedback}; each attribute may be set once. */
  public static final class Builder extends ImmutableFeedback.Builder {
    Builder() {}
  }
}
