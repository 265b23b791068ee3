package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.IllegalTransitionException;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.AssessmentRecorded;
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
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentGoal;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.Readiness;
import dev.pillars.core.succession.Severity;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The development workflows through the engine: who may do what, events, and bad input. */
class DevelopmentServiceTest extends EngineTestBase {
  static final CompetencyModelId MODEL = CompetencyModelId.of("plant");
  static final CompetencyId SAFETY = CompetencyId.of("safety");
  static final CompetencyId COACHING = CompetencyId.of("coaching-others");
  static final LocalDate DAY = LocalDate.of(2026, 2, 10);

  static CompetencyModel model() {
    List<ProficiencyLevel> scale = List.of(
        new ProficiencyLevel(1, "Aware", "Knows it"), new ProficiencyLevel(2, "Able", "Does it"), new ProficiencyLevel(3, "Expert", "Teaches it"));
    return new CompetencyModel(
        ModelRevision.first(MODEL),
        "Plant",
        List.of(new Competency(SAFETY, "Safety", false, scale), new Competency(COACHING, "Coaching others", true, scale)),
        List.of(Requirement.forGrade("G1", SAFETY, 3), Requirement.forGrade("G1", COACHING, 2)));
  }

  static Assessment assessment(String id, EmployeeId who, EmployeeId by, AssessorRole role, int safety, int coaching) {
    return new Assessment(AssessmentId.of(id), who, new Assessor(by, role), ModelRevision.first(MODEL), DAY,
        List.of(Rating.of(SAFETY, safety, "observed on the line"), Rating.of(COACHING, coaching)));
  }

  @Test
  void assessmentsGiveGapsToThePersonTheirManagerAndHrOnly() {
    as(HR).competencies().publish(model());
    as(Actor.person(BEN)).competencies().assess(assessment("a1", BEN, BEN, AssessorRole.SELF, 3, 2));
    as(Actor.person(ANA)).competencies().assess(assessment("a2", BEN, ANA, AssessorRole.MANAGER, 1, 1));

    assertThat(as(Actor.person(BEN)).competencies().gaps(BEN, MODEL, DisagreementRule.MANAGER_FIRST).gap(BEN, SAFETY).orElseThrow().gap())
        .isEqualTo(2);
    assertThat(as(Actor.person(ANA)).competencies().unitGaps(PLANT, MODEL, DisagreementRule.MANAGER_FIRST))
        .containsExactly(new SharedGap(SAFETY, 1, 2, 2), new SharedGap(COACHING, 1, 1, 1));
    assertThat(delivered).anyMatch(e -> e.event() instanceof AssessmentRecorded);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).competencies().gaps(BEN, MODEL, DisagreementRule.LOWEST))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).competencies().assess(assessment("a3", BEN, CLEO, AssessorRole.ASSESSOR, 1, 1)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(BEN)).competencies().publish(model())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(ANA)).competencies().assess(
            new Assessment(AssessmentId.of("a4"), BEN, new Assessor(ANA, AssessorRole.MANAGER), ModelRevision.first(MODEL), DAY,
                List.of(Rating.of(SAFETY, 4)))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("level was 4");
    assertThat(as(HR).competencies().assessments(BEN)).hasSize(2);
  }

  @Test
  void plansTakeActionsAndCoachingAndRefuseBadMovesWithoutChange() {
    EngineFixture.plant(pillars);
    as(HR).competencies().publish(model());
    as(Actor.person(ANA)).competencies().assess(assessment("a1", BEN, ANA, AssessorRole.MANAGER, 1, 1));
    DevelopmentPlan plan = DevelopmentPlan.builder()
        .id(PlanId.of("plan-ben"))
        .employee(BEN)
        .title("Safety lead")
        .period(EngineFixture.H1)
        .addGoals(new DevelopmentGoal(BEN_GOAL, SAFETY, 1, 3))
        .build();
    Session ana = as(Actor.person(ANA));
    ana.development().createPlan(plan);
    ana.development().addAction(plan.id(), DevelopmentAction.builder()
        .id(ActionId.of("course")).kind(ActionKind.TRAINING).title("Safety officer course").due(DAY.plusDays(60)).build());
    CoachingSession session = CoachingSession.builder()
        .id(CoachingSessionId.of("cs1"))
        .coach(Coach.employee(CoachRole.MANAGER, ANA, "Ana"))
        .employee(BEN)
        .heldOn(DAY)
        .addTopics("Leading the safety walk")
        .addAgreed(new AgreedAction(ActionKind.STRETCH_ASSIGNMENT, "Lead Friday's safety walk", Optional.of(SAFETY), DAY.plusDays(10)))
        .build();
    ana.development().recordSession(session);
    ana.development().scheduleFollowUp(session.id(), DAY.plusDays(14));
    DevelopmentPlan carried = ana.development().carryIntoPlan(session.id(), plan.id());
    assertThat(carried.actions()).hasSize(2);
    DevelopmentPlan done = ana.development().moveAction(plan.id(), ActionId.of("course"), ActionStatus.COMPLETED);
    assertThat(done.progress()).isEqualTo(0.5);

    assertThatThrownBy(() -> ana.development().moveAction(plan.id(), ActionId.of("course"), ActionStatus.IN_PROGRESS))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(as(Actor.person(BEN)).development().plan(plan.id())).isEqualTo(done);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).development().plan(plan.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).development().recordSession(session)).isInstanceOf(AccessDeniedException.class);

    as(Actor.person(ANA)).competencies().assess(
        new Assessment(AssessmentId.of("a2"), BEN, new Assessor(ANA, AssessorRole.MANAGER), ModelRevision.first(MODEL), DAY.plusDays(90),
            List.of(Rating.of(SAFETY, 2))));
    assertThat(as(Actor.person(BEN)).development().outcomes(plan.id(), MODEL, DisagreementRule.MANAGER_FIRST))
        .singleElement()
        .satisfies(o -> {
          assertThat(o.before()).isEqualTo(1);
          assertThat(o.after()).hasValue(2);
          assertThat(o.reached()).isFalse();
        });
    assertThat(as(HR).development().leadership(MODEL, DisagreementRule.MANAGER_FIRST)).isEmpty();
  }

  @Test
  void aSuccessionPlanIsHiddenFromItsCandidatesAndIncumbent() {
    SuccessionPlan plan = SuccessionPlan.builder()
        .position(PositionId.of("shift-lead"))
        .title("Shift lead")
        .unit(PLANT)
        .incumbent(BEN)
        .impact(Severity.HIGH)
        .risk(Severity.MEDIUM)
        .build();
    as(Actor.person(ANA)).succession().create(plan);
    as(HR).succession().nominate(plan.position(), new Candidate(CLEO, Readiness.READY_NOW, List.of()));
    as(HR).succession().nominate(plan.position(), new Candidate(ANA, Readiness.ONE_TO_TWO_YEARS, List.of(COACHING)));

    assertThat(as(HR).succession().plan(plan.position()).candidates()).hasSize(2);
    assertThatThrownBy(() -> as(Actor.person(ANA)).succession().plan(plan.position()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("a candidate never sees the slate");
    assertThatThrownBy(() -> as(Actor.person(CLEO)).succession().plan(plan.position())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Actor.person(BEN)).succession().plan(plan.position())).isInstanceOf(AccessDeniedException.class);
    assertThat(as(Actor.person(CLEO)).succession().pipeline()).isEmpty();
    assertThat(as(HR).succession().pipeline()).singleElement().satisfies(p -> assertThat(p.benchStrength()).isEqualTo(1.0));
    assertThatThrownBy(() -> as(HR).succession().nominate(plan.position(), new Candidate(BEN, Readiness.READY_NOW, List.of())))
        .isInstanceOf(InvalidInputException.class);
    assertThat(as(HR).succession().plan(plan.position()).candidates()).extracting(Candidate::employee).containsExactly(CLEO, ANA);
    assertThat(as(Actor.person(ANA)).succession().pipeline()).isEmpty();
  }
}
