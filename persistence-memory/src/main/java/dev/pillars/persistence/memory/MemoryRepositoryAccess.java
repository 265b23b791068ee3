package dev.pillars.persistence.memory;

import dev.pillars.persistence.spi.AlignmentLinkRepository;
import dev.pillars.persistence.spi.CalibrationSessionRepository;
import dev.pillars.persistence.spi.AssessmentRepository;
import dev.pillars.persistence.spi.CoachingSessionRepository;
import dev.pillars.persistence.spi.CompetencyModelRepository;
import dev.pillars.persistence.spi.DevelopmentPlanRepository;
import dev.pillars.persistence.spi.SuccessionPlanRepository;
import dev.pillars.persistence.spi.CheckInLog;
import dev.pillars.persistence.spi.EmployeeRepository;
import dev.pillars.persistence.spi.FeedbackRepository;
import dev.pillars.persistence.spi.FeedbackRequestRepository;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.AllocationRunRepository;
import dev.pillars.persistence.spi.BonusPlanRepository;
import dev.pillars.persistence.spi.KpiDefinitionRepository;
import dev.pillars.persistence.spi.MeritMatrixRepository;
import dev.pillars.persistence.spi.MeasurementLog;
import dev.pillars.persistence.spi.OneOnOneRepository;
import dev.pillars.persistence.spi.OrgUnitRepository;
import dev.pillars.persistence.spi.OrganisationRepository;
import dev.pillars.persistence.spi.OutboxRepository;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.PointsBudgetRepository;
import dev.pillars.persistence.spi.RecognitionRepository;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.ReviewCycleRepository;
import dev.pillars.persistence.spi.ReviewRepository;
import dev.pillars.persistence.spi.ReviewTemplateRepository;
import dev.pillars.persistence.spi.SurveyRepository;
import dev.pillars.persistence.spi.ThreeSixtyRoundRepository;

/**
 * The {@link Repositories} accessors shared by a tenant store and a unit of work: each hands out
 * the repository of the same name from {@link #repositories()}.
 */
abstract class MemoryRepositoryAccess implements Repositories {
  /** Returns the repositories this view hands out. */
  abstract MemoryRepositories repositories();

  @Override
  public GoalRepository goals() {
    return repositories().goals;
  }

  @Override
  public AlignmentLinkRepository alignment() {
    return repositories().alignment;
  }

  @Override
  public CheckInLog checkIns() {
    return repositories().checkIns;
  }

  @Override
  public EmployeeRepository employees() {
    return repositories().employees;
  }

  @Override
  public OrgUnitRepository orgUnits() {
    return repositories().orgUnits;
  }

  @Override
  public OrganisationRepository organisation() {
    return repositories().organisation;
  }

  @Override
  public KpiDefinitionRepository kpiDefinitions() {
    return repositories().kpiDefinitions;
  }

  @Override
  public MeasurementLog measurements() {
    return repositories().measurements;
  }

  @Override
  public PersonalDataRepository personalData() {
    return repositories().personalData;
  }

  @Override
  public OutboxRepository outbox() {
    return repositories().outbox;
  }

  @Override
  public RecognitionRepository recognitions() {
    return repositories().recognitions;
  }

  @Override
  public PointsBudgetRepository pointsBudgets() {
    return repositories().pointsBudgets;
  }

  @Override
  public ReviewTemplateRepository reviewTemplates() {
    return repositories().reviewTemplates;
  }

  @Override
  public ReviewCycleRepository reviewCycles() {
    return repositories().reviewCycles;
  }

  @Override
  public ReviewRepository reviews() {
    return repositories().reviews;
  }

  @Override
  public MeritMatrixRepository meritMatrices() {
    return repositories().meritMatrices;
  }

  @Override
  public BonusPlanRepository bonusPlans() {
    return repositories().bonusPlans;
  }

  @Override
  public AllocationRunRepository allocationRuns() {
    return repositories().allocationRuns;
  }

  @Override
  public CalibrationSessionRepository calibrationSessions() {
    return repositories().calibrationSessions;
  }

  @Override
  public CompetencyModelRepository competencyModels() {
    return repositories().development.models;
  }

  @Override
  public AssessmentRepository assessments() {
    return repositories().development.assessments;
  }

  @Override
  public DevelopmentPlanRepository developmentPlans() {
    return repositories().development.plans;
  }

  @Override
  public CoachingSessionRepository coachingSessions() {
    return repositories().development.sessions;
  }

  @Override
  public SuccessionPlanRepository successionPlans() {
    return repositories().development.successions;
  }

  @Override
  public FeedbackRepository feedback() {
    return repositories().feedback.feedback;
  }

  @Override
  public FeedbackRequestRepository feedbackRequests() {
    return repositories().feedback.requests;
  }

  @Override
  public ThreeSixtyRoundRepository threeSixtyRounds() {
    return repositories().feedback.rounds;
  }

  @Override
  public OneOnOneRepository oneOnOnes() {
    return repositories().feedback.oneOnOnes;
  }

  @Override
  public SurveyRepository surveys() {
    return repositories().feedback.surveys;
  }
}
