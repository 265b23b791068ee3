package dev.pillars.benchmarks;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.persistence.spi.TenantStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The tenant the engine benchmarks work on, written straight into a store as a host's import
 * would: a CEO and one employee per ten leaf goals in {@value #UNITS} units; an organisation
 * objective, one active unit goal per unit, and active individual leaf goals, each measured by a KPI
 * of its own (higher is better, target 0 to 100, mean over the half-year), aligned to their unit's
 * goal, which is aligned to the objective.
 */
final class EngineTenant {
  static final TenantId TENANT = TenantId.of("bench");
  static final int UNITS = 100;
  static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  static final KpiTarget TARGET = KpiTarget.of(0, 100);
  static final OrgUnitId ROOT = OrgUnitId.of("root");
  static final EmployeeId CEO = EmployeeId.of("ceo");
  static final GoalId OBJECTIVE = GoalId.of("objective");
  /** The system actor that feeds measurements, as a host's data pipeline would. */
  static final Actor FEED = Actor.system("feed", EnumSet.of(Action.RECORD_MEASUREMENT, Action.VIEW_KPI));
  /** HR with every right across the tenant. */
  static final Actor HR = Actor.system("hr", EnumSet.allOf(Action.class));

  private EngineTenant() {}

  static KpiId kpi(int leaf) {
    return KpiId.of("kpi-" + leaf);
  }

  static GoalId leafGoal(int leaf) {
    return GoalId.of("leaf-" + leaf);
  }

  static EmployeeId employee(int e) {
    return EmployeeId.of("e-" + e);
  }

  static OrgUnitId unit(int u) {
    return OrgUnitId.of("unit-" + u);
  }

  /** Writes the organisation: the root and {@value #UNITS} units, the CEO and {@code people} employees. */
  static void writeOrganisation(TenantStore tenant, int people) {
    tenant.runInTransaction(work -> {
      work.orgUnits().insert(OrgUnit.root(ROOT, "Company"));
      for (int u = 0; u < UNITS; u++) {
        work.orgUnits().insert(OrgUnit.within(unit(u), "Unit " + u, ROOT));
      }
      List<Employee> employees = new ArrayList<>();
      employees.add(person(CEO, Optional.empty(), ROOT));
      for (int e = 0; e < people; e++) {
        employees.add(person(employee(e), Optional.of(CEO), unit(e % UNITS)));
      }
      work.employees().insertAll(employees.iterator(), 1_000);
    });
  }

  static Employee person(EmployeeId id, Optional<EmployeeId> manager, OrgUnitId unit) {
    return Employee.builder().id(id).displayName(id.value()).manager(manager).unit(unit)
        .role("Engineer").grade("G5").hireDate(LocalDate.of(2020, 1, 1)).build();
  }

  /** Writes the organisation, the goals, the links and one KPI per leaf. */
  static void write(TenantStore tenant, int leaves) {
    writeOrganisation(tenant, Math.max(1, leaves / 10));
    tenant.runInTransaction(work -> {
      List<KpiDefinition> kpis = new ArrayList<>(leaves);
      for (int l = 0; l < leaves; l++) {
        kpis.add(KpiDefinition.builder().id(kpi(l)).name("KPI " + l).unit("pts")
            .direction(Direction.HIGHER_IS_BETTER).aggregation(Aggregation.MEAN).frequency(Frequency.DAILY).build());
      }
      work.kpiDefinitions().insertAll(kpis.iterator(), 1_000);
      List<Goal> goals = new ArrayList<>();
      List<AlignmentLink> links = new ArrayList<>();
      goals.add(goal(OBJECTIVE, GoalOwner.unit(ROOT), GoalLevel.ORGANISATION, GoalMeasure.derived()));
      for (int u = 0; u < UNITS; u++) {
        GoalId id = GoalId.of("unit-goal-" + u);
        goals.add(goal(id, GoalOwner.unit(unit(u)), GoalLevel.UNIT, GoalMeasure.derived()));
        links.add(AlignmentLink.of(id, OBJECTIVE, 1.0));
      }
      int people = Math.max(1, leaves / 10);
      for (int l = 0; l < leaves; l++) {
        goals.add(goal(leafGoal(l), GoalOwner.employee(employee(l % people)), GoalLevel.INDIVIDUAL,
            GoalMeasure.kpi(kpi(l), TARGET)));
        links.add(AlignmentLink.of(leafGoal(l), GoalId.of("unit-goal-" + (l % people) % UNITS), 1.0));
      }
      work.goals().insertAll(goals.iterator(), 1_000);
      work.alignment().addAll(links.iterator(), 1_000, work.alignment().graphVersion());
    });
  }

  static Goal goal(GoalId id, GoalOwner owner, GoalLevel level, GoalMeasure measure) {
    return Goal.builder().id(id).title("Goal " + id.value()).owner(owner).level(level).period(H1)
        .measure(measure).status(GoalStatus.ACTIVE).build();
  }
}
