package dev.pillars.core.coaching;

import dev.pillars.core.Checks;
import dev.pillars.core.event.Change;
import dev.pillars.core.development.ActionId;
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.value.PillarsStyle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A coaching session between a coach (manager, mentor or external) and a person: the topics, the
 * actions agreed, and the follow-up.
 *
 * <p>Agreed actions are carried into the person's plan by {@link #carryInto}: the {@code i}-th
 * agreed action (from 1) becomes the planned action with id {@code <session id>.<i>}, so carrying
 * twice never adds an action twice. A session is an immutable value; its invariants: at least one
 * topic, no blank text, nobody coaches themselves, the follow-up comes after the session and its
 * notes only with a follow-up.
 */
@Value.Immutable
@PillarsStyle
public abstract class CoachingSession {
  CoachingSession() {}

  /**
   * Returns the session's id.
   *
   * @return the id
   */
  public abstract CoachingSessionId id();

  /**
   * Returns the coach.
   *
   * @return the coach
   */
  public abstract Coach coach();

  /**
   * Returns the person coached.
   *
   * @return the person
   */
  public abstract EmployeeId employee();

  /**
   * Returns the day of the session.
   *
   * @return the day
   */
  public abstract LocalDate heldOn();

  /**
   * Returns the topics discussed, such as {@code "Running the shift meeting"}.
   *
   * @return the topics, at least one, none blank
   */
  public abstract List<String> topics();

  /**
   * Returns the actions agreed, in order.
   *
   * @return the agreed actions; empty unless set
   */
  public abstract List<AgreedAction> agreed();

  /**
   * Returns the day of the follow-up, if one is scheduled.
   *
   * @return the follow-up day, after {@link #heldOn()}
   */
  public abstract Optional<LocalDate> followUp();

  /**
   * Returns what the follow-up found, once it was held.
   *
   * @return the notes; present only with a follow-up
   */
  public abstract Optional<String> followUpNotes();

  /**
   * Returns a builder; {@code id}, {@code coach}, {@code employee}, {@code heldOn} and at least one
   * topic are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Records a session: returns it unchanged with the {@link CoachingSessionRecorded} event.
   *
   * @param session the session
   * @param clock the clock that dates the event
   * @return the session and its event
   * @throws NullPointerException if an argument is null
   */
  public static Change<CoachingSession> record(CoachingSession session, Clock clock) {
    Checks.notNull("session", session);
    return Change.of(session, new CoachingSessionRecorded(session, Checks.notNull("clock", clock).instant()));
  }

  /**
   * Schedules the follow-up, or moves it while it has not been held.
   *
   * @param on the day, after the session
   * @param clock the clock that dates the event
   * @return the session with the follow-up and a {@link FollowUpScheduled} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the follow-up was held or {@code on} is not
   *     after the session
   */
  public Change<CoachingSession> scheduleFollowUp(LocalDate on, Clock clock) {
    Checks.notNull("on", on);
    Checks.notNull("clock", clock);
    Checks.require(followUpNotes().isEmpty(), "followUp", followUp().orElse(null), "must not have been held yet");
    return Change.of(immutable().withFollowUp(on), new FollowUpScheduled(id(), on, clock.instant()));
  }

  /**
   * Records that the follow-up was held.
   *
   * @param notes what it found, not blank
   * @param clock the clock that dates the event
   * @return the session with the notes and a {@link FollowUpHeld} event
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if no follow-up is scheduled, it was held
   *     already, or the notes are blank
   */
  public Change<CoachingSession> holdFollowUp(String notes, Clock clock) {
    Checks.notNull("notes", notes);
    Checks.notNull("clock", clock);
    Checks.notBlank("notes", notes);
    Checks.require(followUp().isPresent(), "followUp", "none", "must be scheduled before it is held");
    Checks.require(followUpNotes().isEmpty(), "followUpNotes", followUpNotes().orElse(""), "must be recorded once");
    return Change.of(immutable().withFollowUpNotes(notes), new FollowUpHeld(id(), notes, clock.instant()));
  }

  /**
   * Returns whether the follow-up is due: scheduled on or before a day, and not held.
   *
   * @param today the day
   * @return whether the follow-up is due
   */
  public boolean followUpDue(LocalDate today) {
    Checks.notNull("today", today);
    return followUpNotes().isEmpty() && followUp().filter(day -> !day.isAfter(today)).isPresent();
  }

  /**
   * Returns the id the {@code index}-th agreed action (from 0) takes in the plan.
   *
   * @param index the agreed action's index
   * @return {@code <session id>.<index + 1>}
   * @throws dev.pillars.core.InvalidInputException if the index is out of range, or the session id
   *     is too long to make an action id of
   */
  public ActionId actionId(int index) {
    Checks.inRange("index", index, 0, agreed().size() - 1);
    return ActionId.of(id().value() + "." + (index + 1));
  }

  /**
   * Carries the agreed actions not yet in the person's plan into it, as planned actions.
   *
   * @param plan the person's plan
   * @param clock the clock that dates the events
   * @return the plan with the actions and an {@code ActionAdded} event for each
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the plan is someone else's, or every agreed
   *     action is in it already (or none was agreed)
   */
  public Change<DevelopmentPlan> carryInto(DevelopmentPlan plan, Clock clock) {
    Checks.notNull("plan", plan);
    Checks.notNull("clock", clock);
    Checks.require(plan.employee().equals(employee()), "plan", plan.id(), "must be the plan of " + employee());
    List<DevelopmentAction> actions = new ArrayList<>();
    for (int i = 0; i < agreed().size(); i++) {
      ActionId id = actionId(i);
      if (plan.action(id).isEmpty()) {
        AgreedAction a = agreed().get(i);
        actions.add(
            DevelopmentAction.builder().id(id).kind(a.kind()).title(a.title()).competency(a.competency()).due(a.due()).build());
      }
    }
    Checks.require(!actions.isEmpty(), "agreed", agreed().size(), "must hold actions not yet carried into plan " + plan.id());
    return plan.add(actions, clock);
  }

  private ImmutableCoachingSession immutable() {
    return (ImmutableCoachingSession) ImmutableCoachingSession.copyOf(this);
  }

  @Value.Check
  void check() {
    Checks.require(!topics().isEmpty(), "topics", topics(), "must hold at least one topic");
    topics().forEach(t -> Checks.notBlank("topics", t));
    coach().employee().ifPresent(c -> Checks.require(!c.equals(employee()), "coach", c, "must not be the person coached"));
    followUp().ifPresent(day -> Checks.require(day.isAfter(heldOn()), "followUp", day, "must be after the session on " + heldOn()));
    followUpNotes().ifPresent(n -> Checks.notBlank("followUpNotes", n));
    Checks.require(followUpNotes().isEmpty() || followUp().isPresent(), "followUpNotes", followUpNotes(), "must come with a follow-up day");
  }

  /** Builds a {@link CoachingSession}; each attribute may be set once. */
  public static final class Builder extends ImmutableCoachingSession.Builder {
    Builder() {}
  }
}
