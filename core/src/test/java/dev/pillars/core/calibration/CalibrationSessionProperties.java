package dev.pillars.core.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.PillarsException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No rating ever changes without an adjustment: over random sequences of requests (valid and
 * invalid adjustments, notes, a close), every current level is the proposed level with the
 * recorded adjustments applied, every accepted request adds exactly one record and one event, and
 * every rejected one changes nothing.
 */
class CalibrationSessionProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void noRatingChangesWithoutARecordedAdjustment() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 9999)).ofSizeBetween(1, 30)).checkAssert(requests -> {
      CalibrationSession session = Sessions.open().value();
      Map<EmployeeId, Integer> model = new HashMap<>();
      session.proposed().forEach(r -> model.put(r.employee(), r.level()));
      for (int code : requests) {
        EmployeeId employee = code % 7 == 6 ? EmployeeId.of("stranger") : Sessions.PEOPLE.get(code % 7 % 6);
        int level = code / 7 % 6;
        EmployeeId actor = code / 42 % 4 == 3 ? EmployeeId.of("outsider") : Sessions.CALIBRATORS.get(code / 42 % 2);
        String reason = code / 168 % 5 == 4 ? " " : "reason " + code;
        CalibrationSession before = session;
        try {
          Change<CalibrationSession> change = code / 840 % 6 == 5
              ? session.addNote(actor, reason, CLOCK)
              : code / 840 % 12 == 11 ? session.close(actor, CLOCK) : session.adjust(employee, level, actor, reason, CLOCK);
          session = change.value();
          assertThat(change.events()).hasSize(1);
          int records = session.adjustments().size() + session.notes().size() + (session.closed() ? 1 : 0);
          assertThat(records).isEqualTo(before.adjustments().size() + before.notes().size() + (before.closed() ? 1 : 0) + 1);
          change.event(RatingAdjusted.class).ifPresent(e -> {
            assertThat(e.adjustment()).isEqualTo(List.copyOf(change.value().adjustments()).get(change.value().adjustments().size() - 1));
            assertThat(e.adjustment().from()).isEqualTo(model.get(e.adjustment().employee()));
            model.put(e.adjustment().employee(), e.adjustment().to());
          });
        } catch (PillarsException rejected) {
          assertThat(session).isEqualTo(before);
        }
        for (ProposedRating r : session.ratings()) {
          assertThat(r.level()).isEqualTo(model.get(r.employee()));
          List<Adjustment> own = session.adjustments().stream().filter(a -> a.employee().equals(r.employee())).toList();
          int proposed = session.proposed(r.employee()).orElseThrow().level();
          assertThat(r.level()).isEqualTo(own.isEmpty() ? proposed : own.get(own.size() - 1).to());
        }
        assertThat(CalibrationSession.restore(session.id(), session.cycle(), session.population(), session.scale(),
            session.calibrators(), session.proposed(), session.notes(), session.adjustments(), session.closed()))
            .isEqualTo(session);
      }
    });
  }

  @Test
  void aStoredHistoryWhoseOldLevelIsWrongCannotBeRestored() {
    CalibrationSession s = Sessions.open().value();
    Adjustment wrong = new Adjustment(Sessions.PEOPLE.get(0), Sessions.CALIBRATORS.get(0), CLOCK.instant(), 4, 0, "why");
    assertThatThrownBy(() -> CalibrationSession.restore(s.id(), s.cycle(), s.population(), s.scale(), s.calibrators(),
        s.proposed(), s.notes(), List.of(wrong), false))
        .isInstanceOf(dev.pillars.core.InvalidInputException.class).hasMessageContaining("from");
  }
}
