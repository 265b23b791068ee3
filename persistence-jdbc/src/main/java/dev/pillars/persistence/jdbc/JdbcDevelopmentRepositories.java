package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.persistence.spi.internal.NamedEmployees;
import java.util.stream.Stream;
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

    @Override
    public Stream<Versioned<Assessment>> streamByEmployee(EmployeeId employee) {
      Checks.notNull("employee", employee);
      return streamWhere("streamByEmployee", "employee_id = ?", s -> s.setString(2, employee.value()));
    }
  }

  /** Development plans. */
  static final class Plans extends JdbcRepository<PlanId, DevelopmentPlan> implements DevelopmentPlanRepository {
    Plans(Session session) {
      super(session, session.jdbc().developmentPlans);
    }

    @Override
    public Stream<Versioned<DevelopmentPlan>> streamByEmployee(EmployeeId employee) {
      Checks.notNull("employee", employee);
      return streamWhere("streamByEmployee", "employee_id = ?", s -> s.setString(2, employee.value()));
    }
  }

  /** Coaching sessions. */
  static final class Sessions extends JdbcRepository<CoachingSessionId, CoachingSession> implements CoachingSessionRepository {
    Sessions(Session session) {
      super(session, session.jdbc().coachingSessions);
    }

    @Override
    public Stream<Versioned<CoachingSession>> streamByEmployee(EmployeeId employee) {
      Checks.notNull("employee", employee);
      return streamWhere("streamByEmployee", "employee_id = ?", s -> s.setString(2, employee.value()));
    }
  }

  /** Succession plans. */
  static final class Successions extends JdbcRepository<PositionId, SuccessionPlan> implements SuccessionPlanRepository {
    Successions(Session session) {
      super(session, session.jdbc().successionPlans);
    }

    @Override
    public Stream<Versioned<SuccessionPlan>> streamByUnit(OrgUnitId unit) {
      Checks.notNull("unit", unit);
      return streamWhere("streamByUnit", "unit_id = ?", s -> s.setString(2, unit.value()));
    }

    /** Reads the rows whose {@code named} lists the employee, and those written before it existed (NULL). */
    @Override
    public Stream<Versioned<SuccessionPlan>> streamNaming(EmployeeId employee) {
      Checks.notNull("employee", employee);
      String pattern = "%|" + employee.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "|%";
      return streamWhere("streamNaming", "(named LIKE ? ESCAPE '\\' OR named IS NULL)", s -> s.setString(2, pattern))
          .filter(p -> NamedEmployees.of(p.value()).contains(employee));
    }
  }
}
