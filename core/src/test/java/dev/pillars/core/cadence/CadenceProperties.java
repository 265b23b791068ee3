package dev.pillars.core.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The cadence report against a brute force: per person and manager, filter every fact. */
class CadenceProperties {
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  record World(Organisation organisation, List<FeedbackFact> feedback, List<MeetingFact> meetings, int window) {}

  static World decode(List<Integer> tape) {
    int[] at = {0};
    java.util.function.IntUnaryOperator next = bound -> tape.get(at[0]++ % tape.size()) % bound;
    int people = 1 + next.applyAsInt(10);
    List<Employee> employees = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      int manager = i == 0 ? -1 : next.applyAsInt(i + 1) - 1; // a manager listed before, or none
      employees.add(Employee.builder()
          .id(id(i))
          .displayName("P" + i)
          .manager(manager < 0 ? Optional.empty() : Optional.of(id(manager)))
          .unit(OrgUnitId.of("plant"))
          .role("Operator")
          .grade("G1")
          .hireDate(LocalDate.of(2020, 1, 1))
          .build());
    }
    Organisation organisation = Organisation.of(TenantId.of("acme"), List.of(OrgUnit.root(OrgUnitId.of("plant"), "Plant")), employees);
    List<FeedbackFact> feedback = new ArrayList<>();
    int facts = next.applyAsInt(25);
    for (int f = 0; f < facts; f++) {
      int giver = next.applyAsInt(people + 2) - 1; // -1 anonymous, people: someone unknown
      feedback.add(new FeedbackFact(
          giver < 0 ? Optional.empty() : Optional.of(id(giver)), id(next.applyAsInt(people + 1)), AS_OF.minusDays(next.applyAsInt(80) - 5)));
    }
    List<MeetingFact> meetings = new ArrayList<>();
    int held = next.applyAsInt(15);
    for (int m = 0; m < held; m++) {
      meetings.add(new MeetingFact(id(next.applyAsInt(people)), id(next.applyAsInt(people)), AS_OF.minusDays(next.applyAsInt(80) - 5)));
    }
    return new World(organisation, feedback, meetings, 1 + next.applyAsInt(60));
  }

  static EmployeeId id(int i) {
    return EmployeeId.of("p" + i);
  }

  @Test
  void theReportEqualsABruteForceOverEveryFact() {
    qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 80)).check(tape -> {
      World w = decode(tape);
      CadenceReport report = CadenceReport.of(w.organisation(), w.feedback(), w.meetings(), AS_OF, w.window());
      for (Employee e : w.organisation().employees()) {
        EmployeeId p = e.id();
        PersonCadence expected = new PersonCadence(
            p,
            latest(w.feedback().stream().filter(f -> f.receiver().equals(p)).map(FeedbackFact::on).toList()),
            latest(w.feedback().stream().filter(f -> f.giver().equals(Optional.of(p))).map(FeedbackFact::on).toList()),
            latest(w.meetings().stream().filter(m -> m.manager().equals(p) || m.report().equals(p)).map(MeetingFact::on).toList()),
            w.feedback().stream().filter(f -> f.receiver().equals(p) && inWindow(f.on(), w.window())).count() * 30.0 / w.window());
        assertThat(report.person(p)).contains(expected);
        List<Employee> reports = w.organisation().directReports(p);
        if (reports.isEmpty()) {
          assertThat(report.manager(p)).isEmpty();
        } else {
          long noFeedback = reports.stream()
              .filter(r -> w.feedback().stream().noneMatch(f -> f.receiver().equals(r.id()) && inWindow(f.on(), w.window())))
              .count();
          long noMeeting = reports.stream()
              .filter(r -> w.meetings().stream()
                  .noneMatch(m -> m.manager().equals(p) && m.report().equals(r.id()) && inWindow(m.on(), w.window())))
              .count();
          assertThat(report.manager(p)).contains(
              new ManagerCadence(p, reports.size(), (double) noFeedback / reports.size(), (double) noMeeting / reports.size()));
        }
      }
      assertThat(report.people()).hasSize(w.organisation().employees().size());
      return true;
    });
  }

  private static boolean inWindow(LocalDate day, int window) {
    long ago = ChronoUnit.DAYS.between(day, AS_OF);
    return ago >= 0 && ago < window;
  }

  private static OptionalInt latest(List<LocalDate> days) {
    return days.stream().filter(d -> !d.isAfter(AS_OF)).mapToInt(d -> (int) ChronoUnit.DAYS.between(d, AS_OF)).min();
  }

  @Test
  void badInputIsRefused() {
    World w = decode(List.of(3, 1, 4, 1, 5, 9, 2, 6));
    assertThatThrownBy(() -> CadenceReport.of(w.organisation(), w.feedback(), w.meetings(), AS_OF, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("windowDays was 0: must be between 1 and 3650");
    assertThatThrownBy(() -> CadenceReport.of(w.organisation(), null, w.meetings(), AS_OF, 30))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("feedback");
    assertThatThrownBy(() -> new ManagerCadence(id(1), 0, 0, 0)).isInstanceOf(InvalidInputException.class);
  }
}
