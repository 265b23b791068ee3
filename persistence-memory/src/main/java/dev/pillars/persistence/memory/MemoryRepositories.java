package dev.pillars.persistence.memory;

import org.jspecify.annotations.Nullable;

/**
 * The repositories of a tenant store (reading committed data) or of one unit of work (reading its
 * view and writing into it), created together because they call each other: a goal's deletion
 * deletes its check-ins, a measurement needs its KPI's definition, erasure spans them all.
 */
final class MemoryRepositories {
  final MemoryGoalRepository goals;
  final MemoryEmployeeRepository employees;
  final MemoryOrgUnitRepository orgUnits;
  final MemoryOrganisation organisation;
  final MemoryKpiDefinitionRepository kpiDefinitions;
  final MemoryAlignment alignment;
  final MemoryMeasurementLog measurements;
  final MemoryCheckInLog checkIns;
  final MemoryPersonalData personalData;
  final MemoryOutbox outbox;
  final MemoryRecognitionRepository recognitions;
  final MemoryPointsBudgetRepository pointsBudgets;
  final MemoryReviewTemplateRepository reviewTemplates;
  final MemoryReviewCycleRepository reviewCycles;
  final MemoryReviewRepository reviews;
  final MemoryRewardRepositories.MeritMatrices meritMatrices;
  final MemoryRewardRepositories.BonusPlans bonusPlans;
  final MemoryRewardRepositories.AllocationRuns allocationRuns;
  final MemoryCalibrationSessionRepository calibrationSessions;
  final MemoryDevelopmentRepositories development;
  final MemoryFeedbackRepositories feedback;

  MemoryRepositories(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    goals = new MemoryGoalRepository(store, work, this);
    employees = new MemoryEmployeeRepository(store, work);
    orgUnits = new MemoryOrgUnitRepository(store, work);
    organisation = new MemoryOrganisation(store, work, employees, orgUnits);
    kpiDefinitions = new MemoryKpiDefinitionRepository(store, work, this);
    alignment = new MemoryAlignment(store, work, this);
    measurements = new MemoryMeasurementLog(store, work, this);
    checkIns = new MemoryCheckInLog(store, work, this);
    outbox = new MemoryOutbox(store, work);
    recognitions = new MemoryRecognitionRepository(store, work);
    pointsBudgets = new MemoryPointsBudgetRepository(store, work);
    feedback = new MemoryFeedbackRepositories(store, work);
    personalData = new MemoryPersonalData(store, work, this);
    reviewTemplates = new MemoryReviewTemplateRepository(store, work);
    reviewCycles = new MemoryReviewCycleRepository(store, work);
    reviews = new MemoryReviewRepository(store, work);
    meritMatrices = new MemoryRewardRepositories.MeritMatrices(store, work);
    bonusPlans = new MemoryRewardRepositories.BonusPlans(store, work);
    allocationRuns = new MemoryRewardRepositories.AllocationRuns(store, work);
    calibrationSessions = new MemoryCalibrationSessionRepository(store, work);
    development = new MemoryDevelopmentRepositories(store, work);
  }
}
