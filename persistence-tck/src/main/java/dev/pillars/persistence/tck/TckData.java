package dev.pillars.persistence.tck;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Valid employees, units and KPI definitions for the kit, varied so that a store must keep every
 * attribute, and the dates and instants its logs are written at.
 */
final class TckData {
  /** The first observation date of generated measurements. */
  static final LocalDate DAY_0 = LocalDate.of(2026, 1, 5);
  /** The first recording instant of generated measurements and check-ins. */
  static final Instant INSTANT_0 = Instant.parse("2026-01-05T09:00:00Z");

  private static final String[] ROLES = {"Operator", "Line supervisor", "Quality engineer"};
  private static final String[] KPI_UNITS = {"%", "units/h", "days"};

  private TckData() {}

  static OrgUnitId unitId(int n) {
    return OrgUnitId.of("u-" + n);
  }

  static KpiId kpiId(int n) {
    return KpiId.of("k-" + n);
  }

  static LocalDate day(int n) {
    return DAY_0.plusDays(n);
  }

  static Instant instant(int n) {
    return INSTANT_0.plusSeconds(3_600L * n);
  }

  /**
   * Returns an employee; variants differ in name, manager, unit, role, grade, hire date and
   * attributes. The manager, if any, is an id no other helper produces ({@code boss-...}).
   */
  static Employee employee(EmployeeId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    return Employee.builder()
        .id(id)
        .displayName("Person " + id + " variant " + v)
        .manager(v % 3 == 0 ? Optional.empty() : Optional.of(EmployeeId.of("boss-" + v % 5)))
        .unit(unitId(v % 3))
        .role(ROLES[v % ROLES.length])
        .grade("G" + (3 + v % 5))
        .hireDate(LocalDate.of(2010, 1, 1).plusDays(97L * v))
        .putAllAttributes(v % 2 == 0 ? Map.of("location", "Site " + v) : Map.of())
        .build();
  }

  /** Returns an employee with the given manager and unit; variants differ as for {@link #employee}. */
  static Employee employee(EmployeeId id, int variant, Optional<EmployeeId> manager, OrgUnitId unit) {
    return employee(id, variant).reportingTo(manager).inUnit(unit);
  }

  /** Returns a unit; variants differ in name and parent ({@code division-...} or none). */
  static OrgUnit unit(OrgUnitId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    return new OrgUnit(
        id, "Unit " + id + " variant " + v, v % 2 == 0 ? Optional.empty() : Optional.of(OrgUnitId.of("division-" + v % 3)));
  }

  /** Returns a KPI definition; variants differ in every attribute. */
  static KpiDefinition kpi(KpiId id, int variant) {
    int v = Math.floorMod(variant, 1 << 16);
    KpiDefinition.Builder builder =
        KpiDefinition.builder()
            .id(id)
            .name("KPI " + id + " variant " + v)
            .unit(KPI_UNITS[v % KPI_UNITS.length])
            .direction(Direction.values()[v % Direction.values().length])
            .aggregation(Aggregation.values()[v % Aggregation.values().length])
            .frequency(Frequency.values()[v % Frequency.values().length]);
    if (v % 3 == 0) {
      builder.description("How KPI " + id + " is measured, variant " + v);
    }
    return builder.build();
  }

  /** Returns a measurement of KPI {@code kpi} on day {@code day}, recorded at instant {@code instant}. */
  static Measurement measurement(int kpi, int day, int instant, double value) {
    return Measurement.of(kpiId(kpi), day(day), instant(instant), value);
  }

  /** Returns a goal that must exist, as the repositories read it. */
  static Versioned<Goal> committedGoal(Repositories repositories, GoalId id) {
    return repositories.goals().find(id).orElseThrow(() -> new AssertionError("no goal " + id));
  }
}
