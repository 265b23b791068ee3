package dev.pillars.core.oneonone;

import dev.pillars.core.Checks;
import dev.pillars.core.event.Change;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A 1:1 conversation between a manager and a report: its date, agenda, notes (private to their
 * author or shared), agreed actions, and whether it was held.
 *
 * <p>An immutable aggregate. Every change returns a {@link Change} with a {@link OneOnOneEvent};
 * {@link #carryOver} schedules the next 1:1 with the actions still open. Only the two participants
 * change it; {@link #notesReadableBy} gives each reader the notes they may read.
 *
 * @param id the 1:1's id
 * @param manager the manager
 * @param report the report, not the manager
 * @param date the day it takes place
 * @param agenda the agenda items, each added by a participant
 * @param notes the notes, each by a participant
 * @param actions the agreed actions, each owned by a participant
 * @param held whether it took place
 */
public record OneOnOne(
    OneOnOneId id,
    EmployeeId manager,
    EmployeeId report,
    LocalDate date,
    List<AgendaItem> agenda,
    List<Note> notes,
    List<ActionItem> actions,
    boolean held) {
  /**
   * Creates a 1:1.
   *
   * @param id the 1:1's id
   * @param manager the manager
   * @param report the report
   * @param date the day it takes place
   * @param agenda the agenda items
   * @param notes the notes
   * @param actions the agreed actions
   * @param held whether it took place
   * @throws NullPointerException if a part is or holds null
   * @throws dev.pillars.core.InvalidInputException if manager and report are one person, or an
   *     item, note or action names someone else
   */
  public OneOnOne {
    Checks.notNull("id", id);
    Checks.notNull("manager", manager);
    Checks.notNull("report", report);
    Checks.notNull("date", date);
    Checks.notNull("agenda", agenda);
    Checks.notNull("notes", notes);
    Checks.notNull("actions", actions);
    Checks.require(!manager.equals(report), "report", report, "must differ from the manager");
    agenda = List.copyOf(Checks.notNull("agenda", agenda));
    notes = List.copyOf(Checks.notNull("notes", notes));
    actions = List.copyOf(Checks.notNull("actions", actions));
    for (AgendaItem item : agenda) {
      participant("agenda.addedBy", item.addedBy(), manager, report);
    }
    for (Note note : notes) {
      participant("notes.author", note.author(), manager, report);
    }
    for (ActionItem action : actions) {
      participant("actions.owner", action.owner(), manager, report);
    }
  }

  private static void participant(String field, EmployeeId who, EmployeeId manager, EmployeeId report) {
    Checks.require(who.equals(manager) || who.equals(report), field, who, "must be the 1:1's manager " + manager + " or report " + report);
  }

  /**
   * Schedules a new, empty 1:1: returns it with the {@link OneOnOneScheduled} event.
   *
   * @param id the 1:1's id
   * @param manager the manager
   * @param report the report
   * @param date the day it takes place
   * @param clock the clock that dates the event
   * @return the change
   */
  public static Change<OneOnOne> schedule(OneOnOneId id, EmployeeId manager, EmployeeId report, LocalDate date, Clock clock) {
    Checks.notNull("clock", clock);
    Checks.notNull("id", id);
    Checks.notNull("manager", manager);
    Checks.notNull("report", report);
    Checks.notNull("date", date);
    OneOnOne meeting = new OneOnOne(id, manager, report, date, List.of(), List.of(), List.of(), false);
    return Change.of(meeting, new OneOnOneScheduled(id, manager, report, date, 0, clock.instant()));
  }

  /**
   * Adds an item to the agenda.
   *
   * @param by who adds it, a participant
   * @param text what to talk about
   * @param clock the clock that dates the event
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if {@code by} is not a participant or the text is blank
   */
  public Change<OneOnOne> addAgendaItem(EmployeeId by, String text, Clock clock) {
    Checks.notNull("by", by);
    Checks.notNull("text", text);
    Checks.notNull("clock", clock);
    List<AgendaItem> next = new ArrayList<>(agenda);
    next.add(new AgendaItem(text, Checks.notNull("by", by)));
    return changed(new OneOnOne(id, manager, report, date, next, notes, actions, held), OneOnOneChanged.Kind.AGENDA_ITEM_ADDED, by, clock);
  }

  /**
   * Adds a note.
   *
   * @param note the note, by a participant
   * @param clock the clock that dates the event
   * @return the change; its event carries no text
   * @throws dev.pillars.core.InvalidInputException if the author is not a participant
   */
  public Change<OneOnOne> addNote(Note note, Clock clock) {
    Checks.notNull("note", note);
    Checks.notNull("clock", clock);
    List<Note> next = new ArrayList<>(notes);
    next.add(Checks.notNull("note", note));
    return changed(new OneOnOne(id, manager, report, date, agenda, next, actions, held), OneOnOneChanged.Kind.NOTE_ADDED, note.author(), clock);
  }

  /**
   * Agrees an action.
   *
   * @param by who records it, a participant
   * @param action the action, owned by a participant
   * @param clock the clock that dates the event
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if {@code by} or the owner is not a participant
   */
  public Change<OneOnOne> agreeAction(EmployeeId by, ActionItem action, Clock clock) {
    Checks.notNull("by", by);
    Checks.notNull("action", action);
    Checks.notNull("clock", clock);
    participant("by", Checks.notNull("by", by), manager, report);
    List<ActionItem> next = new ArrayList<>(actions);
    next.add(Checks.notNull("action", action));
    return changed(new OneOnOne(id, manager, report, date, agenda, notes, next, held), OneOnOneChanged.Kind.ACTION_AGREED, by, clock);
  }

  /**
   * Marks an action done.
   *
   * @param by who marks it, a participant
   * @param index the action's position, from 0
   * @param clock the clock that dates the event
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if {@code by} is not a participant, the index is
   *     outside the actions or the action is done already
   */
  public Change<OneOnOne> completeAction(EmployeeId by, int index, Clock clock) {
    Checks.notNull("clock", clock);
    participant("by", Checks.notNull("by", by), manager, report);
    Checks.inRange("actionIndex", index, 0, actions.size() - 1);
    ActionItem action = actions.get(index);
    Checks.require(!action.done(), "action", action.text(), "must not be done already");
    List<ActionItem> next = new ArrayList<>(actions);
    next.set(index, new ActionItem(action.text(), action.owner(), action.due(), true));
    return changed(new OneOnOne(id, manager, report, date, agenda, notes, next, held), OneOnOneChanged.Kind.ACTION_COMPLETED, by, clock);
  }

  /**
   * Records that the meeting took place; not before its date.
   *
   * @param by who records it, a participant
   * @param clock the clock that dates the event and gives today
   * @return the change
   * @throws dev.pillars.core.InvalidInputException if {@code by} is not a participant, it was held
   *     already or its date is after today
   */
  public Change<OneOnOne> markHeld(EmployeeId by, Clock clock) {
    Checks.notNull("by", by);
    Checks.notNull("clock", clock);
    participant("by", Checks.notNull("by", by), manager, report);
    Checks.notNull("clock", clock);
    Checks.require(!held, "held", true, "must be false: the 1:1 was held already");
    LocalDate today = LocalDate.now(clock);
    Checks.require(!date.isAfter(today), "date", date, "must not be after today " + today + " to hold the 1:1");
    return changed(new OneOnOne(id, manager, report, date, agenda, notes, actions, true), OneOnOneChanged.Kind.HELD, by, clock);
  }

  /**
   * Schedules the next 1:1 of the same pair, carrying over the actions still open.
   *
   * @param nextId the next 1:1's id, not this one's
   * @param nextDate its date, after this one's
   * @param clock the clock that dates the event
   * @return the next 1:1 and its {@link OneOnOneScheduled} event
   * @throws dev.pillars.core.InvalidInputException if the id is this one's or the date not after it
   */
  public Change<OneOnOne> carryOver(OneOnOneId nextId, LocalDate nextDate, Clock clock) {
    Checks.notNull("nextId", nextId);
    Checks.notNull("nextDate", nextDate);
    Checks.notNull("clock", clock);
    Checks.require(!nextId.equals(id), "nextId", nextId, "must differ from this 1:1's id");
    Checks.require(nextDate.isAfter(date), "nextDate", nextDate, "must be after this 1:1's date " + date);
    List<ActionItem> open = actions.stream().filter(a -> !a.done()).toList();
    OneOnOne next = new OneOnOne(nextId, manager, report, nextDate, List.of(), List.of(), open, false);
    return Change.of(next, new OneOnOneScheduled(nextId, manager, report, nextDate, open.size(), clock.instant()));
  }

  /**
   * Returns the notes one reader may read: their own, and the other side's shared ones.
   *
   * @param reader who reads
   * @return the readable notes, in order
   */
  public List<Note> notesReadableBy(EmployeeId reader) {
    Checks.notNull("reader", reader);
    return notes.stream().filter(n -> n.readableBy(reader)).toList();
  }

  /**
   * Returns the 1:1 with one participant's id replaced by a pseudonym, for erasure; their private
   * notes are dropped.
   *
   * @param erased the erased participant
   * @param pseudonym the id that stands for them
   * @return the 1:1
   */
  public OneOnOne withParticipant(EmployeeId erased, EmployeeId pseudonym) {
    Checks.notNull("erased", erased);
    Checks.notNull("pseudonym", pseudonym);
    List<AgendaItem> a = agenda.stream().map(i -> new AgendaItem(i.text(), swap(i.addedBy(), erased, pseudonym))).toList();
    List<Note> n = notes.stream()
        .filter(note -> !(note.author().equals(erased) && note.visibility() == NoteVisibility.PRIVATE))
        .map(note -> new Note(swap(note.author(), erased, pseudonym), note.visibility(), note.text()))
        .toList();
    List<ActionItem> x = actions.stream().map(i -> new ActionItem(i.text(), swap(i.owner(), erased, pseudonym), i.due(), i.done())).toList();
    return new OneOnOne(id, swap(manager, erased, pseudonym), swap(report, erased, pseudonym), date, a, n, x, held);
  }

  private static EmployeeId swap(EmployeeId id, EmployeeId from, EmployeeId to) {
    return id.equals(from) ? to : id;
  }

  private static Change<OneOnOne> changed(OneOnOne next, OneOnOneChanged.Kind kind, EmployeeId by, Clock clock) {
    Checks.notNull("clock", clock);
    DomainEvent event = new OneOnOneChanged(next.id(), kind, by, clock.instant());
    return Change.of(next, event);
  }

  @Override
  public String toString() {
    return "OneOnOne{id=" + id + ", manager=" + manager + ", report=" + report + ", date=" + date + ", agenda="
        + agenda.size() + " items, notes=" + notes + ", actions=" + actions + ", held=" + held + "}";
  }
}
