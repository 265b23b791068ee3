package dev.pillars.core.calibration;

import static dev.pillars.core.calibration.Sessions.CLOCK;
import static dev.pillars.core.calibration.Sessions.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.review.ReviewCycleId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Calibration sessions: exact events, ratings after adjustments, equality, populations and each rule's message. */
class CalibrationMutationTest {
  static final EmployeeId HR = EmployeeId.of("hr");
  static final EmployeeId DIRECTOR = EmployeeId.of("director");
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final EmployeeId BO = EmployeeId.of("bo");
  static final CalibrationSessionId S1 = CalibrationSessionId.of("s1");
  static final ReviewCycleId CYCLE = ReviewCycleId.of("2026-h1");
  static final Population PLANT = Population.unit(OrgUnitId.of("plant"));

  static CalibrationSession restore(List<ProposedRating> proposed, List<CalibrationNote> notes, List<Adjustment> adjustments) {
    return CalibrationSession.restore(S1, CYCLE, PLANT, SCALE, Set.of(HR, DIRECTOR), proposed, notes, adjustments, false);
  }

  @Test
  void eachChangeRecordsItsEventAndTheRatingsFollowTheAdjustments() {
    Change<CalibrationSession> opened = Sessions.open();
    assertThat(opened.events()).containsExactly(new CalibrationSessionOpened(S1, CYCLE, PLANT, 6, CLOCK.instant()));
    CalibrationSession session = opened.value();
    assertThat(session.calibrators()).containsExactly(DIRECTOR, HR);
    assertThat(session.level(ANA)).contains(0);
    assertThat(session.level(EmployeeId.of("zed"))).isEmpty();
    assertThat(session.proposed(BO)).contains(new ProposedRating(BO, EmployeeId.of("m1"), 1, OrgUnitId.of("plant"), "G1"));
    assertThat(session.proposed(EmployeeId.of("zed"))).isEmpty();

    Change<CalibrationSession> adjusted = session.adjust(BO, 4, HR, "Led the line move", CLOCK);
    Adjustment up = new Adjustment(BO, HR, CLOCK.instant(), 1, 4, "Led the line move");
    assertThat(adjusted.events()).containsExactly(new RatingAdjusted(S1, up));
    assertThat(adjusted.value().adjustments()).containsExactly(up);
    assertThat(adjusted.value().level(BO)).contains(4);
    assertThat(adjusted.value().ratings().get(1)).isEqualTo(new ProposedRating(BO, EmployeeId.of("m1"), 4, OrgUnitId.of("plant"), "G1"));
    assertThat(adjusted.value().ratings().get(0).level()).isZero();
    assertThat(adjusted.value().proposed(BO).orElseThrow().level()).isEqualTo(1);
    CalibrationSession twice = adjusted.value().adjust(BO, 0, DIRECTOR, "Second look", CLOCK).value();
    assertThat(twice.adjustments().get(1)).isEqualTo(new Adjustment(BO, DIRECTOR, CLOCK.instant(), 4, 0, "Second look"));
    assertThat(twice.level(BO)).contains(0);

    Change<CalibrationSession> noted = twice.addNote(DIRECTOR, "Check the night shift", CLOCK);
    assertThat(noted.events()).containsExactly(new CalibrationNoteAdded(S1, DIRECTOR, CLOCK.instant()));
    assertThat(noted.value().notes()).containsExactly(new CalibrationNote(DIRECTOR, CLOCK.instant(), "Check the night shift"));

    Change<CalibrationSession> closed = noted.value().close(HR, CLOCK);
    assertThat(closed.events()).containsExactly(new CalibrationSessionClosed(S1, HR, 2, CLOCK.instant()));
    assertThat(closed.value().closed()).isTrue();
    assertThat(noted.value().closed()).isFalse();
    assertThat(closed.value().toString()).isEqualTo("CalibrationSession[s1 of 2026-h1, unit plant, 6 ratings, 2 adjustments, 1 notes, closed]");
    assertThat(noted.value().toString()).isEqualTo("CalibrationSession[s1 of 2026-h1, unit plant, 6 ratings, 2 adjustments, 1 notes]");
    assertThatThrownBy(() -> closed.value().addNote(HR, "late", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("session was s1: must be open; it is closed");
    assertThatThrownBy(() -> closed.value().close(HR, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("session was s1: must be open; it is closed");
  }

  @Test
  void sessionsAreEqualOnlyWithTheSameContent() {
    CalibrationSession a = Sessions.open().value();
    CalibrationSession b = Sessions.open().value();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.adjust(BO, 2, HR, "x", CLOCK).value());
    assertThat(a).isNotEqualTo(a.addNote(HR, "x", CLOCK).value());
    assertThat(a).isNotEqualTo(a.close(HR, CLOCK).value());
    assertThat(a).isNotEqualTo(CalibrationSession.restore(CalibrationSessionId.of("s2"), CYCLE, PLANT, SCALE, Set.of(HR, DIRECTOR),
        Sessions.proposed(), List.of(), List.of(), false));
    assertThat(a).isNotEqualTo(CalibrationSession.restore(S1, ReviewCycleId.of("other"), PLANT, SCALE, Set.of(HR, DIRECTOR),
        Sessions.proposed(), List.of(), List.of(), false));
    assertThat(a).isNotEqualTo(CalibrationSession.restore(S1, CYCLE, Population.cycle(), SCALE, Set.of(HR, DIRECTOR),
        Sessions.proposed(), List.of(), List.of(), false));
    assertThat(a).isNotEqualTo(CalibrationSession.restore(S1, CYCLE, PLANT, SCALE, Set.of(HR), Sessions.proposed(), List.of(), List.of(), false));
    assertThat(a).isNotEqualTo(CalibrationSession.restore(S1, CYCLE, PLANT, SCALE, Set.of(HR, DIRECTOR),
        Sessions.proposed().subList(0, 5), List.of(), List.of(), false));
    assertThat(a).isNotEqualTo("s1");
    assertThat(restore(Sessions.proposed(), List.of(), List.of()).isCalibrator(HR)).isTrue();
    assertThat(restore(Sessions.proposed(), List.of(), List.of()).isCalibrator(ANA)).isFalse();
  }

  @Test
  void ratingsAreKeptInTheOrderOfTheirEmployees() {
    List<ProposedRating> reversed = new java.util.ArrayList<>(Sessions.proposed());
    java.util.Collections.reverse(reversed);
    CalibrationSession session = restore(reversed, List.of(), List.of());
    assertThat(session.proposed()).isEqualTo(Sessions.proposed());
    assertThat(session.ratings()).isEqualTo(Sessions.proposed());
    assertThat(session).isEqualTo(Sessions.open().value());
  }

  @Test
  void populationsHoldTheirRatings() {
    ProposedRating plantG1 = new ProposedRating(ANA, HR, 1, OrgUnitId.of("plant"), "G1");
    ProposedRating officeG2 = new ProposedRating(BO, HR, 1, OrgUnitId.of("office"), "G2");
    assertThat(Population.cycle().contains(plantG1)).isTrue();
    assertThat(Population.cycle().contains(officeG2)).isTrue();
    assertThat(PLANT.contains(plantG1)).isTrue();
    assertThat(PLANT.contains(officeG2)).isFalse();
    assertThat(Population.grade("G2").contains(officeG2)).isTrue();
    assertThat(Population.grade("G2").contains(plantG1)).isFalse();
    assertThat(Population.cycle()).hasToString("the whole cycle");
    assertThat(Population.grade("G2")).hasToString("grade G2");
    assertThatThrownBy(() -> new Population(Population.Kind.CYCLE, "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("key was 'x': must be empty for the whole cycle");
    assertThatThrownBy(() -> Population.grade(" "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("key was ' ': must not be blank");
    assertThatThrownBy(() -> CalibrationSession.restore(S1, CYCLE, Population.grade("G2"), SCALE, Set.of(HR), List.of(plantG1), List.of(),
            List.of(), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("proposed[ana] was " + plantG1 + ": must belong to grade G2");
  }

  @Test
  void refusesRequestsThatBreakTheSessionsRules() {
    CalibrationSession session = Sessions.open().value();
    assertThatThrownBy(() -> session.adjust(BO, 5, HR, "x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("toLevel was 5: must be between 0 and 4");
    assertThatThrownBy(() -> session.adjust(BO, -1, HR, "x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("toLevel was -1: must be between 0 and 4");
    assertThatThrownBy(() -> session.adjust(EmployeeId.of("zed"), 1, HR, "x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employee was zed: must be rated in session s1");
    assertThatThrownBy(() -> session.adjust(BO, 2, ANA, "x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actor was ana: must be a calibrator of the session [director, hr]");
    assertThatThrownBy(() -> session.addNote(ANA, "x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("author was ana: must be a calibrator of the session [director, hr]");
    assertThatThrownBy(() -> session.close(ANA, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actor was ana: must be a calibrator of the session [director, hr]");
    assertThatThrownBy(() -> session.adjust(BO, 1, HR, "x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("to was 1: must differ from the level before, 1");
    assertThat(session.adjust(BO, 4, HR, "x", CLOCK).value().level(BO)).contains(4);
    assertThat(session.adjust(BO, 0, HR, "x", CLOCK).value().level(BO)).contains(0);
  }

  @Test
  void restoringChecksTheStoredHistory() {
    List<ProposedRating> proposed = Sessions.proposed();
    assertThatThrownBy(() -> restore(List.of(), List.of(), List.of()).adjust(ANA, 1, HR, "x", CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employee was ana: must be rated in session s1");
    assertThatThrownBy(() -> CalibrationSession.restore(S1, CYCLE, PLANT, SCALE, Set.of(), proposed, List.of(), List.of(), false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("calibrators was []: must name at least one calibrator");
    assertThatThrownBy(() -> restore(List.of(proposed.get(0), proposed.get(0)), List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("proposed was ana: must rate each employee at most once");
    assertThatThrownBy(() -> restore(List.of(proposed.get(0).withLevel(5)), List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("proposed[ana].level was 5: must be a level of the scale, 0 to 4");
    assertThat(restore(List.of(proposed.get(0).withLevel(4)), List.of(), List.of()).level(ANA)).contains(4);
    assertThatThrownBy(() -> restore(proposed, List.of(new CalibrationNote(ANA, CLOCK.instant(), "x")), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("notes[].author was ana: must be a calibrator of the session [director, hr]");
    assertThatThrownBy(() -> restore(proposed, List.of(), List.of(new Adjustment(BO, ANA, CLOCK.instant(), 1, 2, "x"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("adjustments[].actor was ana: must be a calibrator of the session [director, hr]");
    assertThatThrownBy(() -> restore(proposed, List.of(), List.of(new Adjustment(EmployeeId.of("zed"), HR, CLOCK.instant(), 1, 2, "x"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("adjustments[].employee was zed: must be rated in the session");
    assertThatThrownBy(() -> restore(proposed, List.of(), List.of(new Adjustment(BO, HR, CLOCK.instant(), 1, 5, "x"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("adjustments[bo].to was 5: must be a level of the scale, 0 to 4");
    assertThatThrownBy(() -> restore(proposed, List.of(), List.of(
            new Adjustment(BO, HR, CLOCK.instant(), 1, 3, "x"), new Adjustment(BO, HR, CLOCK.instant(), 1, 2, "y"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("adjustments[bo].from was 1: must be the level before the adjustment, 3");
    assertThat(restore(proposed, List.of(), List.of(new Adjustment(BO, HR, CLOCK.instant(), 1, 4, "x"))).level(BO)).contains(4);
    assertThatThrownBy(() -> new ProposedRating(ANA, HR, -1, OrgUnitId.of("plant"), "G1"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("level was -1: must be a level index, 0 or more");
    assertThatThrownBy(() -> new Adjustment(BO, HR, CLOCK.instant(), -1, 2, "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("from was -1: must be a level index, 0 or more");
    assertThatThrownBy(() -> new Adjustment(BO, HR, CLOCK.instant(), 1, -2, "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("to was -2: must be a level index, 0 or more");
    assertThatThrownBy(() -> new CalibrationSessionOpened(S1, CYCLE, PLANT, -1, CLOCK.instant()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratings was -1: must be 0 or more");
    assertThatThrownBy(() -> new CalibrationSessionClosed(S1, HR, -1, CLOCK.instant()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("adjustments was -1: must be 0 or more");
  }

  @Test
  void erasureSwapsEveryMentionAndDropsTheNotesOfTheErased() {
    CalibrationSession session = Sessions.open().value()
        .adjust(BO, 3, HR, "Promoted", CLOCK).value()
        .addNote(HR, "HR note", CLOCK).value()
        .addNote(DIRECTOR, "Director note", CLOCK).value();
    EmployeeId gone = EmployeeId.of("erased-1");
    CalibrationSession hrGone = session.pseudonymised(HR, gone);
    assertThat(hrGone.calibrators()).containsExactly(DIRECTOR, gone);
    assertThat(hrGone.adjustments()).containsExactly(new Adjustment(BO, gone, CLOCK.instant(), 1, 3, "Promoted"));
    assertThat(hrGone.notes()).containsExactly(new CalibrationNote(DIRECTOR, CLOCK.instant(), "Director note"));
    CalibrationSession boGone = session.pseudonymised(BO, gone);
    assertThat(boGone.level(gone)).contains(3);
    assertThat(boGone.level(BO)).isEmpty();
    assertThat(boGone.proposed(gone).orElseThrow().rater()).isEqualTo(EmployeeId.of("m1"));
    CalibrationSession raterGone = session.pseudonymised(EmployeeId.of("m1"), gone);
    assertThat(raterGone.proposed(ANA).orElseThrow().rater()).isEqualTo(gone);
    assertThat(session.names(EmployeeId.of("m2"))).isTrue();
    assertThat(session.names(BO)).isTrue();
    assertThat(session.names(DIRECTOR)).isTrue();
    assertThat(session.names(EmployeeId.of("zed"))).isFalse();
    assertThat(session.pseudonymised(EmployeeId.of("zed"), gone)).isSameAs(session);
    assertThatThrownBy(() -> session.pseudonymised(BO, BO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("pseudonym was bo: must differ from the erased employee");
    assertThatThrownBy(() -> session.pseudonymised(BO, ANA))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("pseudonym was ana: must not be named in session s1");
    CalibrationSession onlyAdjusting = restore(List.of(new ProposedRating(ANA, HR, 1, OrgUnitId.of("plant"), "G1")), List.of(), List.of());
    assertThat(onlyAdjusting.names(HR)).isTrue();
    assertThat(Optional.of(onlyAdjusting.ratings())).contains(List.of(new ProposedRating(ANA, HR, 1, OrgUnitId.of("plant"), "G1")));
  }
}
