package dev.pillars.persistence.jdbc;

/**
 * The repositories of one session, created together: those of a tenant store read committed
 * data, those of a unit of work run on its connection.
 */
final class JdbcRepositories {
  final JdbcGoalRepository goals;
  final JdbcAlignment alignment;
  final JdbcCheckInLog checkIns;
  final JdbcEmployeeRepository employees;
  final JdbcOrgUnitRepository orgUnits;
  final JdbcOrganisation organisation;
  final JdbcKpiDefinitionRepository kpiDefinitions;
  final JdbcMeasurementLog measurements;
  final JdbcPersonalData personalData;
  final JdbcOutbox outbox;
  final JdbcRecognitionRepository recognitions;
  final JdbcPointsBudgetRepository pointsBudgets;
  final JdbcReviewTemplateRepository reviewTemplates;
  final JdbcReviewCycleRepository reviewCycles;
  final JdbcReviewRepository reviews;
  final JdbcRewardRepositories.MeritMatrices meritMatrices;
  final JdbcRewardRepositories.BonusPlans bonusPlans;
  final JdbcRewardRepositories.AllocationRuns allocationRuns;
  final JdbcCalibrationSessionRepository calibrationSessions;
  final JdbcDevelopmentRepositories development;
  final JdbcFeedbackRepositories feedback;

  JdbcRepositories(Session session) {
    this.goals = new JdbcGoalRepository(session);
    this.alignment = new JdbcAlignment(session);
    this.checkIns = new JdbcCheckInLog(session);
    this.employees = new JdbcEmployeeRepository(session);
    this.orgUnits = new JdbcOrgUnitRepository(session);
    this.organisation = new JdbcOrganisation(session);
    this.kpiDefinitions = new JdbcKpiDefinitionRepository(session);
    this.measurements = new JdbcMeasurementLog(session);
    this.outbox = new JdbcOutbox(session);
    this.recognitions = new JdbcRecognitionRepository(session);
    this.pointsBudgets = new JdbcPointsBudgetRepository(session);
    this.feedback = new JdbcFeedbackRepositories(session);
    this.personalData = new JdbcPersonalData(session, outbox);
    this.reviewTemplates = new JdbcReviewTemplateRepository(session);
    this.reviewCycles = new JdbcReviewCycleRepository(session);
    this.reviews = new JdbcReviewRepository(session);
    this.meritMatrices = new JdbcRewardRepositories.MeritMatrices(session);
    this.bonusPlans = new JdbcRewardRepositories.BonusPlans(session);
    this.allocationRuns = new JdbcRewardRepositories.AllocationRuns(session);
    this.calibrationSessions = new JdbcCalibrationSessionRepository(session);
    this.development = new JdbcDevelopmentRepositories(session);
  }
}
