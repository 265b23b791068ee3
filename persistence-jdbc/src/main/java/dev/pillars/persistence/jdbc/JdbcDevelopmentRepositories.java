package dev.pillars.persistence.jdbc;

import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.persistence.spi.AssessmentRepository;
import dev.pillars.persistence.spi.CoachingSessionRepository;
import dev.pillars.persistence.spi.CompetencyModelRepository;
import dev.pillars.persistence.spi.DevelopmentPlanRepository;
import dev.pillars.persistence.spi.SuccessionPlanRepository;

/** The development pillar's repositories of one session of the JDBC store. */
final class JdbcDevelopmentRepositories {
  final Models models;
  final Assessments assessments;
  final Plans plans;
  final Sessions sessions;
  final Successions successions;

  JdbcDevelopmentRepositories(Session session) {
    models = new Models(session);
    assessments = new Assessments(session);
    plans = new Plans(session);
    sessions = new Sessions(session);
    successions = new Successions(session);
  }

  /** Competency model revisions. */
  static final class Models extends JdbcRepository<ModelRevision, CompetencyModel> implements CompetencyModelRepository {
    Models(Session session) {
      super(session, session.jdbc().competencyModels);
    }
  }

  /** Competency assessments. */
  static final class Assessments extends JdbcRepository<AssessmentId, Assessment> implements AssessmentRepository {
    Assessments(Session session) {
      super(session, session.jdbc().assessments);
    }
  }

  /** Development plans. */
  static final class Plans extends JdbcRepository<PlanId, DevelopmentPlan> implements DevelopmentPlanRepository {
    Plans(Session session) {
      super(session, session.jdbc().developmentPlans);
    }
  }

  /** Coaching sessions. */
  static final class Sessions extends JdbcRepository<CoachingSessionId, CoachingSession> implements CoachingSessionRepository {
    Sessions(Session session) {
      super(session, session.jdbc().coachingSessions);
    }
  }

  /** Succession plans. */
  static final class Successions extends JdbcRepository<PositionId, SuccessionPlan> implements SuccessionPlanRepository {
    Successions(Session session) {
      super(session, session.jdbc().successionPlans);
    }
  }
}
