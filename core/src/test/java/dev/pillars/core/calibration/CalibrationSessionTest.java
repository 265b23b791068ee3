package dev.pillars.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.review.ReviewCycleId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A session's life, and its bad inputs. */
class CalibrationSessionTest {
  private static final EmployeeId HR = Sessions.CALIBRATORS.get(0);
  private static final EmployeeId ANA = Sessions.PEOPLE.get(0);

  @Test
  void openAdjustNoteAndClose() {
    Change<CalibrationSession> opened = Sessions.open();
    assertThat(opened.event(CalibrationSessionOpened.class).orElseThrow().ratings()).isEqualTo(6);
    Change<CalibrationSession> adjusted = opened.value().adjust(ANA, 2, HR, "calibrated against peers", Sessions.CLOCK);
    Adjustment a = adjusted.event(RatingAdjusted.class).orElseThrow().adjustment();
    assertThat(a).isEqualTo(new Adjustment(ANA, HR, Sessions.CLOCK.instant(), 0, 2, "calibrated against peers"));
    assertThat(adjusted.value().level(ANA)).contains(2);
    assertThat(adjusted.value().proposed(ANA).orElseThrow().level()).isZero();
    Change<CalibrationSession> noted = adjusted.value().addNote(HR, "ana's manager is new", Sessions.CLOCK);
    assertThat(noted.event(CalibrationNoteAdded.class).orElseThrow().toString()).doesNotContain("manager is new");
    Change<CalibrationSession> closed = noted.value().close(HR, Sessions.CLOCK);
    assertThat(closed.value().closed()).isTrue();
    assertThat(closed.event(CalibrationSessionClosed.class).orElseThrow().adjustments()).isEqualTo(1);
    assertThatThrownBy(() -> closed.value().adjust(ANA, 3, HR, "late", Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be open");
  }

  @Test
  void badRequestsNameFieldValueAndRuleAndChangeNothing() {
    CalibrationSession s = Sessions.open().value();
    assertThatThrownBy(() -> s.adjust(ANA, 0, HR, "same", Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("to").hasMessageContaining("differ");
    assertThatThrownBy(() -> s.adjust(ANA, 5, HR, "off the scale", Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("toLevel");
    assertThatThrownBy(() -> s.adjust(ANA, 1, EmployeeId.of("mallory"), "not mine", Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("actor").hasMessageContaining("calibrator");
    assertThatThrownBy(() -> s.adjust(EmployeeId.of("zed"), 1, HR, "who", Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("employee");
    assertThatThrownBy(() -> s.adjust(ANA, 1, HR, "  ", Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
    assertThatThrownBy(() -> s.adjust(ANA, 1, HR, null, Sessions.CLOCK))
        .isInstanceOf(NullPointerException.class).hasMessage("reason");
    assertThatThrownBy(() -> s.addNote(EmployeeId.of("mallory"), "hi", Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("author");
    assertThat(s).isEqualTo(Sessions.open().value());
    assertThatThrownBy(() -> CalibrationSession.open(CalibrationSessionId.of("s2"), ReviewCycleId.of("c"),
        Population.unit(OrgUnitId.of("other")), Sessions.SCALE, Set.of(HR), Sessions.proposed(), Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must belong to unit other");
    assertThatThrownBy(() -> CalibrationSession.open(CalibrationSessionId.of("s2"), ReviewCycleId.of("c"),
        Population.cycle(), Sessions.SCALE, Set.of(), Sessions.proposed(), Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("calibrators");
    List<ProposedRating> twice = List.of(Sessions.proposed().get(0), Sessions.proposed().get(0).withLevel(3));
    assertThatThrownBy(() -> CalibrationSession.open(CalibrationSessionId.of("s2"), ReviewCycleId.of("c"),
        Population.cycle(), Sessions.SCALE, Set.of(HR), twice, Sessions.CLOCK))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most once");
  }

  @Test
  void erasingAPersonReplacesTheirIdEverywhereAndDropsTheirNotes() {
    EmployeeId director = Sessions.CALIBRATORS.get(1);
    CalibrationSession s = Sessions.open().value()
        .adjust(ANA, 2, director, "moved", Sessions.CLOCK).value()
        .addNote(director, "my view", Sessions.CLOCK).value()
        .addNote(HR, "hr view", Sessions.CLOCK).value();
    EmployeeId pseudonym = EmployeeId.of("erased-1");
    CalibrationSession erased = s.pseudonymised(director, pseudonym);
    assertThat(erased.names(director)).isFalse();
    assertThat(erased.calibrators()).contains(pseudonym);
    assertThat(erased.adjustments().get(0).actor()).isEqualTo(pseudonym);
    assertThat(erased.notes()).extracting(CalibrationNote::text).containsExactly("hr view");
    assertThat(erased.level(ANA)).contains(2);
    CalibrationSession rated = s.pseudonymised(ANA, pseudonym);
    assertThat(rated.level(pseudonym)).contains(2);
    assertThat(rated.proposed(pseudonym).orElseThrow().level()).isZero();
    assertThat(s.pseudonymised(EmployeeId.of("nobody"), pseudonym)).isSameAs(s);
    assertThatThrownBy(() -> s.pseudonymised(ANA, HR)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pseudonym");
  }
}
