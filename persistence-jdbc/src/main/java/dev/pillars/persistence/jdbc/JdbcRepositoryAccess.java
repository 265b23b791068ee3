package dev.pillars.persistence.jdbc;

import dev.pillars.persistence.spi.AssessmentRepository;
import dev.pillars.persistence.spi.CoachingSessionRepository;
import dev.pillars.persistence.spi.CompetencyModelRepository;
import dev.pillars.persistence.spi.DevelopmentPlanRepository;
import dev.pillars.persistence.spi.SuccessionPlanRepository;
import dev.pillars.persistence.spi.AlignmentLinkRepository;
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
 * the repository of the same name from {@link #repositories()}. An interface, because a unit of
 * work already extends {@link Session}.
 */
interface JdbcRepositoryAccess extends Repositories {
  /** Returns the repositories this view hands out, all over the same session. */
  JdbcRepositories repositories();

  @Override
  default GoalRepository goals() {
    return repositories().goals;
  }

  @Override
  default AlignmentLinkRepository alignment() {
    return repositories().alignment;
  }

  @Override
  default CheckInLog checkIns() {
    return repositories().checkIns;
  }

  @Override
  default EmployeeRepository employees() {
    return repositories().employees;
  }

  @Override
  default OrgUnitRepository orgUnits() {
    return repositories().orgUnits;
  }

  @Override
  default OrganisationRepository organisation() {
    return repositories().organisation;
  }

  @Override
  default KpiDefinitionRepository kpiDefinitions() {
    return repositories().kpiDefinitions;
  }

  @Override
  default MeasurementLog measurements() {
    return repositories().measurements;
  }

  @Override
  default PersonalDataRepository personalData() {
    return repositories().personalData;
  }

  @Override
  default OutboxRepository outbox() {
    return repositories().outbox;
  }

  @Override
  default RecognitionRepository recognitions() {
    return repositories().recognitions;
  }

  @Override
  default PointsBudgetRepository pointsBudgets() {
    return repositories().pointsBudgets;
  }

  @Override
  default ReviewTemplateRepository reviewTemplates() {
    return repositories().reviewTemplates;
  }

  @Override
  default ReviewCycleRepository reviewCycles() {
    return repositories().reviewCycles;
  }

  @Override
  default ReviewRepository reviews() {
    return repositories().reviews;
  }

  @Override
  default MeritMatrixRepository meritMatrices() {
    return repositories().meritMatrices;
  }

  @Override
  default BonusPlanRepository bonusPlans() {
    return repositories().bonusPlans;
  }

  @Override
  default AllocationRunRepository allocationRuns() {
    return repositories().allocationRuns;
  }

  @Override
  default dev.pillars.persistence.spi.CalibrationSessionRepository calibrationSessions() {
    return repositories().calibrationSessions;
  }

  @Override
  default CompetencyModelRepository competencyModels() {
    return repositories().development.models;
  }

  @Override
  default AssessmentRepository assessments() {
    return repositories().development.assessments;
  }

  @Override
  default DevelopmentPlanRepository developmentPlans() {
    return repositories().development.plans;
  }

  @Override
  default CoachingSessionRepository coachingSessions() {
    return repositories().development.sessions;
  }

  @Override
  default SuccessionPlanRepository successionPlans() {
    return repositories().development.successions;
  }

  @Override
  default FeedbackRepository feedback() {
    return repositories().feedback.feedback;
  }

  @Override
  default FeedbackRequestRepository feedbackRequests() {
    return repositories().feedback.requests;
  }

  @Override
  default ThreeSixtyRoundRepository threeSixtyRounds() {
    return repositories().feedback.rounds;
  }

  @Override
  default OneOnOneRepository oneOnOnes() {
    return repositories().feedback.oneOnOnes;
  }

  @Override
  default SurveyRepository surveys() {
    return repositories().feedback.surveys;
  }
}
