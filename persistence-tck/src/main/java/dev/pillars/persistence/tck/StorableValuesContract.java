package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.kpiId;
import static dev.pillars.persistence.tck.TckData.unitId;
import static dev.pillars.persistence.tck.TckGoals.employee;
import static dev.pillars.persistence.tck.TckGoals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Values every store must give back exactly as they were written: text with any well-formed
 * characters (the domain refuses lone surrogates, which no UTF-8 store can keep), and numbers at
 * zero (the domain keeps one zero, so a store that drops the sign of {@code -0.0} changes nothing).
 */
public abstract class StorableValuesContract extends TenantContract {
  /** Characters a store could mangle: outside the BMP (surrogate pairs), combining, RTL, quotes, controls. */
  private static final String AWKWARD =
      "G\u00f6al \uD83D\uDE80 \uD834\uDD1E \u4e2d\u6587 e\u0301 \u05e9\u05dc\u05d5\u05dd 'q' \"dq\" \\ \t\n\r\u2028 \uFFFD \uFEFF end";

  /** Creates the group; a subclass says how to reach the store. */
  protected StorableValuesContract() {}

  /** Returns a builder of an individual goal of employee 0 with everything but its title set. */
  private static Goal.Builder goal(int n, GoalMeasure measure) {
    return Goal.builder()
        .id(id(n))
        .owner(GoalOwner.employee(employee(0)))
        .level(GoalLevel.INDIVIDUAL)
        .period(TckGoals.YEAR)
        .measure(measure);
  }

  /** Returns a builder of employee 0 in unit 0 with everything but the display name set. */
  private static Employee.Builder person(String role) {
    return Employee.builder()
        .id(employee(0))
        .unit(unitId(0))
        .role(role)
        .grade("G3")
        .hireDate(LocalDate.of(2020, 2, 29));
  }

  @Test
  @DisplayName("text of every field, with characters outside the BMP, comes back exactly")
  void awkwardTextComesBackExactly() {
    TenantStore tenant = newTenant();
    Goal goal =
        goal(0, GoalMeasure.milestones(List.of(Milestone.open(AWKWARD + " milestone"))))
            .title(AWKWARD)
            .description(AWKWARD + " description")
            .build();
    Employee person = person(AWKWARD + " role").displayName(AWKWARD).putAttributes(AWKWARD + " key", AWKWARD + " value").build();
    OrgUnit unit = OrgUnit.root(unitId(0), AWKWARD);
    KpiDefinition kpi =
        KpiDefinition.builder()
            .id(kpiId(0))
            .name(AWKWARD)
            .unit(AWKWARD + " unit")
            .description(AWKWARD + " how")
            .direction(Direction.HIGHER_IS_BETTER)
            .aggregation(Aggregation.MEAN)
            .frequency(Frequency.MONTHLY)
            .build();
    CheckIn checkIn = new CheckIn(id(0), TckData.instant(0), 0.5, 0.5, Optional.of(AWKWARD + " comment"));
    tenant.runInTransaction(
        work -> {
          work.goals().insert(goal);
          work.employees().insert(person);
          work.orgUnits().insert(unit);
          work.kpiDefinitions().insert(kpi);
          work.checkIns().append(checkIn);
        });

    assertThat(tenant.goals().find(id(0))).contains(Versioned.of(goal, 1));
    assertThat(tenant.employees().find(employee(0))).contains(Versioned.of(person, 1));
    assertThat(tenant.orgUnits().find(unitId(0))).contains(Versioned.of(unit, 1));
    assertThat(tenant.kpiDefinitions().find(kpiId(0))).contains(Versioned.of(kpi, 1));
    assertThat(tenant.checkIns().latest(id(0))).contains(checkIn);
  }

  @Test
  @DisplayName("text with a lone surrogate cannot become a value, so no store is asked to keep it")
  void loneSurrogatesAreRefusedByTheDomain() {
    Map<String, Runnable> attempts =
        Map.of(
            "title", () -> goal(0, GoalMeasure.manual(0)).title("plan \uD800").build(),
            "description", () -> goal(0, GoalMeasure.manual(0)).title("plan").description("\uDC00 plan").build(),
            "milestone.title", () -> Milestone.open("ship \uDBFF"),
            "comment", () -> new CheckIn(id(0), TckData.instant(0), 0, 0, Optional.of("\uDFFF")),
            "displayName", () -> person("Operator").displayName("Ann \uD83D").build(),
            "role", () -> person("\uD83D\uD83D").displayName("Ann").build(),
            "attributes[site]", () -> person("Operator").displayName("Ann").putAttributes("site", "\uDE80").build(),
            "attributes", () -> person("Operator").displayName("Ann").putAttributes("s\uD800", "x").build(),
            "name", () -> OrgUnit.root(unitId(0), "\uD800\uD800"));
    attempts.forEach(
        (field, attempt) ->
            assertThatThrownBy(attempt::run)
                .as(field)
                .isInstanceOfSatisfying(
                    InvalidInputException.class,
                    e -> {
                      assertThat(e.field()).isEqualTo(field);
                      assertThat(e.rule()).contains("unpaired surrogate");
                    }));
  }

  @Test
  @DisplayName("numbers written as -0.0 come back equal to what was written, as 0.0")
  void negativeZeroComesBackEqual() {
    TenantStore tenant = newTenant();
    Goal manual = goal(0, GoalMeasure.manual(-0.0)).title("manual").build();
    Goal kpiTarget =
        goal(1, GoalMeasure.kpi(kpiId(0), KpiTarget.builder().baseline(-0.0).target(-4).threshold(-0.0).stretch(-5).build()))
            .title("target")
            .build();
    Goal band = goal(2, GoalMeasure.kpi(kpiId(0), KpiTarget.within(-0.0, 2, -3))).title("band").build();
    CheckIn checkIn = new CheckIn(id(0), TckData.instant(0), -0.0, -0.0, Optional.empty());
    Measurement measurement = Measurement.of(kpiId(0), TckData.day(0), TckData.instant(0), -0.0);
    tenant.runInTransaction(
        work -> {
          work.goals().insertAll(List.of(manual, kpiTarget, band).iterator(), 2);
          work.kpiDefinitions().insert(TckData.kpi(kpiId(0), 0));
          work.checkIns().append(checkIn);
          work.measurements().append(measurement);
        });

    for (Goal written : List.of(manual, kpiTarget, band)) {
      assertThat(tenant.goals().find(written.id())).contains(Versioned.of(written, 1));
    }
    assertThat(tenant.checkIns().latest(id(0))).contains(checkIn);
    assertThat(tenant.measurements().latest(kpiId(0))).contains(measurement);
    assertThat(Double.doubleToRawLongBits(tenant.measurements().latest(kpiId(0)).orElseThrow().value())).isZero();
  }
}
