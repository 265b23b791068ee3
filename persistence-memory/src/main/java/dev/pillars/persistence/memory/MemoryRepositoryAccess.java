package dev.pillars.persistence.memory;

import dev.pillars.persistence.spi.AlignmentLinkRepository;
import dev.pillars.persistence.spi.CheckInLog;
import dev.pillars.persistence.spi.EmployeeRepository;
import dev.pillars.persistence.spi.FeedbackRepository;
import dev.pillars.persistence.spi.FeedbackRequestRepository;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.KpiDefinitionRepository;
import dev.pillars.persistence.spi.MeasurementLog;
import dev.pillars.persistence.spi.OneOnOneRepository;
import dev.pillars.persistence.spi.OrgUnitRepository;
import dev.pillars.persistence.spi.OrganisationRepository;
import dev.pillars.persistence.spi.OutboxRepository;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.Repositories;
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
