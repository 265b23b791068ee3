package dev.pillars.core.calibration;

import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.ReviewCycleId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small session for the tests: six people of unit "plant" on a five-level scale, two calibrators. */
final class Sessions {
  static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));
  static final List<EmployeeId> PEOPLE =
      List.of("ana", "bo", "cy", "di", "ed", "fay").stream().map(EmployeeId::of).toList();
  static final List<EmployeeId> CALIBRATORS = List.of(EmployeeId.of("hr"), EmployeeId.of("director"));
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T09:00:00Z"), ZoneOffset.UTC);

  private Sessions() {}

  static List<ProposedRating> proposed() {
    List<ProposedRating> out = new ArrayList<>();
    for (int i = 0; i < PEOPLE.size(); i++) {
      out.add(new ProposedRating(PEOPLE.get(i), EmployeeId.of(i < 3 ? "m1" : "m2"), i % 5, OrgUnitId.of("plant"), "G1"));
    }
    return out;
  }

  static Change<CalibrationSession> open() {
    return CalibrationSession.open(CalibrationSessionId.of("s1"), ReviewCycleId.of("2026-h1"),
        Population.unit(OrgUnitId.of("plant")), SCALE, Set.copyOf(CALIBRATORS), proposed(), CLOCK);
  }
}
