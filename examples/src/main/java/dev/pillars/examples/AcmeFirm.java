package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.testing.KpiSeries;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The data of Acme Precision Parts, a mid-sized manufacturer: two plants and their teams, the
 * cascade of "Improve production quality" down to people, two KPIs measured weekly over the first
 * half of 2026, and the people's check-ins on their self-reported goals.
 *
 * <p>The goals are as agreed: a self-reported goal starts at no progress, and its check-ins move it.
 * Everything is fixed, so the example prints the same report on every run.
 */
final class AcmeFirm {
  /** The tenant the firm's data belongs to. */
  static final TenantId TENANT = TenantId.of("acme-precision");
  /** The report's clock: it stands still on Monday 6 July 2026. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-06T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);
  static final int WEEKS = 26;
  /** The defect-rate KPI. */
  static final KpiId DEFECT_RATE = KpiId.of("defect-rate");
  /** The units-per-labour-hour KPI. */
  static final KpiId UNITS_PER_HOUR = KpiId.of("units-per-hour");
  /** The organisation objective at the top of the cascade. */
  static final GoalId OBJECTIVE = GoalId.of("quality");

  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final Period TO_MID_2028 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 6, 30));

  private AcmeFirm() {}

  /** The whole firm. */
  static Firm firm() {
    List<KpiDefinition> kpis = List.of(
        definition(DEFECT_RATE, "Defect rate", "%", Direction.LOWER_IS_BETTER),
        definition(UNITS_PER_HOUR, "Units per labour hour", "units/h", Direction.HIGHER_IS_BETTER));
    return new Firm(organisation(), kpis, List.of(defectRate(), unitsPerLabourHour()), goals(), links(), checkIns());
  }

  /** The four weeks the KPIs' current values are taken over. */
  static Period lastFourWeeks() {
    return Period.of(FIRST_WEEK.plusWeeks(WEEKS - 4), FIRST_WEEK.plusWeeks(WEEKS - 1));
  }

  /** The four weeks the KPIs' improvement is measured against. */
  static Period firstFourWeeks() {
    return Period.of(FIRST_WEEK, FIRST_WEEK.plusWeeks(3));
  }

  // ---- the organisation ----------------------------------------------------------------------

  static Organisation organisation() {
    return Organisation.builder(TENANT)
        .addUnit(OrgUnit.root(unit("acme"), "Acme Precision Parts"))
        .addUnit(OrgUnit.within(unit("plant-north"), "North plant", unit("acme")))
        .addUnit(OrgUnit.within(unit("plant-south"), "South plant", unit("acme")))
        .addUnit(OrgUnit.within(unit("north-assembly"), "North assembly", unit("plant-north")))
        .addUnit(OrgUnit.within(unit("north-quality"), "North quality lab", unit("plant-north")))
        .addUnit(OrgUnit.within(unit("south-machining"), "South machining", unit("plant-south")))
        .addUnit(OrgUnit.within(unit("south-inspection"), "South inspection", unit("plant-south")))
        .addEmployee(employee("maria", "Maria Keller", null, "acme", "Chief executive", "G10"))
        .addEmployee(employee("tom", "Tom Berger", "maria", "acme", "Quality director", "G9"))
        .addEmployee(employee("ana", "Ana Silva", "maria", "plant-north", "Plant manager", "G9"))
        .addEmployee(employee("ben", "Ben Okafor", "maria", "plant-south", "Plant manager", "G9"))
        .addEmployee(employee("chen", "Chen Wei", "ana", "north-assembly", "Assembly lead", "G6"))
        .addEmployee(employee("dana", "Dana Novak", "chen", "north-assembly", "Assembler", "G3"))
        .addEmployee(employee("eli", "Eli Haddad", "chen", "north-assembly", "Assembler", "G3"))
        .addEmployee(employee("farah", "Farah Khan", "ana", "north-quality", "Quality lab lead", "G6"))
        .addEmployee(employee("gus", "Gus Moreau", "farah", "north-quality", "Quality technician", "G4"))
        .addEmployee(employee("hana", "Hana Sato", "ben", "south-machining", "Machining lead", "G6"))
        .addEmployee(employee("ivan", "Ivan Petrov", "hana", "south-machining", "Machinist", "G4"))
        .addEmployee(employee("kofi", "Kofi Mensah", "ben", "south-inspection", "Inspection lead", "G6"))
        .addEmployee(employee("lena", "Lena Fischer", "kofi", "south-inspection", "Inspector", "G4"))
        .addEmployee(employee("marco", "Marco Rossi", "tom", "acme", "Continuous-improvement engineer", "G7"))
        // a contractor outside the management line: the manager forest has a second root
        .addEmployee(employee("nina", "Nina Berg", null, "acme", "Contract safety officer", "G7"))
        .build();
  }

  private static Employee employee(String id, String name, @Nullable String manager, String unit, String role, String grade) {
    return Employee.builder()
        .id(EmployeeId.of(id))
        .displayName(name)
        .manager(Optional.ofNullable(manager).map(EmployeeId::of))
        .unit(unit(unit))
        .role(role)
        .grade(grade)
        .hireDate(LocalDate.of(2019, 3, 1))
        .build();
  }

  // ---- the KPIs ------------------------------------------------------------------------------

  private static KpiDefinition definition(KpiId id, String name, String unit, Direction direction) {
    return KpiDefinition.builder()
        .id(id)
        .name(name)
        .unit(unit)
        .direction(direction)
        .aggregation(Aggregation.MEAN)
        .frequency(Frequency.WEEKLY)
        .build();
  }

  /** Defect rate in %: 26 weekly values drifting down by about 0.028 points a week, with noise. */
  static MeasurementSeries defectRate() {
    MeasurementSeries series = KpiSeries.weekly(DEFECT_RATE, FIRST_WEEK, WEEKS, 5.0, -0.028, 0.12, 11);
    // week 10 was keyed in 0.5 points too high; the correction keeps the old value in the history
    LocalDate week10 = FIRST_WEEK.plusWeeks(9);
    Clock correctedAt = Clock.fixed(Instant.parse("2026-07-02T10:00:00Z"), ZoneOffset.UTC);
    return series.correct(week10, series.valueOn(week10).orElseThrow().value() - 0.5, correctedAt).value();
  }

  /** Units per labour hour: 26 weekly values rising by about 0.17 a week, with noise. */
  static MeasurementSeries unitsPerLabourHour() {
    return KpiSeries.weekly(UNITS_PER_HOUR, FIRST_WEEK, WEEKS, 40, 0.17, 0.6, 3);
  }

  // ---- the goals and their alignment -------------------------------------------------------

  private static List<Goal> goals() {
    return draftGoals().stream().map(AcmeFirm::activate).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The firm's goals as drafts, before anyone agreed to them: what a host creates through the engine. */
  static List<Goal> draftGoals() {
    return List.of(
        unitGoal("quality", GoalLevel.ORGANISATION, "acme", "Improve production quality", YEAR, GoalMeasure.derived()),
        unitGoal("north-plant", GoalLevel.UNIT, "plant-north", "Make the North plant right first time", YEAR,
            GoalMeasure.derived()),
        unitGoal("south-plant", GoalLevel.UNIT, "plant-south", "Make the South plant faster without losing quality", YEAR,
            GoalMeasure.derived()),
        // cut by 30 %: from 5.0 % to 3.5 %
        unitGoal("north-defects", GoalLevel.UNIT, "plant-north", "Cut the North plant's defect rate by 30 %, from 5.0 % to 3.5 %",
            YEAR, GoalMeasure.kpi(DEFECT_RATE, KpiTarget.builder().baseline(5.0).target(3.5).threshold(4.5).stretch(3.0).build())),
        // up by 20 %: from 40 to 48
        unitGoal("south-output", GoalLevel.UNIT, "plant-south", "Raise South plant output by 20 %, to 48 units per labour hour",
            YEAR, GoalMeasure.kpi(UNITS_PER_HOUR, KpiTarget.builder().baseline(40).target(48).threshold(44).stretch(50).build())),
        unitGoal("inspection-returns", GoalLevel.UNIT, "south-inspection", "Halve customer returns from the South plant by December",
            YEAR, GoalMeasure.derived()),
        unitGoal("assembly-fixtures", GoalLevel.UNIT, "north-assembly", "Fit error-proofing fixtures at all 4 assembly stations",
            YEAR, milestones(2, "Station 1", "Station 2", "Station 3", "Station 4")),
        unitGoal("lab-root-cause", GoalLevel.UNIT, "north-quality", "Find the root cause of every defect within 48 hours",
            YEAR, GoalMeasure.derived()),
        unitGoal("machining-setups", GoalLevel.UNIT, "south-machining", "Standardise setups on 3 machine families",
            YEAR, milestones(1, "Lathes", "Mills", "Grinders")),
        personalGoal("chen-training", "chen", "Train 12 assemblers on the new fixtures by June", H1, GoalMeasure.manual(0)),
        personalGoal("dana-stops", "dana", "Log every line stop longer than 5 minutes", YEAR, GoalMeasure.manual(0)),
        personalGoal("farah-playbook", "farah", "Publish a root-cause playbook for the lab", YEAR,
            milestones(2, "Outline", "Five worked cases", "Published")),
        personalGoal("gus-reports", "gus", "Close 90 % of defect reports within 48 hours", YEAR, GoalMeasure.manual(0)),
        personalGoal("ivan-changeover", "ivan", "Cut changeover time on machine 7 from 45 to 30 minutes", YEAR,
            GoalMeasure.manual(0)),
        personalGoal("marco-kaizen", "marco", "Run 6 kaizen workshops, 3 in each plant", YEAR,
            milestones(3, "North 1", "South 1", "North 2", "South 2", "North 3", "South 3")),
        personalGoal("lena-quality", "lena", "Help with quality", YEAR, GoalMeasure.manual(0)),
        unitGoal("south-iso", GoalLevel.UNIT, "plant-south", "Certify the South plant to ISO 9001 by mid-2028",
            TO_MID_2028, milestones(0, "Gap analysis", "Audit", "Certificate")));
  }

  static List<AlignmentLink> links() {
    return List.of(
        link("north-plant", "quality", 2.0),
        link("south-plant", "quality", 1.0),
        link("inspection-returns", "quality", 1.0),
        // each plant: its KPI counts twice as much as each team's programme
        link("north-defects", "north-plant", 2.0),
        link("assembly-fixtures", "north-plant", 1.0),
        link("lab-root-cause", "north-plant", 1.0),
        link("south-output", "south-plant", 2.0),
        link("machining-setups", "south-plant", 1.0),
        link("chen-training", "assembly-fixtures", 1.0),
        link("dana-stops", "assembly-fixtures", 1.0),
        link("farah-playbook", "lab-root-cause", 2.0),
        link("gus-reports", "lab-root-cause", 1.0),
        link("ivan-changeover", "machining-setups", 1.0),
        // Marco's workshops serve both plants: one goal, two parents
        link("marco-kaizen", "lab-root-cause", 1.0),
        link("marco-kaizen", "machining-setups", 1.0));
  }

  /** What the owners of self-reported goals told their managers through the half-year. */
  static List<CheckIn> checkIns() {
    return List.of(
        checkIn("chen-training", "2026-03-27", 0.40, 0.8, "5 of 12 assemblers trained"),
        checkIn("chen-training", "2026-06-26", 0.75, 0.6, "9 of 12 trained; 3 are on leave until July"),
        checkIn("dana-stops", "2026-04-03", 0.30, 0.7, "logging on the day shift"),
        checkIn("dana-stops", "2026-06-26", 0.60, 0.8, "both shifts log their stops"),
        checkIn("gus-reports", "2026-06-19", 0.55, 0.5, "backlog from the March recall"),
        checkIn("ivan-changeover", "2026-05-29", 0.50, 0.7, "down to 38 minutes"),
        checkIn("lena-quality", "2026-06-12", 0.20, 0.3, null));
  }

  private static CheckIn checkIn(String goal, String friday, double progress, double confidence, @Nullable String comment) {
    Instant at = LocalDate.parse(friday).atTime(16, 0).toInstant(ZoneOffset.UTC);
    return new CheckIn(id(goal), at, progress, confidence, Optional.ofNullable(comment));
  }

  private static Goal unitGoal(String id, GoalLevel level, String unit, String title, Period period, GoalMeasure measure) {
    return (Goal.builder().id(id(id)).title(title).owner(GoalOwner.unit(unit(unit))).level(level).period(period)
        .measure(measure).build());
  }

  private static Goal personalGoal(String id, String employee, String title, Period period, GoalMeasure measure) {
    return (Goal.builder().id(id(id)).title(title).owner(GoalOwner.employee(EmployeeId.of(employee)))
        .level(GoalLevel.INDIVIDUAL).period(period).measure(measure).build());
  }

  /** Creates the goal as a draft and activates it, as a host would on agreement. */
  private static Goal activate(Goal draft) {
    return Goal.create(draft, CLOCK).value().transitionTo(GoalStatus.ACTIVE, CLOCK).value();
  }

  /** A checklist whose first {@code done} milestones are reached. */
  private static GoalMeasure milestones(int done, String... titles) {
    List<Milestone> list = new ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      list.add(new Milestone(titles[i], i < done));
    }
    return GoalMeasure.milestones(list);
  }

  private static AlignmentLink link(String child, String parent, double weight) {
    return AlignmentLink.of(id(child), id(parent), weight);
  }

  static GoalId id(String value) {
    return GoalId.of(value);
  }

  private static OrgUnitId unit(String value) {
    return OrgUnitId.of(value);
  }
}
