package dev.pillars.persistence.spi;

import dev.pillars.core.TenantId;

/**
 * The repositories of one tenant: one per aggregate (the organisation's employees and units, goals
 * and their alignment links and check-ins, KPI definitions and their measurements, the outbox), plus
 * export and erasure of personal data.
 *
 * <p>Both a {@link TenantStore} and a {@link UnitOfWork} offer them. Those of a tenant store read
 * committed data and refuse writes with {@link TransactionRequiredException}; those of a unit of
 * work read committed data plus the unit of work's own writes and write into it. Each call returns
 * the same repository for the same tenant store or unit of work, or an equivalent one; obtaining a
 * repository is cheap and never fails.
 */
public interface Repositories {

  /**
   * Returns the tenant all these repositories are scoped to.
   *
   * @return the tenant
   */
  TenantId tenant();

  /**
   * Returns the tenant's goals.
   *
   * @return the goal repository
   */
  GoalRepository goals();

  /**
   * Returns the tenant's alignment links, versioned as one graph.
   *
   * @return the alignment link repository
   */
  AlignmentLinkRepository alignment();

  /**
   * Returns the check-ins of the tenant's goals.
   *
   * @return the check-in log
   */
  CheckInLog checkIns();

  /**
   * Returns the tenant's employee records.
   *
   * @return the employee repository
   */
  EmployeeRepository employees();

  /**
   * Returns the tenant's organisational units.
   *
   * @return the unit repository
   */
  OrgUnitRepository orgUnits();

  /**
   * Returns the tenant's organisation, assembled from its employees and units in one read.
   *
   * @return the organisation repository
   */
  OrganisationRepository organisation();

  /**
   * Returns the tenant's KPI definitions.
   *
   * @return the KPI definition repository
   */
  KpiDefinitionRepository kpiDefinitions();

  /**
   * Returns the measurements of the tenant's KPIs.
   *
   * @return the measurement log
   */
  MeasurementLog measurements();

  /**
   * Returns export and erasure of one employee's data across all of the tenant's aggregates.
   *
   * @return the personal-data repository
   */
  PersonalDataRepository personalData();

  /**
   * Returns the tenant's outbox: events written in the same unit of work as their change, for the
   * host's relay to publish.
   *
   * @return the outbox
   */
  OutboxRepository outbox();

  /**
   * Returns the tenant's peer recognitions.
   *
   * @return the recognition repository
   */
  RecognitionRepository recognitions();

  /**
   * Returns the tenant's recognition points budgets, one per giver and period.
   *
   * @return the points budget repository
   */
  PointsBudgetRepository pointsBudgets();

  /**
   * Returns the tenant's review templates.
   *
   * @return the review template repository
   */
  ReviewTemplateRepository reviewTemplates();

  /**
   * Returns the tenant's review cycles.
   *
   * @return the review cycle repository
   */
  ReviewCycleRepository reviewCycles();

  /**
   * Returns the tenant's reviews, with their amendment histories.
   *
   * @return the review repository
   */
  ReviewRepository reviews();

  /**
   * Returns the tenant's merit matrices.
   *
   * @return the merit matrix repository
   */
  MeritMatrixRepository meritMatrices();

  /**
   * Returns the tenant's bonus plans.
   *
   * @return the bonus plan repository
   */
  BonusPlanRepository bonusPlans();

  /**
   * Returns the tenant's allocation runs (merit rounds and bonus pools with their receipts).
   *
   * @return the allocation run repository
   */
  AllocationRunRepository allocationRuns();

  /**
   * Returns the tenant's calibration sessions.
   *
   * @return the calibration session repository
   */
  CalibrationSessionRepository calibrationSessions();

  /**
   * Returns the tenant's competency models, one aggregate per revision.
   *
   * @return the competency model repository
   */
  CompetencyModelRepository competencyModels();

  /**
   * Returns the tenant's competency assessments.
   *
   * @return the assessment repository
   */
  AssessmentRepository assessments();

  /**
   * Returns the tenant's development plans.
   *
   * @return the development plan repository
   */
  DevelopmentPlanRepository developmentPlans();

  /**
   * Returns the tenant's coaching sessions.
   *
   * @return the coaching session repository
   */
  CoachingSessionRepository coachingSessions();

  /**
   * Returns the tenant's succession plans, one per key position.
   *
   * @return the succession plan repository
   */
  SuccessionPlanRepository successionPlans();

  /**
   * Returns the tenant's feedback.
   *
   * @return the feedback repository
   */
  FeedbackRepository feedback();

  /**
   * Returns the tenant's feedback requests.
   *
   * @return the feedback request repository
   */
  FeedbackRequestRepository feedbackRequests();

  /**
   * Returns the tenant's 360 rounds.
   *
   * @return the 360 round repository
   */
  ThreeSixtyRoundRepository threeSixtyRounds();

  /**
   * Returns the tenant's 1:1s.
   *
   * @return the 1:1 repository
   */
  OneOnOneRepository oneOnOnes();

  /**
   * Returns the tenant's pulse and engagement surveys.
   *
   * @return the survey repository
   */
  SurveyRepository surveys();
}
