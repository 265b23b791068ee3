package dev.pillars.persistence.jdbc;

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
