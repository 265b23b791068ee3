package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.cadence.ManagerCadence;
import dev.pillars.core.cadence.PersonCadence;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.oneonone.ActionItem;
import dev.pillars.core.oneonone.Note;
import dev.pillars.core.oneonone.NoteVisibility;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.feedback.OneOnOneService;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OneOnOneAndCadenceTest extends FeedbackTestBase {
  private static final OneOnOneId FIRST = OneOnOneId.of("ana-ben-1");
  private static final OneOnOneId SECOND = OneOnOneId.of("ana-ben-2");

  private OneOnOneService as(EmployeeId person) {
    return as(Actor.person(person)).oneOnOnes();
  }

  @Test
  void privateNotesReachOnlyTheirAuthorAndOpenActionsCarryOver() {
    as(BEN).schedule(FIRST, ANA, BEN, TODAY);
    as(BEN).addAgendaItem(FIRST, "Training budget");
    as(ANA).addNote(FIRST, NoteVisibility.PRIVATE, "Ben seems tired");
    as(BEN).addNote(FIRST, NoteVisibility.SHARED, "Agreed on the course");
    as(ANA).agreeAction(FIRST, ActionItem.open("Book the course", ANA, TODAY.plusDays(7)));
    as(BEN).agreeAction(FIRST, ActionItem.open("Write the checklist", BEN, TODAY.plusDays(7)));
    as(BEN).completeAction(FIRST, 1);
    as(ANA).markHeld(FIRST);

    assertThat(as(ANA).oneOnOne(FIRST).notes()).extracting(Note::text).containsExactly("Ben seems tired", "Agreed on the course");
    assertThat(as(BEN).oneOnOne(FIRST).notes()).extracting(Note::text).containsExactly("Agreed on the course");
    assertThat(as(HR).oneOnOnes().oneOnOne(FIRST).notes()).isEmpty();
    assertThatThrownBy(() -> as(CLEO).oneOnOne(FIRST)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(HR).oneOnOnes().addNote(FIRST, NoteVisibility.SHARED, "HR was here"))
        .isInstanceOf(InvalidInputException.class);

    OneOnOne next = as(ANA).carryOver(FIRST, SECOND, TODAY.plusDays(14));

    assertThat(next.actions()).extracting(ActionItem::text).containsExactly("Book the course");
    assertThat(as(BEN).of(BEN)).extracting(OneOnOne::id).containsExactly(FIRST, SECOND);
    assertThat(deliveredText()).doesNotContain("Ben seems tired");
  }

  @Test
  void aOneOnOneNeedsAManagerOfTheReportAndNothingChangesOnBadInput() {
    assertThatThrownBy(() -> as(CLEO).schedule(FIRST, CLEO, BEN, TODAY)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(BEN).schedule(FIRST, PIA, BEN, TODAY))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("manager was pia: must manage the report ben");
    assertThatThrownBy(() -> as(BEN).schedule(FIRST, ANA, BEN, null)).isInstanceOf(NullPointerException.class).hasMessage("date");
    as(BEN).schedule(FIRST, ANA, BEN, TODAY);
    assertThatThrownBy(() -> as(BEN).completeAction(FIRST, 0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> as(BEN).carryOver(FIRST, FIRST, TODAY.plusDays(1))).isInstanceOf(InvalidInputException.class);
    assertThat(as(BEN).of(BEN)).hasSize(1);
    assertThat(delivered).hasSize(1);
  }

  @Test
  void cadenceCountsFeedbackAndHeldOneOnOnesPerPersonAndPerManager() {
    as(Actor.person(CLEO)).feedback().give(Feedback.builder().id(FeedbackId.of("f1")).kind(FeedbackKind.PRAISE).giver(CLEO)
        .receiver(BEN).text("Thanks").givenAt(clock.instant()).build());
    as(Actor.person(PIA)).feedback().give(Feedback.builder().id(FeedbackId.of("f2")).kind(FeedbackKind.PRAISE).giver(PIA)
        .receiver(PAUL).text("Thanks").anonymous(true).givenAt(clock.instant()).build());
    as(BEN).schedule(FIRST, ANA, BEN, TODAY);
    as(BEN).markHeld(FIRST);
    clock.moveTo(TODAY.plusDays(5));

    PersonCadence ben = as(Actor.person(ANA)).cadence().person(BEN, 30);
    PersonCadence pia = as(Actor.person(PIA)).cadence().person(PIA, 30);
    ManagerCadence ana = as(Actor.person(ANA)).cadence().manager(ANA, 30);

    assertThat(ben.daysSinceFeedbackReceived()).isEqualTo(OptionalInt.of(5));
    assertThat(ben.daysSinceOneOnOne()).isEqualTo(OptionalInt.of(5));
    assertThat(pia.daysSinceFeedbackGiven()).as("anonymous feedback never counts for its giver").isEmpty();
    assertThat(ana.reports()).isEqualTo(4);
    assertThat(ana.shareWithoutFeedback()).isEqualTo(0.5);
    assertThat(ana.shareWithoutOneOnOne()).isEqualTo(0.75);
    assertThat(as(HR).cadence().tenant(30).managers()).extracting(ManagerCadence::manager).containsExactly(ANA, BEN);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).cadence().person(BEN, 30)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).cadence().tenant(30)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).cadence().manager(ANA, 0))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("windowDays was 0");
  }
}
