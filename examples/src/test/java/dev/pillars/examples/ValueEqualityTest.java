package dev.pillars.examples;

import com.google.common.testing.EqualsTester;
import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.tck.TckGoals;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.core.rating.RatingLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Guava's {@link EqualsTester} over the value types: equal values built separately are equal and
 * hash alike, different values are not equal, and no value equals null or another type.
 */
class ValueEqualityTest {
  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  @Test
  void identifiersAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(TenantId.of("acme"), TenantId.of("acme"))
        .addEqualityGroup(TenantId.of("globex"))
        .addEqualityGroup(GoalId.of("acme"), GoalId.of("acme"))
        .addEqualityGroup(KpiId.of("acme"), KpiId.of("acme"))
        .addEqualityGroup(EmployeeId.of("acme"), EmployeeId.of("acme"))
        .addEqualityGroup(OrgUnitId.of("acme"), OrgUnitId.of("acme"))
        .testEquals();
  }

  @Test
  void coreValuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(Period.of(JAN, JAN.plusDays(9)), Period.of(JAN, JAN.plusDays(9)))
        .addEqualityGroup(Period.of(JAN, JAN.plusDays(10)))
        .addEqualityGroup(AlignmentLink.of(GoalId.of("a"), GoalId.of("b"), 2), AlignmentLink.of(GoalId.of("a"), GoalId.of("b"), 2))
        .addEqualityGroup(AlignmentLink.of(GoalId.of("a"), GoalId.of("b"), 3))
        .addEqualityGroup(KpiTarget.of(5, 3), KpiTarget.builder().baseline(5).target(3).build())
        .addEqualityGroup(KpiTarget.of(5, 4))
        .addEqualityGroup(GoalMeasure.manual(0.5), GoalMeasure.manual(0.5))
        .addEqualityGroup(GoalOwner.unit(OrgUnitId.of("a")), GoalOwner.unit(OrgUnitId.of("a")))
        .addEqualityGroup(GoalOwner.employee(EmployeeId.of("a")))
        .addEqualityGroup(OrgUnit.root(OrgUnitId.of("a"), "A"), OrgUnit.root(OrgUnitId.of("a"), "A"))
        .addEqualityGroup(TckGoals.unit(1, 0), TckGoals.unit(1, 0))
        .addEqualityGroup(TckGoals.unit(1, 1))
        .addEqualityGroup(TckGoals.unit(2, 0))
        .testEquals();
  }

  @Test
  void scoringValuesAreEqualByValue() {
    new EqualsTester()
        .addEqualityGroup(StrategyConfig.of("linear").with("cap", 1.5), StrategyConfig.of("linear").with("cap", 1.5))
        .addEqualityGroup(StrategyConfig.of("linear"))
        .addEqualityGroup(Scale.of(0, 1), Scale.of(0, 1))
        .addEqualityGroup(Scale.of(0, 5))
        .addEqualityGroup(RatingLevel.of(1, "low"), RatingLevel.of(1, "low"))
        .addEqualityGroup(RatingLevel.of(1, "poor"))
        .testEquals();
  }
}
