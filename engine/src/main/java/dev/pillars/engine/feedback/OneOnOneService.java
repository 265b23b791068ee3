package dev.pillars.engine.feedback;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.oneonone.ActionItem;
import dev.pillars.core.oneonone.Note;
import dev.pillars.core.oneonone.NoteVisibility;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The 1:1 workflows of one tenant, for one actor: schedule a 1:1 between a manager and someone who
 * reports to them, add agenda items, notes and agreed actions, complete actions, record that it was
 * held, and schedule the next one with the open actions carried over. Only the two participants
 * change a 1:1. Every read gives the reader only the notes they may read: their own and the shared
 * ones if they take part, none otherwise (a private note is its author's alone, whatever grant the
 * reader holds).
 */
public final class OneOnOneService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.oneOnOnes()}.
   *
   * @param call the call context
   */
  public OneOnOneService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Schedules a 1:1; the actor must be one of its participants.
   *
   * @param id the new 1:1's id
   * @param manager the manager, who manages the report (directly or down the chain)
   * @param report the report
   * @param date the day it takes place
   * @return the 1:1 as stored
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if the manager does not manage the report, the
   *     actor is neither of them, or a rule of {@link OneOnOne} is broken
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not hold 1:1s with the
   *     report
   */
  public OneOnOne schedule(OneOnOneId id, EmployeeId manager, EmployeeId report, LocalDate date) {
    requireNonNull(id, "id");
    requireNonNull(manager, "manager");
    requireNonNull(report, "report");
    requireNonNull(date, "date");
    EmployeeId self = Anonymously.person(call, "schedule a 1:1");
    return call.write("schedule 1:1", work -> {
      work.require(Action.MEET_ONE_ON_ONE, Resource.ofEmployee("1:1 " + id.value(), report));
      FeedbackService.Lookups.requireEmployee(work.repositories(), "report", report);
      Checks.require(work.repositories().organisation().snapshot().manages(manager, report),
          "manager", manager, "must manage the report " + report);
      Checks.require(self.equals(manager) || self.equals(report), "actor", self, "must be the manager or the report");
      Change<OneOnOne> change = OneOnOne.schedule(id, manager, report, date, call.clock());
      work.repositories().oneOnOnes().insert(change.value());
      return Outcome.of(readable(change.value(), self), change, Effect.NONE, key(id));
    });
  }

  /**
   * Adds an agenda item in the actor's name.
   *
   * @param id the 1:1
   * @param text the item
   * @return the 1:1 as the actor may read it
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such 1:1
   * @throws dev.pillars.core.InvalidInputException if the actor does not take part or the text is blank
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not hold 1:1s with the report
   */
  public OneOnOne addAgendaItem(OneOnOneId id, String text) {
    requireNonNull(text, "text");
    return change("add 1:1 agenda item", id, (meeting, by) -> meeting.addAgendaItem(by, text, call.clock()));
  }

  /**
   * Adds a note in the actor's name: private to them, or shared by both participants.
   *
   * @param id the 1:1
   * @param visibility who may read it
   * @param text the note
   * @return the 1:1 as the actor may read it
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such 1:1
   * @throws dev.pillars.core.InvalidInputException if the actor does not take part or the text is blank
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not hold 1:1s with the report
   */
  public OneOnOne addNote(OneOnOneId id, NoteVisibility visibility, String text) {
    requireNonNull(visibility, "visibility");
    requireNonNull(text, "text");
    return change("add 1:1 note", id, (meeting, by) -> meeting.addNote(new Note(by, visibility, text), call.clock()));
  }

  /**
   * Agrees an action, owned by one of the participants.
   *
   * @param id the 1:1
   * @param action the action
   * @return the 1:1 as the actor may read it
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such 1:1
   * @throws dev.pillars.core.InvalidInputException if the actor or the owner does not take part
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not hold 1:1s with the report
   */
  public OneOnOne agreeAction(OneOnOneId id, ActionItem action) {
    requireNonNull(action, "action");
    return change("agree 1:1 action", id, (meeting, by) -> meeting.agreeAction(by, action, call.clock()));
  }

  /**
   * Marks an action done.
   *
   * @param id the 1:1
   * @param index the action's position, from 0
   * @return the 1:1 as the actor may read it
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such 1:1
   * @throws dev.pillars.core.InvalidInputException if the actor does not take part, or the index is
   *     outside the actions or names one done already
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not hold 1:1s with the report
   */
  public OneOnOne completeAction(OneOnOneId id, int index) {
    return change("complete 1:1 action", id, (meeting, by) -> meeting.completeAction(by, index, call.clock()));
  }

  /**
   * Records that the 1:1 took place.
   *
   * @param id the 1:1
   * @return the 1:1 as the actor may read it
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such 1:1
   * @throws dev.pillars.core.InvalidInputException if the actor does not take part, it was held
   *     already, or its date is after today
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not hold 1:1s with the report
   */
  public OneOnOne markHeld(OneOnOneId id) {
    return change("mark 1:1 held", id, (meeting, by) -> meeting.markHeld(by, call.clock()));
  }

  /**
   * Schedules the next 1:1 of the same pair with the actions still open carried over.
   *
   * @param id the 1:1 whose open actions to carry
   * @param nextId the next 1:1's id
   * @param nextDate its date, after this one's
   * @return the next 1:1 as the actor may read it
   * @throws NullPointerException if an argument is null
   * @throws UnknownReferenceException if the tenant has no such 1:1
   * @throws dev.pillars.core.InvalidInputException if the actor does not take part, or a rule of
   *     {@link OneOnOne#carryOver} is broken
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the next id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not hold 1:1s with the report
   */
  public OneOnOne carryOver(OneOnOneId id, OneOnOneId nextId, LocalDate nextDate) {
    requireNonNull(id, "id");
    requireNonNull(nextId, "nextId");
    requireNonNull(nextDate, "nextDate");
    EmployeeId self = Anonymously.person(call, "schedule a 1:1");
    return call.write("carry 1:1 over", work -> {
      OneOnOne meeting = find(work, id).value();
      work.require(Action.MEET_ONE_ON_ONE, report(meeting));
      requireParticipant(meeting, self);
      Change<OneOnOne> change = meeting.carryOver(nextId, nextDate, call.clock());
      work.repositories().oneOnOnes().insert(change.value());
      return Outcome.of(readable(change.value(), self), change, Effect.NONE, key(nextId));
    });
  }

  /**
   * Returns a 1:1 with the notes the actor may read.
   *
   * @param id the 1:1
   * @return the 1:1
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownReferenceException if the tenant has no such 1:1
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read the report's 1:1s
   */
  public OneOnOne oneOnOne(OneOnOneId id) {
    requireNonNull(id, "id");
    return call.read(scope -> {
      OneOnOne meeting = find(scope, id).value();
      scope.require(Action.VIEW_ONE_ON_ONE, report(meeting));
      return readable(meeting, reader());
    });
  }

  /**
   * Returns the 1:1s of a report with any manager, by date, each with the notes the actor may read.
   *
   * @param report the report
   * @return the 1:1s
   * @throws NullPointerException if {@code report} is null
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read the report's 1:1s
   */
  public List<OneOnOne> of(EmployeeId report) {
    requireNonNull(report, "report");
    return call.read(scope -> {
      scope.require(Action.VIEW_ONE_ON_ONE, Resource.ofEmployee("1:1s of " + report.value(), report));
      try (Stream<Versioned<OneOnOne>> meetings = scope.repositories().oneOnOnes().streamByParticipant(report)) {
        return meetings.map(Versioned::value)
            .filter(m -> m.report().equals(report))
            .sorted(Comparator.comparing(OneOnOne::date).thenComparing(OneOnOne::id))
            .map(m -> readable(m, reader()))
            .collect(Collectors.toList());
      }
    });
  }

  private OneOnOne change(String operation, OneOnOneId id, BiFunction<OneOnOne, EmployeeId, Change<OneOnOne>> rule) {
    requireNonNull(id, "id");
    EmployeeId self = Anonymously.person(call, operation);
    return call.write(operation, work -> {
      Versioned<OneOnOne> stored = find(work, id);
      work.require(Action.MEET_ONE_ON_ONE, report(stored.value()));
      requireParticipant(stored.value(), self);
      Change<OneOnOne> change = rule.apply(stored.value(), self);
      work.repositories().oneOnOnes().update(change.value(), stored.version());
      List<DomainEvent> events = new ArrayList<>(change.events());
      return new Outcome<>(readable(change.value(), self), events, Effect.NONE, key(id));
    });
  }

  private static void requireParticipant(OneOnOne meeting, EmployeeId self) {
    Checks.require(self.equals(meeting.manager()) || self.equals(meeting.report()), "actor", self,
        "must be the manager or the report of 1:1 " + meeting.id());
  }

  private @Nullable EmployeeId reader() {
    return call.actor() instanceof Actor.Person person ? person.employee() : null;
  }

  /** The 1:1 with only the notes the reader may read: none unless they take part. */
  private static OneOnOne readable(OneOnOne meeting, @Nullable EmployeeId reader) {
    boolean takesPart = reader != null && (reader.equals(meeting.manager()) || reader.equals(meeting.report()));
    List<Note> notes = takesPart ? meeting.notesReadableBy(reader) : List.of();
    return new OneOnOne(meeting.id(), meeting.manager(), meeting.report(), meeting.date(), meeting.agenda(), notes,
        meeting.actions(), meeting.held());
  }

  private static Versioned<OneOnOne> find(Call.Scope scope, OneOnOneId id) {
    return scope.repositories().oneOnOnes().find(id)
        .orElseThrow(() -> new UnknownReferenceException("oneOnOne", id, "must name a 1:1 of the tenant"));
  }

  private static Resource report(OneOnOne meeting) {
    return Resource.ofEmployee("1:1 " + meeting.id().value(), meeting.report());
  }

  private static String key(OneOnOneId id) {
    return "one-on-one:" + id.value();
  }
}
