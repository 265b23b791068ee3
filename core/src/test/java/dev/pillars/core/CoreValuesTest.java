package dev.pillars.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.review.ReviewCycleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shared checks hand back what they accept; the small values of core order and overlap. */
class CoreValuesTest {
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  @Test
  void checksReturnTheValueTheyAccept() {
    assertThat(Checks.notBlank("title", "Ship it")).isEqualTo("Ship it");
    assertThat(Checks.identifier("id", "a.b-c")).isEqualTo("a.b-c");
    assertThat(Checks.positive("weight", 2.5)).isEqualTo(2.5);
    assertThat(Checks.nonNegative("weight", 0.0)).isEqualTo(0.0);
    assertThat(Checks.nonNegative("weight", 3.5)).isEqualTo(3.5);
    assertThat(Checks.inRange("share", 0.25, 0, 1)).isEqualTo(0.25);
    assertThatThrownBy(() -> Checks.identifier("id", "-leading"))
        .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("id was '-leading'");
    assertThatThrownBy(() -> Checks.identifier("id", "")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aMissingAttributeNamesTheAttributesInItsField() {
    MissingAttributeException e =
        new MissingAttributeException("Cannot build Goal, some of required attributes are not set [title, owner]");
    assertThat(e.field()).isEqualTo("title, owner");
    assertThat(e.getMessage()).endsWith("must be set before build(); Cannot build Goal, some of required attributes are not set [title, owner]");
    assertThat(new MissingAttributeException("[a]").field()).isEqualTo("a");
    assertThat(new MissingAttributeException("[]").field()).isEmpty();
    assertThat(new MissingAttributeException("no brackets").field()).isEqualTo("attributes");
    assertThat(new MissingAttributeException("closed] before [open").field()).isEqualTo("attributes");
    assertThat(new MissingAttributeException("only [open").field()).isEqualTo("attributes");
  }

  @Test
  void periodsOverlapWhenTheyShareADayEndsIncluded() {
    Period q1 = Period.of(JAN_1, LocalDate.of(2026, 3, 31));
    assertThat(q1.overlaps(Period.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30)))).isTrue();
    assertThat(q1.overlaps(Period.of(LocalDate.of(2025, 12, 1), JAN_1))).isTrue();
    assertThat(q1.overlaps(Period.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2)))).isTrue();
    assertThat(q1.overlaps(Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))).isFalse();
    assertThat(q1.overlaps(Period.of(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)))).isFalse();
  }

  @Test
  void aChangeHoldsAtLeastOneEvent() {
    assertThatThrownBy(() -> new Change<>("value", List.of()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("must hold at least one event");
  }

  @Test
  void anIllegalTransitionNamesBothStates() {
    IllegalTransitionException e =
        new IllegalTransitionException("status", GoalStatus.CANCELLED, GoalStatus.ACTIVE, Set.of());
    assertThat(e.from()).isEqualTo("CANCELLED");
    assertThat(e.to()).isEqualTo("ACTIVE");
    assertThat(e.getMessage()).isEqualTo("status cannot move from CANCELLED (current) to ACTIVE (requested): CANCELLED is final");
  }

  @Test
  void identifiersOrderByTheirText() {
    assertThat(KpiId.of("a")).isLessThan(KpiId.of("b"));
    assertThat(KpiId.of("b").compareTo(KpiId.of("a"))).isPositive();
    assertThat(EmployeeId.of("ana")).isLessThan(EmployeeId.of("ben"));
    assertThat(EmployeeId.of("ben").compareTo(EmployeeId.of("ana"))).isPositive();
    assertThat(OrgUnitId.of("ops")).isLessThan(OrgUnitId.of("sales"));
    assertThat(OrgUnitId.of("sales").compareTo(OrgUnitId.of("ops"))).isPositive();
    assertThat(TenantId.of("acme").value()).isEqualTo("acme");
    assertThat(CompetencyId.of("coaching")).isLessThan(CompetencyId.of("communication"));
    assertThat(CompanyValueId.of("safety").compareTo(CompanyValueId.of("quality"))).isPositive();
    assertThat(ReviewCycleId.of("2026-h1")).isLessThan(ReviewCycleId.of("2026-h2"));
    assertThat(ReviewCycleId.of("2026-h1")).hasToString("2026-h1");
  }

  @Test
  void sharedIdentifiersRejectMalformedText() {
    assertThatThrownBy(() -> CompetencyId.of("has space"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("competencyId");
    assertThatThrownBy(() -> CompanyValueId.of("")).isInstanceOf(InvalidInputException.class).hasMessageContaining("companyValueId");
    assertThatThrownBy(() -> ReviewCycleId.of("a\nb")).isInstanceOf(InvalidInputException.class).hasMessageContaining("reviewCycleId");
  }
}
