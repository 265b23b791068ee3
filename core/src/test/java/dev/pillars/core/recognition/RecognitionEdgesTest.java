package dev.pillars.core.recognition;

import static dev.pillars.core.recognition.Recognitions.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Recognition at its edges: Gini beyond the precision of doubles and beyond {@code long}, budgets
 * given negative points, the events' and a unit's reach's own checks at their boundaries, and reach
 * read back per unit and per person.
 */
class RecognitionEdgesTest {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final PointsBudgetId B1 = PointsBudgetId.of("b1");
  private static final RecognitionId R1 = RecognitionId.of("r1");
  private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

  @Test
  void giniIsTheExactCoefficientRoundedOnceWhileTheSumsFitALong() {
    // sums beyond 2^53 but within a long: (2^54 + 2) / (3 (2^54 + 5)) rounds to 0.33333333333333326;
    // summing in doubles would give 0.3333333333333332
    long big = (1L << 53) + 2;
    assertThat(Gini.of(new long[] {1, big, big})).isEqualTo(0.33333333333333326);
  }

  @Test
  void giniBeyondTheRangeOfALongIsTakenInDoubles() {
    assertThat(Gini.of(new long[] {0, Long.MAX_VALUE, Long.MAX_VALUE})).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Gini.of(new long[] {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE})).isZero();
    assertThat(Gini.of(new long[] {Long.MAX_VALUE, 0, 0, 0})).isCloseTo(0.75, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void negativePointsAreRefusedByTheBudgetItselfWithItsOwnMessage() {
    PointsBudget fresh = PointsBudget.of(B1, EmployeeId.of("ana"), YEAR, 100);
    assertThatThrownBy(() -> fresh.spend(R1, -1, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("points was -1: must be at least 1");
    PointsBudget full = fresh.spend(R1, 100, CLOCK).value();
    assertThatThrownBy(() -> full.refund(R1, -1, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("points was -1: must be at least 1");
    assertThat(full.remaining()).isZero();
    assertThat(full.refund(R1, 100, CLOCK).value().remaining()).isEqualTo(100);
  }

  @Test
  void pointsEventsNeedAtLeastOnePointAndNoNegativeRemainder() {
    assertThat(new PointsSpent(B1, R1, 1, 0, AT).points()).isEqualTo(1);
    assertThat(new PointsRefunded(B1, R1, 1, 0, AT).remaining()).isZero();
    assertThat(new PointsSpent(B1, R1, 1, 0, AT).aggregateId()).isEqualTo("b1");
    assertThatThrownBy(() -> new PointsSpent(B1, R1, 0, 5, AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("points was 0: must be at least 1");
    assertThatThrownBy(() -> new PointsSpent(B1, R1, 1, -1, AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("remaining was -1: must not be negative");
    assertThatThrownBy(() -> new PointsRefunded(B1, R1, 0, 5, AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("points was 0: must be at least 1");
    assertThatThrownBy(() -> new PointsRefunded(B1, R1, 1, -1, AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("remaining was -1: must not be negative");
  }

  @Test
  void aWithdrawalHoldsZeroPointsOrMoreNeverFewer() {
    assertThat(new RecognitionWithdrawn(R1, EmployeeId.of("ana"), 0, AT).points()).isZero();
    assertThatThrownBy(() -> new RecognitionWithdrawn(R1, EmployeeId.of("ana"), -1, AT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("points was -1: must not be negative");
  }

  @Test
  void aUnitsCoefficientsLieInZeroInclusiveToOneExclusive() {
    Optional<OrgUnitId> none = Optional.empty();
    assertThat(new UnitReach(none, List.of(), List.of(), 0, 0).recognitionsGini()).isZero();
    assertThat(new UnitReach(none, List.of(), List.of(), Math.nextDown(1.0), Math.nextDown(1.0)).pointsGini())
        .isEqualTo(Math.nextDown(1.0));
    assertThatThrownBy(() -> new UnitReach(none, List.of(), List.of(), 1, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("recognitionsGini was 1.0: must be in [0, 1)");
    assertThatThrownBy(() -> new UnitReach(none, List.of(), List.of(), -0.5, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("recognitionsGini was -0.5: must be in [0, 1)");
    assertThatThrownBy(() -> new UnitReach(none, List.of(), List.of(), 0, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("pointsGini was 1.0: must be in [0, 1)");
    assertThatThrownBy(() -> new UnitReach(none, List.of(), List.of(), 0, -0.5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("pointsGini was -0.5: must be in [0, 1)");
    assertThat(new UnitReach(none, List.of(), List.of(), 0, 0).share()).isZero();
  }

  @Test
  void reachIsReadBackPerUnitAndPerPerson() {
    OrgUnit plant = OrgUnit.root(OrgUnitId.of("plant"), "Plant");
    OrgUnit office = OrgUnit.root(OrgUnitId.of("office"), "Office");
    Organisation acme = Organisation.of(TenantId.of("acme"), List.of(plant, office), List.of(person("ana", plant), person("ben", office)));
    Recognition thanks = Recognitions.thanks("r1", "ben", "ana").pointsEach(7).build();
    RecognitionReach reach = RecognitionReach.of(acme, YEAR, List.of(thanks));
    assertThat(reach.units()).extracting(UnitReach::unit).containsExactly(Optional.of(plant.id()), Optional.of(office.id()));
    assertThat(reach.units()).extracting(UnitReach::share).containsExactly(1.0, 0.0);
    assertThat(reach.pointsReceived(EmployeeId.of("ana"))).isEqualTo(7);
    assertThat(reach.pointsReceived(EmployeeId.of("ben"))).isZero();
    assertThat(reach.pointsReceived(EmployeeId.of("stranger"))).isZero();
    assertThat(reach).hasToString("RecognitionReach[" + YEAR + ": 1 of 2 recognised]");
  }

  private static Employee person(String id, OrgUnit unit) {
    return Employee.builder()
        .id(EmployeeId.of(id))
        .displayName(id)
        .unit(unit.id())
        .role("Operator")
        .grade("G3")
        .hireDate(LocalDate.of(2020, 1, 1))
        .build();
  }
}
