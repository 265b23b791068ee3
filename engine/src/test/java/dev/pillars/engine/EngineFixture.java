package dev.pillars.engine;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
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
import dev.pillars.engine.access.HrGrant;
import dev.pillars.persistence.spi.PillarsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A small plant for the engine's tests: Ana manages the north plant, Ben reports to her, Cleo
 * works elsewhere, Hana is HR for the whole tenant; a plant goal scored from Ben's manual goal and
 * Ana's KPI goal.
 */
final class EngineFixture {
  static final TenantId ACME = TenantId.of("acme");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  static final OrgUnitId ROOT = OrgUnitId.of("acme");
  static final OrgUnitId PLANT = OrgUnitId.of("plant-north");
  static final OrgUnitId SALES = OrgUnitId.of("sales");
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final EmployeeId BEN = EmployeeId.of("ben");
  static final EmployeeId CLEO = EmployeeId.of("cleo");
  static final EmployeeId HANA = EmployeeId.of("hana");
  static final KpiId DEFECTS = KpiId.of("defect-rate");
  static final GoalId PLANT_GOAL = GoalId.of("plant-quality");
  static final GoalId BEN_GOAL = GoalId.of("ben-checklist");
  static final GoalId ANA_GOAL = GoalId.of("ana-defects");
  static final Actor.SystemActor FEED =
      Actor.system("mes-feed", EnumSet.of(Action.RECORD_MEASUREMENT, Action.VIEW_KPI));
  static final Actor.Person HR = Actor.hr(HANA, List.of(HrGrant.tenantWide("HR", EnumSet.allOf(Action.class))));

  private EngineFixture() {}

  /** Writes the organisation straight into the store, as a host's import would. */
  static void organisation(PillarsStore store) {
    store.forTenant(ACME).runInTransaction(work -> {
      work.orgUnits().insert(OrgUnit.root(ROOT, "Acme"));
      work.orgUnits().insert(OrgUnit.within(PLANT, "North plant", ROOT));
      work.orgUnits().insert(OrgUnit.within(SALES, "Sales", ROOT));
      work.employees().insert(employee(ANA, null, PLANT));
      work.employees().insert(employee(BEN, ANA, PLANT));
      work.employees().insert(employee(CLEO, null, SALES));
      work.employees().insert(employee(HANA, null, ROOT));
    });
  }

  static Employee employee(EmployeeId id, EmployeeId manager, OrgUnitId unit) {
    return Employee.builder()
        .id(id)
        .displayName(id.value())
        .manager(Optional.ofNullable(manager))
        .unit(unit)
        .role("role")
        .grade("G1")
        .hireDate(LocalDate.of(2020, 1, 1))
        .build();
  }

  static KpiDefinition defectRate() {
    return KpiDefinition.builder()
        .id(DEFECTS).name("Defect rate").unit("%")
        .direction(Direction.LOWER_IS_BETTER).aggregation(Aggregation.MEAN).frequency(Frequency.WEEKLY)
        .build();
  }

  static Goal goal(GoalId id, GoalOwner owner, GoalLevel level, GoalMeasure measure) {
    return Goal.builder().id(id).title("Goal " + id.value()).owner(owner).level(level).period(H1).measure(measure).build();
  }

  static Goal plantGoal() {
    return goal(PLANT_GOAL, GoalOwner.unit(PLANT), GoalLevel.UNIT, GoalMeasure.derived());
  }

  static Goal benGoal() {
    return goal(BEN_GOAL, GoalOwner.employee(BEN), GoalLevel.INDIVIDUAL, GoalMeasure.manual(0));
  }

  static Goal anaGoal() {
    return goal(ANA_GOAL, GoalOwner.employee(ANA), GoalLevel.INDIVIDUAL,
        GoalMeasure.kpi(DEFECTS, KpiTarget.of(4.0, 2.0)));
  }

  /** Sets up the plant through the engine: KPI, three active goals, two links. */
  static void plant(Pillars pillars) {
    Session hr = pillars.tenant(ACME).as(HR);
    hr.kpis().define(defectRate());
    for (Goal goal : List.of(plantGoal(), benGoal(), anaGoal())) {
      hr.goals().create(goal);
      hr.goals().activate(goal.id());
    }
    hr.goals().align(BEN_GOAL, PLANT_GOAL, 1.0);
    hr.goals().align(ANA_GOAL, PLANT_GOAL, 1.0);
  }

  static Set<Action> all() {
    return EnumSet.allOf(Action.class);
  }
}
