package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.coaching.CoachingSession;
import dev.pillars.core.coaching.CoachingSessionId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.development.DevelopmentPlan;
import dev.pillars.core.development.PlanId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.persistence.spi.AssessmentRepository;
import dev.pillars.persistence.spi.CoachingSessionRepository;
import dev.pillars.persistence.spi.CompetencyModelRepository;
import dev.pillars.persistence.spi.DevelopmentPlanRepository;
import dev.pillars.persistence.spi.SuccessionPlanRepository;
import dev.pillars.persistence.spi.Versioned;
import dev.pillars.persistence.spi.internal.NamedEmployees;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The development pillar's repositories of one tenant store or unit of work in the in-memory store. */
final class MemoryDevelopmentRepositories {
  final Models models;
  final Assessments assessments;
  final Plans plans;
  final Sessions sessions;
  final Successions successions;

  MemoryDevelopmentRepositories(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    models = new Models(store, work);
    assessments = new Assessments(store, work);
    plans = new Plans(store, work);
    sessions = new Sessions(store, work);
    successions = new Successions(store, work);
  }

  /** Competency model revisions. */
  static final class Models extends MemoryRepository<ModelRevision, CompetencyModel> implements CompetencyModelRepository {
    Models(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.COMPETENCY_MODELS, "CompetencyModelRepository");
    }
  }

  /** Competency assessments. */
  static final class Assessments extends MemoryRepository<AssessmentId, Assessment> implements AssessmentRepository {
    Assessments(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.ASSESSMENTS, "AssessmentRepository");
    }

    @Override
    public Stream<Versioned<Assessment>> streamByEmployee(EmployeeId employee) {
      Checks.notNull("employee", employee);
      return stream().filter(a -> a.value().employee().equals(employee));
    }
  }

  /** Development plans. */
  static final class Plans extends MemoryRepository<PlanId, DevelopmentPlan> implements DevelopmentPlanRepository {
    Plans(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.DEVELOPMENT_PLANS, "DevelopmentPlanRepository");
    }

    @Override
    public Stream<Versioned<DevelopmentPlan>> streamByEmployee(EmployeeId employee) {
      Checks.notNull("employee", employee);
      return stream().filter(p -> p.value().employee().equals(employee));
    }
  }

  /** Coaching sessions. */
  static final class Sessions extends MemoryRepository<CoachingSessionId, CoachingSession> implements CoachingSessionRepository {
    Sessions(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.COACHING_SESSIONS, "CoachingSessionRepository");
    }

    @Override
    public Stream<Versioned<CoachingSession>> streamByEmployee(EmployeeId employee) {
      Checks.notNull("employee", employee);
      return stream().filter(c -> c.value().employee().equals(employee));
    }
  }

  /** Succession plans. */
  static final class Successions extends MemoryRepository<PositionId, SuccessionPlan> implements SuccessionPlanRepository {
    Successions(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
      super(store, work, Tables.SUCCESSION_PLANS, "SuccessionPlanRepository");
    }

    @Override
    public Stream<Versioned<SuccessionPlan>> streamByUnit(OrgUnitId unit) {
      Checks.notNull("unit", unit);
      return stream().filter(p -> p.value().unit().equals(unit));
    }

    @Override
    public Stream<Versioned<SuccessionPlan>> streamNaming(EmployeeId employee) {
      Checks.notNull("employee", employee);
      return stream().filter(p -> NamedEmployees.of(p.value()).contains(employee));
    }
  }
}
