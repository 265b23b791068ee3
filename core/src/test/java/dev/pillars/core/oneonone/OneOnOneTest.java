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
import org.junit.jupiter.api.Test;

class OneOnOneTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  static final EmployeeId MAX = EmployeeId.of("max");
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void openActionsAreCarriedOverAndPrivateNotesStayWithTheirAuthor() {
    OneOnOne meeting = OneOnOne.schedule(OneOnOneId.of("m1"), MAX, ANA, DAY, CLOCK).value();
    meeting = meeting.addAgendaItem(ANA, "Training budget", CLOCK).value();
    meeting = meeting.addNote(new Note(MAX, NoteVisibility.PRIVATE, "Ana seems tired"), CLOCK).value();
    Change<OneOnOne> shared = meeting.addNote(new Note(ANA, NoteVisibility.SHARED, "Agreed: course in April"), CLOCK);
    meeting = shared.value();
    meeting = meeting.agreeAction(MAX, ActionItem.open("Book the course", MAX, DAY.plusDays(14)), CLOCK).value();
    meeting = meeting.agreeAction(ANA, ActionItem.open("Draft the plan", ANA, DAY.plusDays(7)), CLOCK).value();
    meeting = meeting.completeAction(ANA, 1, CLOCK).value();
    meeting = meeting.markHeld(MAX, CLOCK).value();

    assertThat(meeting.notesReadableBy(ANA)).extracting(Note::text).containsExactly("Agreed: course in April");
    assertThat(meeting.notesReadableBy(MAX)).hasSize(2);
    assertThat(meeting.toString()).doesNotContain("tired");
    assertThat(shared.events().toString()).doesNotContain("course");

    Change<OneOnOne> next = meeting.carryOver(OneOnOneId.of("m2"), DAY.plusDays(14), CLOCK);
    assertThat(next.value().actions()).containsExactly(ActionItem.open("Book the course", MAX, DAY.plusDays(14)));
    assertThat(next.event(OneOnOneScheduled.class).orElseThrow().carriedOver()).isEqualTo(1);
    assertThat(next.value().notes()).isEmpty();
  }

  @Test
  void erasingAParticipantDropsTheirPrivateNotes() {
    OneOnOne meeting = OneOnOne.schedule(OneOnOneId.of("m1"), MAX, ANA, DAY, CLOCK).value()
        .addNote(new Note(ANA, NoteVisibility.PRIVATE, "mine"), CLOCK).value()
        .addNote(new Note(ANA, NoteVisibility.SHARED, "ours"), CLOCK).value();

    OneOnOne erased = meeting.withParticipant(ANA, EmployeeId.of("erased-1"));
    assertThat(erased.report()).isEqualTo(EmployeeId.of("erased-1"));
    assertThat(erased.notes()).extracting(Note::text).containsExactly("ours");
  }

  @Test
  void badInputIsRefusedAndChangesNothing() {
    OneOnOne meeting = OneOnOne.schedule(OneOnOneId.of("m1"), MAX, ANA, DAY.plusDays(1), CLOCK).value();
    assertThatThrownBy(() -> meeting.addNote(new Note(EmployeeId.of("eve"), NoteVisibility.SHARED, "hi"), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("notes.author was eve: must be the 1:1's manager max or report ana");
    assertThatThrownBy(() -> meeting.markHeld(MAX, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("date was 2026-03-03: must not be after today 2026-03-02 to hold the 1:1");
    assertThatThrownBy(() -> meeting.completeAction(MAX, 0, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actionIndex was 0: must be between 0 and -1");
    assertThatThrownBy(() -> meeting.carryOver(OneOnOneId.of("m2"), DAY, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("nextDate was 2026-03-02: must be after this 1:1's date 2026-03-03");
    assertThatThrownBy(() -> OneOnOne.schedule(OneOnOneId.of("m1"), MAX, MAX, DAY, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("report was max: must differ from the manager");
    assertThatThrownBy(() -> meeting.addAgendaItem(null, "x", CLOCK)).isInstanceOf(NullPointerException.class).hasMessage("by");
    assertThat(meeting.notes()).isEmpty();
  }
}
