package dev.pillars.engine;

import static dev.pillars.engine.DevelopmentServiceTest.COACHING;
import static dev.pillars.engine.DevelopmentServiceTest.DAY;
import static dev.pillars.engine.DevelopmentServiceTest.MODEL;
import static dev.pillars.engine.DevelopmentServiceTest.SAFETY;
import static dev.pillars.engine.DevelopmentServiceTest.assessment;
import static dev.pillars.engine.DevelopmentServiceTest.model;
import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.H1;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static dev.pillars.engine.EngineFixture.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.assessment.AssessorRole;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.SharedGap;
import dev.pillars.core.coaching.Coach;
import dev.pillars.core.coaching.CoachRole;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.coaching.FollowUpHeld;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.development.ActionId;
import dev.pillars.core.development.ActionKind;
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentGoal;
import dev.pillars.core.development.DevelopmentGoalLinked;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.LeaderDevelopment;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.Readiness;
import dev.pillars.core.succession.Severity;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.development.DevelopmentService;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The development and competency services' access checks, each denial with its message and
 * nothing changed; the reads of a person's plans and sessions in order; goals a plan names must
 * exist; and the leadership view and a large unit's gaps with their values.
 */
class DevelopmentAccessTest extends EngineTestBase {
  private static final String NO_RULE = "no rule allows it (own data, management chain, unit membership, HR grant)";
  private static final PlanId PLAN = PlanId.of("plan-ben");

  @BeforeEach
  void plantAndModel() {
    EngineFixture.plant(pillars);
    as(HR).competencies().publish(model());
  }

  private DevelopmentService development(EmployeeId person) {
    return as(Actor.person(person)).development();
  }

  private static DevelopmentPlan.Builder plan(String id, EmployeeId employee) {
    return DevelopmentPlan.builder().id(PlanId.of(id)).employee(employee).title("Plan " + id).period(H1);
  }

  private static CoachingSession session(String id, int daysAfter) {
    return CoachingSession.builder().id(CoachingSessionId.of(id)).coach(Coach.employee(CoachRole.MANAGER, ANA, "Ana"))
        .employee(BEN).heldOn(DAY.plusDays(daysAfter)).addTopics("Safety walk").build();
  }

  private DevelopmentPlan stored(PlanId plan) {
    return store.forTenant(ACME).developmentPlans().find(plan).orElseThrow().value();
  }

  @Test
  void aPersonsPlansAndSessionsAreReadInOrderByThemAndTheirChainOnly() {
    development(ANA).createPlan(plan("plan-ben-2", BEN).build());
    development(ANA).createPlan(plan("plan-ben", BEN).addGoals(new DevelopmentGoal(BEN_GOAL, SAFETY, 1, 3)).build());
    development(ANA).recordSession(session("cs-a", 5));
    development(ANA).recordSession(session("cs-b", 0));

    assertThat(development(BEN).plans(BEN)).extracting(DevelopmentPlan::id).containsExactly(PLAN, PlanId.of("plan-ben-2"));
    assertThat(development(ANA).sessions(BEN)).extracting(s -> s.id().value()).containsExactly("cs-b", "cs-a");
    assertThatThrownBy(() -> development(CLEO).plans(BEN))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:cleo may not VIEW_DEVELOPMENT development plans of ben: " + NO_RULE);
    assertThatThrownBy(() -> development(CLEO).sessions(BEN))
        .hasMessage("person:cleo may not VIEW_DEVELOPMENT coaching of ben: " + NO_RULE);
    assertThatThrownBy(() -> development(CLEO).outcomes(PLAN, MODEL, DisagreementRule.LOWEST))
        .hasMessage("person:cleo may not VIEW_DEVELOPMENT development plan plan-ben: " + NO_RULE);
  }

  @Test
  void outsidersMayNeitherPlanNorCoachAndTheirAttemptsChangeNothing() {
    DevelopmentPlan created = development(ANA).createPlan(plan("plan-ben", BEN).build());
    development(ANA).recordSession(session("cs", 0));
    delivered.clear();
    DevelopmentAction course = DevelopmentAction.builder()
        .id(ActionId.of("course")).kind(ActionKind.TRAINING).title("Course").due(DAY.plusDays(30)).build();

    assertThatThrownBy(() -> development(CLEO).createPlan(plan("plan-x", BEN).build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:cleo may not PLAN_DEVELOPMENT development plan plan-x: " + NO_RULE);
    assertThatThrownBy(() -> development(CLEO).addAction(PLAN, course))
        .hasMessage("person:cleo may not PLAN_DEVELOPMENT development plan plan-ben: " + NO_RULE);
    assertThatThrownBy(() -> development(CLEO).scheduleFollowUp(CoachingSessionId.of("cs"), DAY.plusDays(7)))
        .hasMessage("person:cleo may not COACH coaching of ben: " + NO_RULE);
    assertThatThrownBy(() -> development(CLEO).holdFollowUp(CoachingSessionId.of("cs"), "went well"))
        .hasMessage("person:cleo may not COACH coaching of ben: " + NO_RULE);

    assertThat(store.forTenant(ACME).developmentPlans().find(PlanId.of("plan-x"))).isEmpty();
    assertThat(stored(PLAN)).isEqualTo(created);
    assertThat(store.forTenant(ACME).coachingSessions().find(CoachingSessionId.of("cs")).orElseThrow().value().followUp()).isEmpty();
    assertThat(delivered).isEmpty();

    development(ANA).scheduleFollowUp(CoachingSessionId.of("cs"), DAY.plusDays(7));
    CoachingSession held = development(ANA).holdFollowUp(CoachingSessionId.of("cs"), "went well");
    assertThat(held.followUpNotes()).contains("went well");
    assertThat(delivered).last().satisfies(e -> assertThat(e.event()).isEqualTo(
        new FollowUpHeld(CoachingSessionId.of("cs"), "went well", EngineFixture.CLOCK.instant())));
  }

  @Test
  void everyGoalAPlanNamesMustBeAGoalOfTheTenant() {
    GoalId none = GoalId.of("nope");
    assertThatThrownBy(() -> development(ANA).createPlan(plan("plan-ben", BEN)
            .addGoals(new DevelopmentGoal(BEN_GOAL, SAFETY, 1, 3), new DevelopmentGoal(none, COACHING, 1, 2)).build()))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("goal was nope: must name a goal of the tenant");
    assertThat(store.forTenant(ACME).developmentPlans().find(PLAN)).isEmpty();

    development(ANA).createPlan(plan("plan-ben", BEN).build());
    assertThatThrownBy(() -> development(ANA).linkGoal(PLAN, new DevelopmentGoal(none, SAFETY, 1, 3)))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("goal was nope: must name a goal of the tenant");
    assertThat(stored(PLAN).goals()).isEmpty();

    DevelopmentGoal safety = new DevelopmentGoal(BEN_GOAL, SAFETY, 1, 3);
    delivered.clear();
    assertThat(development(ANA).linkGoal(PLAN, safety).goals()).containsExactly(safety);
    assertThat(delivered).singleElement().satisfies(e -> assertThat(e.event()).isInstanceOf(DevelopmentGoalLinked.class));
  }

  @Test
  void theLeadershipViewIsForHrAndShowsManagersAndCandidatesWithTheirGapsAndPlans() {
    SuccessionPlan lead = SuccessionPlan.builder().position(PositionId.of("sales-lead")).title("Sales lead").unit(SALES)
        .impact(Severity.HIGH).risk(Severity.LOW).build();
    as(HR).succession().create(lead);
    as(HR).succession().nominate(lead.position(), new Candidate(CLEO, Readiness.READY_NOW, List.of()));
    as(HR).competencies().assess(assessment("a-ana", ANA, EngineFixture.HANA, AssessorRole.ASSESSOR, 3, 1));
    as(HR).competencies().assess(assessment("a-cleo", CLEO, EngineFixture.HANA, AssessorRole.ASSESSOR, 3, 1));
    as(HR).competencies().assess(assessment("a-ben", BEN, EngineFixture.HANA, AssessorRole.ASSESSOR, 1, 1));
    development(ANA).createPlan(plan("plan-ana", ANA).addGoals(new DevelopmentGoal(ANA_GOAL, COACHING, 1, 2)).build());

    List<LeaderDevelopment> view = as(HR).development().leadership(MODEL, DisagreementRule.LOWEST);

    assertThat(view).extracting(LeaderDevelopment::leader).containsExactly(ANA, CLEO);
    assertThat(view.get(0).plans()).containsExactly(PlanId.of("plan-ana"));
    assertThat(view.get(0).unaddressed()).isEmpty();
    assertThat(view.get(1).plans()).isEmpty();
    assertThat(view.get(1).unaddressed()).containsExactly(COACHING);
    assertThat(view).allSatisfy(v -> assertThat(v.gaps()).singleElement().satisfies(g -> {
      assertThat(g.competency()).isEqualTo(COACHING);
      assertThat(g.shortfall()).isEqualTo(1);
    }));
    assertThatThrownBy(() -> as(Actor.person(ANA)).development().leadership(MODEL, DisagreementRule.LOWEST))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:ana may not VIEW_LEADERSHIP leadership development: " + NO_RULE);
  }

  @Test
  void competencyReadsAreCheckedForSystemsAndOutsiders() {
    assertThatThrownBy(() -> as(FEED).competencies().model(MODEL))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("system:mes-feed may not VIEW_COMPETENCY_MODEL competency models: system actor mes-feed is not declared with VIEW_COMPETENCY_MODEL");
    assertThatThrownBy(() -> as(FEED).competencies().model(ModelRevision.first(MODEL)))
        .hasMessageStartingWith("system:mes-feed may not VIEW_COMPETENCY_MODEL competency models: ");
    assertThatThrownBy(() -> as(Actor.person(CLEO)).competencies().assessments(BEN))
        .hasMessage("person:cleo may not VIEW_DEVELOPMENT assessments of ben: " + NO_RULE);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).competencies().unitGaps(PLANT, MODEL, DisagreementRule.LOWEST))
        .hasMessage("person:cleo may not VIEW_DEVELOPMENT gaps of unit plant-north: " + NO_RULE);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).competencies().unitTrend(PLANT, MODEL, DisagreementRule.LOWEST, DAY, DAY))
        .hasMessageStartingWith("person:cleo may not VIEW_DEVELOPMENT gaps of unit plant-north: ");
  }

  @Test
  void aUnitOfMoreThanFiftyPeopleGetsTheGapsOfItsMembersOnly() {
    store.forTenant(ACME).runInTransaction(work -> {
      for (int i = 0; i < 50; i++) {
        work.employees().insert(EngineFixture.employee(EmployeeId.of(String.format("s%02d", i)), null, SALES));
      }
    });
    as(HR).competencies().assess(assessment("a-s07", EmployeeId.of("s07"), EngineFixture.HANA, AssessorRole.ASSESSOR, 1, 1));
    as(HR).competencies().assess(assessment("a-cleo", CLEO, EngineFixture.HANA, AssessorRole.ASSESSOR, 2, 2));
    as(HR).competencies().assess(assessment("a-ben", BEN, EngineFixture.HANA, AssessorRole.ASSESSOR, 1, 1));

    assertThat(as(HR).competencies().unitGaps(SALES, MODEL, DisagreementRule.LOWEST))
        .containsExactly(new SharedGap(SAFETY, 2, 3, 2), new SharedGap(COACHING, 1, 1, 1));
    assertThat(Optional.of(as(HR).competencies().unitGaps(PLANT, MODEL, DisagreementRule.LOWEST)))
        .hasValueSatisfying(g -> assertThat(g).contains(new SharedGap(SAFETY, 1, 2, 2)));
  }
}
