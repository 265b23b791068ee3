package dev.pillars.core.oneonone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One-on-ones: the exact events of each change, who may do what, erasure, and each rule's message. */
class OneOnOneMutationTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  static final EmployeeId MAX = EmployeeId.of("max");
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final EmployeeId EVE = EmployeeId.of("eve");
  static final OneOnOneId M1 = OneOnOneId.of("m1");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  static OneOnOne meeting() {
    return OneOnOne.schedule(M1, MAX, ANA, DAY, CLOCK).value();
  }

  @Test
  void eachChangeRecordsItsKindAndWhoMadeIt() {
    Change<OneOnOne> scheduled = OneOnOne.schedule(M1, MAX, ANA, DAY, CLOCK);
    assertThat(scheduled.events()).containsExactly(new OneOnOneScheduled(M1, MAX, ANA, DAY, 0, CLOCK.instant()));
    assertThat(scheduled.value().held()).isFalse();
    assertThat(scheduled.events().get(0).aggregateId()).isEqualTo("m1");

    Change<OneOnOne> agenda = scheduled.value().addAgendaItem(ANA, "Pay", CLOCK);
    assertThat(agenda.value().agenda()).containsExactly(new AgendaItem("Pay", ANA));
    assertThat(agenda.events()).containsExactly(new OneOnOneChanged(M1, OneOnOneChanged.Kind.AGENDA_ITEM_ADDED, ANA, CLOCK.instant()));

    Change<OneOnOne> note = agenda.value().addNote(new Note(MAX, NoteVisibility.SHARED, "ok"), CLOCK);
    assertThat(note.events()).containsExactly(new OneOnOneChanged(M1, OneOnOneChanged.Kind.NOTE_ADDED, MAX, CLOCK.instant()));

    Change<OneOnOne> agreed = note.value().agreeAction(ANA, ActionItem.open("Plan", ANA, DAY), CLOCK);
    assertThat(agreed.value().actions()).containsExactly(new ActionItem("Plan", ANA, DAY, false));
    assertThat(agreed.events()).containsExactly(new OneOnOneChanged(M1, OneOnOneChanged.Kind.ACTION_AGREED, ANA, CLOCK.instant()));

    Change<OneOnOne> done = agreed.value().completeAction(MAX, 0, CLOCK);
    assertThat(done.value().actions()).containsExactly(new ActionItem("Plan", ANA, DAY, true));
    assertThat(done.events()).containsExactly(new OneOnOneChanged(M1, OneOnOneChanged.Kind.ACTION_COMPLETED, MAX, CLOCK.instant()));

    Change<OneOnOne> held = done.value().markHeld(ANA, CLOCK);
    assertThat(held.value().held()).isTrue();
    assertThat(held.value().agenda()).isEqualTo(done.value().agenda());
    assertThat(held.events()).containsExactly(new OneOnOneChanged(M1, OneOnOneChanged.Kind.HELD, ANA, CLOCK.instant()));
  }

  @Test
  void onlyParticipantsActAndAnActionIsDoneOnce() {
    OneOnOne m = meeting().agreeAction(MAX, ActionItem.open("Book", MAX, DAY), CLOCK).value();
    assertThatThrownBy(() -> m.agreeAction(EVE, ActionItem.open("x", MAX, DAY), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("by was eve: must be the 1:1's manager max or report ana");
    assertThatThrownBy(() -> m.agreeAction(MAX, ActionItem.open("x", EVE, DAY), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actions.owner was eve: must be the 1:1's manager max or report ana");
    assertThatThrownBy(() -> m.addAgendaItem(EVE, "x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("agenda.addedBy was eve: must be the 1:1's manager max or report ana");
    assertThatThrownBy(() -> m.completeAction(EVE, 0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("by was eve: must be the 1:1's manager max or report ana");
    assertThatThrownBy(() -> m.markHeld(EVE, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("by was eve: must be the 1:1's manager max or report ana");
    assertThatThrownBy(() -> m.completeAction(MAX, 1, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actionIndex was 1: must be between 0 and 0");
    assertThatThrownBy(() -> m.completeAction(MAX, -1, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actionIndex was -1: must be between 0 and 0");
    OneOnOne done = m.completeAction(ANA, 0, CLOCK).value();
    assertThatThrownBy(() -> done.completeAction(ANA, 0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("action was 'Book': must not be done already");
    OneOnOne held = done.markHeld(MAX, CLOCK).value();
    assertThatThrownBy(() -> held.markHeld(MAX, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("held was true: must be false: the 1:1 was held already");
    assertThat(m.actions().get(0).done()).isFalse();
  }

  @Test
  void carriesOverOnlyOpenActionsToALaterMeeting() {
    OneOnOne m = meeting()
        .agreeAction(MAX, ActionItem.open("a", MAX, DAY), CLOCK).value()
        .agreeAction(MAX, ActionItem.open("b", ANA, DAY), CLOCK).value()
        .agreeAction(MAX, ActionItem.open("c", ANA, DAY), CLOCK).value()
        .completeAction(MAX, 1, CLOCK).value()
        .addAgendaItem(MAX, "old", CLOCK).value();
    Change<OneOnOne> next = m.carryOver(OneOnOneId.of("m2"), DAY.plusDays(1), CLOCK);
    assertThat(next.value()).isEqualTo(new OneOnOne(OneOnOneId.of("m2"), MAX, ANA, DAY.plusDays(1), List.of(), List.of(),
        List.of(ActionItem.open("a", MAX, DAY), ActionItem.open("c", ANA, DAY)), false));
    assertThat(next.events()).containsExactly(new OneOnOneScheduled(OneOnOneId.of("m2"), MAX, ANA, DAY.plusDays(1), 2, CLOCK.instant()));
    assertThatThrownBy(() -> m.carryOver(M1, DAY.plusDays(1), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("nextId was m1: must differ from this 1:1's id");
  }

  @Test
  void aMeetingOnTheDayCanBeHeld() {
    assertThat(meeting().markHeld(MAX, CLOCK).value().held()).isTrue();
    OneOnOne earlier = OneOnOne.schedule(M1, MAX, ANA, DAY.minusDays(3), CLOCK).value();
    assertThat(earlier.markHeld(ANA, CLOCK).value().held()).isTrue();
  }

  @Test
  void notesAreReadByTheirAuthorOrEveryoneWhenShared() {
    Note privateToMax = new Note(MAX, NoteVisibility.PRIVATE, "secret");
    Note shared = new Note(MAX, NoteVisibility.SHARED, "open");
    assertThat(privateToMax.readableBy(MAX)).isTrue();
    assertThat(privateToMax.readableBy(ANA)).isFalse();
    assertThat(shared.readableBy(ANA)).isTrue();
    assertThat(privateToMax).hasToString("Note{author=max, visibility=PRIVATE, 6 chars}");
    OneOnOne m = meeting().addNote(privateToMax, CLOCK).value().addNote(shared, CLOCK).value();
    assertThat(m.notesReadableBy(ANA)).containsExactly(shared);
    assertThat(m.notesReadableBy(MAX)).containsExactly(privateToMax, shared);
  }

  @Test
  void erasureSwapsTheParticipantEverywhereAndDropsOnlyTheirPrivateNotes() {
    EmployeeId gone = EmployeeId.of("erased-1");
    OneOnOne m = meeting()
        .addAgendaItem(MAX, "m-agenda", CLOCK).value()
        .addAgendaItem(ANA, "a-agenda", CLOCK).value()
        .addNote(new Note(MAX, NoteVisibility.PRIVATE, "max private"), CLOCK).value()
        .addNote(new Note(MAX, NoteVisibility.SHARED, "max shared"), CLOCK).value()
        .addNote(new Note(ANA, NoteVisibility.PRIVATE, "ana private"), CLOCK).value()
        .agreeAction(MAX, ActionItem.open("m-act", MAX, DAY), CLOCK).value()
        .agreeAction(MAX, ActionItem.open("a-act", ANA, DAY), CLOCK).value()
        .completeAction(MAX, 0, CLOCK).value()
        .markHeld(MAX, CLOCK).value();
    OneOnOne erased = m.withParticipant(MAX, gone);
    assertThat(erased).isEqualTo(new OneOnOne(M1, gone, ANA, DAY,
        List.of(new AgendaItem("m-agenda", gone), new AgendaItem("a-agenda", ANA)),
        List.of(new Note(gone, NoteVisibility.SHARED, "max shared"), new Note(ANA, NoteVisibility.PRIVATE, "ana private")),
        List.of(new ActionItem("m-act", gone, DAY, true), ActionItem.open("a-act", ANA, DAY)),
        true));
  }

  @Test
  void describesItselfWithoutNoteText() {
    OneOnOne m = meeting().addAgendaItem(ANA, "Pay", CLOCK).value();
    assertThat(m).hasToString("OneOnOne{id=m1, manager=max, report=ana, date=2026-03-02, agenda=1 items, notes=[], actions=[], held=false}");
    assertThat(M1).hasToString("m1");
    assertThat(M1.compareTo(OneOnOneId.of("m2"))).isNegative();
    assertThat(OneOnOneId.of("m2").compareTo(M1)).isPositive();
  }

  @Test
  void rejectsBadValues() {
    assertThatThrownBy(() -> ActionItem.open(" ", MAX, DAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("text was ' ': must not be blank");
    assertThatThrownBy(() -> new AgendaItem("", MAX))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("text was '': must not be blank");
    assertThatThrownBy(() -> new Note(MAX, NoteVisibility.SHARED, " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("text was ' ': must not be blank");
    assertThatThrownBy(() -> new OneOnOneScheduled(M1, MAX, ANA, DAY, -1, CLOCK.instant()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("carriedOver was -1: must be between 0 and 2147483647");
    assertThatThrownBy(() -> new OneOnOne(M1, MAX, ANA, DAY, List.of(), List.of(new Note(EVE, NoteVisibility.SHARED, "x")), List.of(), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("notes.author was eve: must be the 1:1's manager max or report ana");
  }
}
