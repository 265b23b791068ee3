package dev.pillars.core.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The cadence report on a small team: exact days, rates and shares, the far past, and its text. */
class CadenceReportMutationTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);
  static final EmployeeId MAX = EmployeeId.of("max");
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final EmployeeId BO = EmployeeId.of("bo");

  static Employee person(EmployeeId id, Optional<EmployeeId> manager) {
    return Employee.builder().id(id).displayName(id.value()).manager(manager).unit(OrgUnitId.of("plant")).role("Operator").grade("G1")
        .hireDate(LocalDate.of(2020, 1, 1)).build();
  }

  static final Organisation TEAM = Organisation.of(TenantId.of("acme"), List.of(OrgUnit.root(OrgUnitId.of("plant"), "Plant")),
      List.of(person(MAX, Optional.empty()), person(ANA, Optional.of(MAX)), person(BO, Optional.of(MAX))));

  @Test
  void countsDaysRatesAndSharesExactly() {
    List<FeedbackFact> feedback = List.of(
        new FeedbackFact(Optional.of(MAX), ANA, AS_OF.minusDays(3)),
        new FeedbackFact(Optional.empty(), ANA, AS_OF.minusDays(9)),
        new FeedbackFact(Optional.of(ANA), BO, AS_OF.minusDays(10)),
        new FeedbackFact(Optional.of(BO), ANA, AS_OF.plusDays(1)));
    List<MeetingFact> meetings = List.of(
        new MeetingFact(MAX, ANA, AS_OF.minusDays(2)),
        new MeetingFact(MAX, BO, AS_OF.minusDays(10)),
        new MeetingFact(ANA, BO, AS_OF.minusDays(1)));
    CadenceReport report = CadenceReport.of(TEAM, feedback, meetings, AS_OF, 10);
    assertThat(report.asOf()).isEqualTo(AS_OF);
    assertThat(report.windowDays()).isEqualTo(10);
    assertThat(report.person(ANA)).contains(new PersonCadence(ANA, OptionalInt.of(3), OptionalInt.of(10), OptionalInt.of(1), 2 * 30.0 / 10));
    assertThat(report.person(BO)).contains(new PersonCadence(BO, OptionalInt.of(10), OptionalInt.empty(), OptionalInt.of(1), 0.0));
    assertThat(report.person(MAX)).contains(new PersonCadence(MAX, OptionalInt.empty(), OptionalInt.of(3), OptionalInt.of(2), 0.0));
    assertThat(report.person(EmployeeId.of("zed"))).isEmpty();
    // bo's feedback and 1:1 with max lie 10 days back, just outside the 10-day window; bo's 1:1 with ana is not with the manager
    assertThat(report.managers()).containsExactly(new ManagerCadence(MAX, 2, 0.5, 0.5));
    assertThat(report.manager(MAX)).contains(new ManagerCadence(MAX, 2, 0.5, 0.5));
    assertThat(report.manager(ANA)).isEmpty();
    assertThat(report.people()).extracting(PersonCadence::person).containsExactly(MAX, ANA, BO);
    assertThat(report).hasToString("CadenceReport{asOf=2026-03-31, windowDays=10, 3 people, 1 managers}");
    CadenceReport wider = CadenceReport.of(TEAM, feedback, meetings, AS_OF, 11);
    assertThat(wider.managers()).containsExactly(new ManagerCadence(MAX, 2, 0.0, 0.0));
    assertThat(wider.person(BO).orElseThrow().feedbackPerMonth()).isEqualTo(30.0 / 11);
  }

  @Test
  void theFarPastIsCountedAsTheLongestTimeAgo() {
    CadenceReport report = CadenceReport.of(TEAM, List.of(new FeedbackFact(Optional.of(ANA), BO, LocalDate.MIN)),
        List.of(new MeetingFact(MAX, ANA, LocalDate.MIN)), AS_OF, 3650);
    assertThat(report.person(BO).orElseThrow().daysSinceFeedbackReceived()).isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
    assertThat(report.person(ANA).orElseThrow().daysSinceFeedbackGiven()).isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
    assertThat(report.person(ANA).orElseThrow().daysSinceOneOnOne()).isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
    assertThat(report.person(BO).orElseThrow().feedbackPerMonth()).isZero();
    assertThatThrownBy(() -> CadenceReport.of(TEAM, List.of(), List.of(), AS_OF, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("windowDays was 0: must be between 1 and 3650");
    assertThatThrownBy(() -> CadenceReport.of(TEAM, List.of(), List.of(), AS_OF, 3651))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("windowDays was 3651: must be between 1 and 3650");
    assertThatThrownBy(() -> new ManagerCadence(MAX, 0, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("reports was 0: must be between 1 and 2147483647");
    assertThatThrownBy(() -> new PersonCadence(MAX, OptionalInt.of(-1), OptionalInt.empty(), OptionalInt.empty(), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("daysSinceFeedbackReceived was -1: must be between 0 and 2147483647");
  }
}
