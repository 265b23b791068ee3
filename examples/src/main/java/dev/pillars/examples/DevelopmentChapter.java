package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.Assessor;
import dev.pillars.core.assessment.AssessorRole;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.Rating;
import dev.pillars.core.assessment.SharedGap;
import dev.pillars.core.coaching.AgreedAction;
import dev.pillars.core.coaching.Coach;
import dev.pillars.core.coaching.CoachRole;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.ProficiencyLevel;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.development.ActionId;
import dev.pillars.core.development.ActionKind;
import dev.pillars.core.development.ActionStatus;
import dev.pillars.core.development.CompetencyOutcome;
import dev.pillars.core.development.Cost;
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentGoal;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.LeaderDevelopment;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.Readiness;
import dev.pillars.core.succession.Severity;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.core.succession.UnitPipeline;
import dev.pillars.core.TenantId;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.Session;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.HrGrant;
import dev.pillars.persistence.spi.PillarsStore;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The development chapter of the manufacturing example: Acme's people assessed against a
 * competency model by themselves and their managers, the largest gaps per plant, a plan for the
 * largest with actions and coaching, and the succession pipeline for the plant managers.
 */
final class DevelopmentChapter {
  static final CompetencyModelId MODEL = CompetencyModelId.of("acme-competencies");
  static final CompetencyId SAFETY = CompetencyId.of("safety");
  static final CompetencyId QUALITY = CompetencyId.of("quality-methods");
  static final CompetencyId LEAN = CompetencyId.of("lean");
  static final CompetencyId COMMUNICATION = CompetencyId.of("communication");
  static final CompetencyId DECISIONS = CompetencyId.of("decision-making");
  static final CompetencyId STRATEGY = CompetencyId.of("strategic-thinking");
  static final CompetencyId COACHING = CompetencyId.of("coaching-others");
  private static final Actor HR = Actor.system("hr-suite", EnumSet.allOf(Action.class));
  private static final LocalDate SPRING = LocalDate.of(2026, 3, 16);
  private static final LocalDate SUMMER = LocalDate.of(2026, 6, 29);

  /**
   * Each person's self and manager ratings, in the order safety, quality methods, lean,
   * communication, decision-making, strategic thinking, coaching others; 0 where not rated.
   */
  private static final Map<String, int[][]> RATINGS = Map.of(
      "ana", new int[][] {{4, 3, 3, 4, 4, 3, 3}, {4, 3, 3, 3, 4, 3, 3}},
      "ben", new int[][] {{4, 3, 3, 4, 3, 3, 3}, {3, 3, 2, 3, 3, 2, 2}},
      "chen", new int[][] {{4, 3, 3, 3, 3, 2, 2}, {3, 3, 3, 2, 3, 0, 1}},
      "farah", new int[][] {{4, 4, 3, 3, 3, 3, 3}, {4, 4, 3, 3, 3, 0, 3}},
      "hana", new int[][] {{3, 3, 3, 2, 3, 2, 2}, {3, 2, 3, 2, 2, 0, 1}},
      "kofi", new int[][] {{4, 4, 2, 3, 3, 2, 2}, {4, 3, 2, 3, 3, 0, 2}},
      "dana", new int[][] {{3, 2, 2, 0, 0, 0, 0}, {2, 2, 1, 0, 0, 0, 0}},
      "eli", new int[][] {{3, 2, 2, 0, 0, 0, 0}, {3, 1, 2, 0, 0, 0, 0}},
      "gus", new int[][] {{3, 3, 1, 0, 0, 0, 0}, {3, 3, 1, 0, 0, 0, 0}},
      "ivan", new int[][] {{3, 2, 2, 0, 0, 0, 0}, {2, 2, 2, 0, 0, 0, 0}});

  private DevelopmentChapter() {}

  static void run(PrintStream out, PillarsStore store, TenantId tenant) {
    Pillars pillars = Pillars.builder().store(store).clock(AcmeFirm.CLOCK).build();
    Session hr = pillars.tenant(tenant).as(HR);
    CompetencyModel model = hr.competencies().publish(model());
    assess(pillars, tenant);
    out.println();
    out.println("Development: " + model.name() + " (" + model.competencies().size() + " competencies, "
        + model.competencies().stream().filter(Competency::leadership).count() + " of them leadership), "
        + "self and manager assessments of " + RATINGS.size() + " people; the manager's rating counts where both rate");
    for (String plant : List.of("plant-north", "plant-south")) {
      List<SharedGap> gaps = hr.competencies().unitGaps(OrgUnitId.of(plant), MODEL, DisagreementRule.MANAGER_FIRST);
      out.println("  largest gaps in " + plant + ": " + gaps.stream().limit(3)
          .map(g -> String.format(Locale.ROOT, "%s (%d %s, %d levels short)", g.competency(), g.people(),
              g.people() == 1 ? "person" : "people", g.totalShortfall()))
          .collect(Collectors.joining(", ")));
    }
    planForChen(out, pillars, tenant);
    succession(out, pillars, tenant);
    for (LeaderDevelopment leader : hr.development().leadership(MODEL, DisagreementRule.MANAGER_FIRST)) {
      out.println("  leadership gaps of " + leader.leader() + ": " + leader.gaps().stream()
          .map(g -> g.competency() + " -" + g.shortfall()).collect(Collectors.joining(", "))
          + (leader.plans().isEmpty() ? "; no plan yet" : "; addressed by " + leader.plans())
          + (leader.unaddressed().isEmpty() || leader.plans().isEmpty() ? "" : ", not yet: " + leader.unaddressed()));
    }
  }

  static CompetencyModel model() {
    List<Competency> competencies = List.of(
        competency(SAFETY, "Safety", false), competency(QUALITY, "Quality methods", false), competency(LEAN, "Lean", false),
        competency(COMMUNICATION, "Communication", true), competency(DECISIONS, "Decision-making", true),
        competency(STRATEGY, "Strategic thinking", true), competency(COACHING, "Coaching others", true));
    List<Requirement> requirements = new ArrayList<>();
    for (String grade : List.of("G3", "G4")) {
      requirements.add(Requirement.forGrade(grade, SAFETY, 3));
      requirements.add(Requirement.forGrade(grade, QUALITY, 2));
      requirements.add(Requirement.forGrade(grade, LEAN, 2));
    }
    requirements.add(Requirement.forGrade("G6", SAFETY, 4));
    requirements.add(Requirement.forGrade("G6", QUALITY, 3));
    requirements.add(Requirement.forGrade("G6", COMMUNICATION, 3));
    requirements.add(Requirement.forGrade("G6", DECISIONS, 3));
    requirements.add(Requirement.forGrade("G6", COACHING, 3));
    for (CompetencyId leading : List.of(COMMUNICATION, DECISIONS, STRATEGY)) {
      requirements.add(Requirement.forRole("Plant manager", leading, 4));
    }
    requirements.add(Requirement.forRole("Plant manager", COACHING, 3));
    return new CompetencyModel(ModelRevision.first(MODEL), "Acme manufacturing competencies", competencies, requirements);
  }

  private static Competency competency(CompetencyId id, String name, boolean leadership) {
    return new Competency(id, name, leadership, List.of(
        new ProficiencyLevel(1, "Aware", "Knows what good " + name.toLowerCase(Locale.ROOT) + " looks like"),
        new ProficiencyLevel(2, "Practising", "Applies it with guidance"),
        new ProficiencyLevel(3, "Proficient", "Applies it unaided and consistently"),
        new ProficiencyLevel(4, "Role model", "Teaches it and sets the standard")));
  }

  /** Every person assesses themselves and is assessed by their manager, through the engine. */
  private static void assess(Pillars pillars, TenantId tenant) {
    List<CompetencyId> order = List.of(SAFETY, QUALITY, LEAN, COMMUNICATION, DECISIONS, STRATEGY, COACHING);
    Map<String, String> managers = Map.of("ana", "maria", "ben", "maria", "chen", "ana", "farah", "ana", "hana", "ben",
        "kofi", "ben", "dana", "chen", "eli", "chen", "gus", "farah", "ivan", "hana");
    RATINGS.keySet().stream().sorted().forEach(person -> {
      for (AssessorRole role : List.of(AssessorRole.SELF, AssessorRole.MANAGER)) {
        EmployeeId who = EmployeeId.of(person);
        EmployeeId by = role == AssessorRole.SELF ? who : EmployeeId.of(managers.get(person));
        int[] levels = RATINGS.get(person)[role == AssessorRole.SELF ? 0 : 1];
        List<Rating> ratings = new ArrayList<>();
        for (int c = 0; c < order.size(); c++) {
          if (levels[c] > 0) {
            ratings.add(role == AssessorRole.MANAGER && c == order.size() - 1
                ? Rating.of(order.get(c), levels[c], "observed in the spring shift reviews")
                : Rating.of(order.get(c), levels[c]));
          }
        }
        pillars.tenant(tenant).as(Actor.person(by)).competencies().assess(new Assessment(
            AssessmentId.of(person + "-" + role.name().toLowerCase(Locale.ROOT) + "-spring"), who,
            new Assessor(by, role), ModelRevision.first(MODEL), SPRING, ratings));
      }
    });
  }

  /** Chen's largest gap, coaching others, gets a plan with actions and coaching from Ana. */
  private static void planForChen(PrintStream out, Pillars pillars, TenantId tenant) {
    EmployeeId chen = EmployeeId.of("chen");
    Session ana = pillars.tenant(tenant).as(Actor.person(EmployeeId.of("ana")));
    Goal goal = Goal.builder()
        .id(GoalId.of("chen-coaching"))
        .title("Coach every assembler through one improvement idea")
        .owner(GoalOwner.employee(chen))
        .level(GoalLevel.INDIVIDUAL)
        .period(Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)))
        .measure(GoalMeasure.manual(0))
        .build();
    ana.goals().create(goal);
    int before = ana.competencies().gaps(chen, MODEL, DisagreementRule.MANAGER_FIRST).gap(chen, COACHING).orElseThrow().assessed();
    DevelopmentPlan plan = ana.development().createPlan(DevelopmentPlan.builder()
        .id(PlanId.of("chen-2026"))
        .employee(chen)
        .title("From assembly lead to coach")
        .period(Period.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31)))
        .addGoals(new DevelopmentGoal(goal.id(), COACHING, before, 3))
        .addActions(DevelopmentAction.builder().id(ActionId.of("coaching-course")).kind(ActionKind.TRAINING)
            .title("Coaching skills for team leads").competency(COACHING).due(LocalDate.of(2026, 5, 29))
            .cost(Cost.of(95_000, "EUR")).build())
        .addActions(DevelopmentAction.builder().id(ActionId.of("mentor-farah")).kind(ActionKind.MENTORING)
            .title("Monthly mentoring with Farah").competency(COACHING).due(LocalDate.of(2026, 9, 30))
            .addMilestones(Milestone.open("First session"), Milestone.open("Observed a coaching talk"), Milestone.open("Ran one alone"))
            .build())
        .build());
    CoachingSession session = ana.development().recordSession(CoachingSession.builder()
        .id(CoachingSessionId.of("chen-ana-0420"))
        .coach(Coach.employee(CoachRole.MANAGER, EmployeeId.of("ana"), "Ana Silva"))
        .employee(chen)
        .heldOn(LocalDate.of(2026, 4, 20))
        .addTopics("Giving feedback on the line", "Letting assemblers own their ideas")
        .addAgreed(new AgreedAction(ActionKind.STRETCH_ASSIGNMENT, "Run the weekly improvement huddle",
            Optional.of(COACHING), LocalDate.of(2026, 6, 30)))
        .build());
    ana.development().scheduleFollowUp(session.id(), LocalDate.of(2026, 5, 18));
    ana.development().carryIntoPlan(session.id(), plan.id());
    ana.development().moveAction(plan.id(), ActionId.of("coaching-course"), ActionStatus.COMPLETED);
    ana.development().reachMilestone(plan.id(), ActionId.of("mentor-farah"), 0);
    ana.development().reachMilestone(plan.id(), ActionId.of("mentor-farah"), 1);
    ana.development().holdFollowUp(session.id(), "Chen ran two huddles; assemblers brought three ideas");
    ana.competencies().assess(new Assessment(AssessmentId.of("chen-manager-summer"), chen,
        new Assessor(EmployeeId.of("ana"), AssessorRole.MANAGER), ModelRevision.first(MODEL), SUMMER,
        List.of(Rating.of(COACHING, 2, "ran the improvement huddle unaided"))));
    DevelopmentPlan now = ana.development().plan(plan.id());
    CompetencyOutcome outcome = ana.development().outcomes(plan.id(), MODEL, DisagreementRule.MANAGER_FIRST).get(0);
    out.printf(Locale.ROOT, "  plan \"%s\" for Chen: %d actions (%s), progress %s, cost %s%n", now.title(), now.actions().size(),
        now.actions().stream().map(a -> Wording.words(a.kind()) + " " + Wording.words(a.status())).collect(Collectors.joining(", ")),
        Wording.percent(now.progress()), now.costs().entrySet().stream()
            .map(c -> String.format(Locale.ROOT, "%s %d.%02d", c.getKey(), c.getValue() / 100, c.getValue() % 100))
            .collect(Collectors.joining(", ")));
    out.printf(Locale.ROOT, "    coaching others: level %d before the plan, %d after, target %d; trend in north assembly: %s%n",
        outcome.before(), outcome.after().orElseThrow(), outcome.target(),
        pillars.tenant(tenant).as(HR).competencies().unitTrend(OrgUnitId.of("north-assembly"), MODEL, DisagreementRule.MANAGER_FIRST,
                SPRING, SUMMER).stream()
            .filter(t -> t.change() != 0)
            .map(t -> t.competency() + " " + t.shortfallBefore() + " -> " + t.shortfallAfter() + " levels short")
            .collect(Collectors.joining(", ")));
  }

  /** The plant managers' succession plans and the pipeline; a candidate cannot see the slate. */
  private static void succession(PrintStream out, Pillars pillars, TenantId tenant) {
    Session maria = pillars.tenant(tenant).as(Actor.person(EmployeeId.of("maria")));
    maria.succession().create(SuccessionPlan.builder()
        .position(PositionId.of("plant-manager-north")).title("Plant manager, North").unit(OrgUnitId.of("plant-north"))
        .incumbent(EmployeeId.of("ana")).impact(Severity.HIGH).risk(Severity.LOW)
        .addCandidates(new Candidate(EmployeeId.of("farah"), Readiness.READY_NOW, List.of(STRATEGY)))
        .addCandidates(new Candidate(EmployeeId.of("chen"), Readiness.THREE_TO_FIVE_YEARS, List.of(COACHING, STRATEGY)))
        .emergencyCover(EmployeeId.of("tom"))
        .build());
    maria.succession().create(SuccessionPlan.builder()
        .position(PositionId.of("plant-manager-south")).title("Plant manager, South").unit(OrgUnitId.of("plant-south"))
        .incumbent(EmployeeId.of("ben")).impact(Severity.HIGH).risk(Severity.HIGH)
        .addCandidates(new Candidate(EmployeeId.of("kofi"), Readiness.ONE_TO_TWO_YEARS, List.of(LEAN, STRATEGY)))
        .build());
    maria.succession().nominate(PositionId.of("plant-manager-south"),
        new Candidate(EmployeeId.of("hana"), Readiness.THREE_TO_FIVE_YEARS, List.of(COMMUNICATION, COACHING)));
    out.println("  succession pipeline for the plant managers (no ready successor first):");
    List<UnitPipeline> pipeline = maria.succession().pipeline();
    pipeline.stream()
        .sorted(java.util.Comparator.comparing(UnitPipeline::benchStrength))
        .forEach(unit -> unit.positions().forEach(p -> out.printf(Locale.ROOT,
            "    %-22s %s risk, %s impact; bench: %d ready now, %d in 1-2 years, %d in 3-5 years; unit bench strength %s; %s%n",
            p.title(), Wording.words(p.risk()), Wording.words(p.impact()), p.benchStrength().readyNow(),
            p.benchStrength().oneToTwoYears(), p.benchStrength().threeToFiveYears(), Wording.percent(unit.benchStrength()),
            p.emergencyCover().map(c -> "emergency cover " + c).orElse("no emergency cover"))));
    // even an HR grant to read succession plans does not show a candidate the slate they are on
    Actor farah = Actor.hr(EmployeeId.of("farah"),
        List.of(HrGrant.tenantWide("HR business partner", EnumSet.of(Action.VIEW_SUCCESSION))));
    try {
      pillars.tenant(tenant).as(farah).succession().plan(PositionId.of("plant-manager-north"));
      out.println("  Farah read the slate she is on");
    } catch (AccessDeniedException denied) {
      out.println("  Farah, HR business partner and candidate, asks for the North slate: " + denied.rule());
    }
  }
}
