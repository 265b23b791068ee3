package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.Assessor;
import dev.pillars.core.assessment.AssessorRole;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.GapAnalysis;
import dev.pillars.core.assessment.GapReport;
import dev.pillars.core.assessment.Rating;
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
import dev.pillars.core.development.Cost;
import dev.pillars.core.development.DevelopmentAction;
import dev.pillars.core.development.DevelopmentGoal;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.Readiness;
import dev.pillars.core.succession.Severity;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.engine.Session;
import dev.pillars.persistence.spi.AssessmentRepository;
import dev.pillars.persistence.spi.CoachingSessionRepository;
import dev.pillars.persistence.spi.CompetencyModelRepository;
import dev.pillars.persistence.spi.DevelopmentPlanRepository;
import dev.pillars.persistence.spi.SuccessionPlanRepository;
import dev.pillars.persistence.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Sample values of the development pillar's published types, for the API sanity tests. */
final class ApiSamplesDevelopment {
  private ApiSamplesDevelopment() {}

  static void add(ApiSamples s, UnitOfWork work, Session session) {
    LocalDate day = LocalDate.of(2026, 3, 2);
    CompetencyId safety = CompetencyId.of("safety");
    ModelRevision revision = ModelRevision.first(CompetencyModelId.of("plant"));
    ProficiencyLevel level = new ProficiencyLevel(1, "Aware", "Knows the rules");
    Competency competency = new Competency(safety, "Safety", false, List.of(level));
    Requirement requirement = Requirement.forRole("Operator", safety, 1);
    CompetencyModel model = new CompetencyModel(revision, "Plant", List.of(competency), List.of(requirement));
    s.add(CompetencyModelId.class, revision.model());
    s.add(ModelRevision.class, revision);
    s.add(ProficiencyLevel.class, level);
    s.add(Competency.class, competency);
    s.add(Requirement.class, requirement);
    s.add(CompetencyModel.class, model);
    Rating rating = Rating.of(safety, 1, "Ran the drill");
    Assessment assessment = new Assessment(
        AssessmentId.of("a1"), EmployeeId.of("ana"), new Assessor(EmployeeId.of("eva"), AssessorRole.MANAGER), revision, day, List.of(rating));
    s.add(AssessmentId.class, assessment.id());
    s.add(Rating.class, rating);
    s.add(Assessor.class, assessment.assessor());
    s.add(Assessment.class, assessment);
    GapAnalysis analysis = GapAnalysis.of(model, DisagreementRule.MANAGER_FIRST);
    s.add(GapAnalysis.class, analysis);
    GapReport report = analysis.analyse(List.of(AcmeFirm.organisation().employees().get(0)), List.of(assessment));
    s.add(GapReport.class, report);
    DevelopmentAction action = DevelopmentAction.builder()
        .id(ActionId.of("course")).kind(ActionKind.TRAINING).title("Safety course").due(day).cost(Cost.of(45_000, "EUR")).build();
    DevelopmentPlan plan = DevelopmentPlan.builder()
        .id(PlanId.of("plan-ana"))
        .employee(EmployeeId.of("ana"))
        .title("Safety lead")
        .period(Period.of(day, day.plusDays(90)))
        .addGoals(new DevelopmentGoal(GoalId.of("g1"), safety, 1, 2))
        .addActions(action)
        .build();
    s.add(PlanId.class, plan.id());
    s.add(ActionId.class, action.id());
    s.add(Cost.class, action.cost().orElseThrow());
    s.add(DevelopmentGoal.class, plan.goals().get(0));
    s.add(DevelopmentAction.class, action);
    s.add(DevelopmentAction.Builder.class, DevelopmentAction.builder());
    s.add(DevelopmentPlan.class, plan);
    s.add(DevelopmentPlan.Builder.class, DevelopmentPlan.builder());
    AgreedAction agreed = new AgreedAction(ActionKind.STRETCH_ASSIGNMENT, "Lead the safety walk", Optional.of(safety), day.plusDays(7));
    CoachingSession coaching = CoachingSession.builder()
        .id(CoachingSessionId.of("cs1"))
        .coach(Coach.employee(CoachRole.MANAGER, EmployeeId.of("eva"), "Eva"))
        .employee(EmployeeId.of("ana"))
        .heldOn(day)
        .addTopics("Safety walks")
        .addAgreed(agreed)
        .build();
    s.add(CoachingSessionId.class, coaching.id());
    s.add(Coach.class, coaching.coach());
    s.add(AgreedAction.class, agreed);
    s.add(CoachingSession.class, coaching);
    s.add(CoachingSession.Builder.class, CoachingSession.builder());
    Candidate candidate = new Candidate(EmployeeId.of("tom"), Readiness.READY_NOW, List.of(safety));
    SuccessionPlan succession = SuccessionPlan.builder()
        .position(PositionId.of("plant-manager"))
        .title("Plant manager")
        .unit(OrgUnitId.of("plant"))
        .incumbent(EmployeeId.of("eva"))
        .impact(Severity.HIGH)
        .risk(Severity.MEDIUM)
        .addCandidates(candidate)
        .build();
    s.add(PositionId.class, succession.position());
    s.add(Candidate.class, candidate);
    s.add(SuccessionPlan.class, succession);
    s.add(SuccessionPlan.Builder.class, SuccessionPlan.builder());
    s.add(CompetencyModelRepository.class, work.competencyModels());
    s.add(AssessmentRepository.class, work.assessments());
    s.add(DevelopmentPlanRepository.class, work.developmentPlans());
    s.add(CoachingSessionRepository.class, work.coachingSessions());
    s.add(SuccessionPlanRepository.class, work.successionPlans());
    s.add(dev.pillars.engine.development.CompetencyService.class, session.competencies());
    s.add(dev.pillars.engine.development.DevelopmentService.class, session.development());
    s.add(dev.pillars.engine.development.SuccessionService.class, session.succession());
  }
}
