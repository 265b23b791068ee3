package dev.pillars.engine.development;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.CompetencyTrend;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.GapAnalysis;
import dev.pillars.core.assessment.GapReport;
import dev.pillars.core.assessment.SharedGap;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Effect;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.persistence.spi.Repositories;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Competency models, assessments and gaps of one tenant, for one actor: publish and revise models,
 * record assessments, read a person's gaps and a unit's largest gaps and their trend. Every method
 * checks access, runs in one unit of work and delivers its events after commit; a method that
 * throws has changed nothing.
 *
 * <pre>{@code
 * CompetencyService competencies = pillars.tenant(acme).as(Actor.person(manager)).competencies();
 * competencies.assess(assessment);
 * List<SharedGap> largest = competencies.unitGaps(plant, CompetencyModelId.of("plant"), DisagreementRule.MANAGER_FIRST);
 * }</pre>
 */
public final class CompetencyService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.competencies()}.
   *
   * @param call the call context
   */
  public CompetencyService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Publishes the first revision of a competency model.
   *
   * @param model the model, at revision 1, new to the tenant
   * @return the model as stored
   * @throws NullPointerException if {@code model} is null
   * @throws dev.pillars.core.InvalidInputException if the model is not at revision 1
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the tenant has it already
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not define models
   */
  public CompetencyModel publish(CompetencyModel model) {
    requireNonNull(model, "model");
    return call.write("publish competency model", work -> {
      work.require(Action.DEFINE_COMPETENCY_MODEL, tenantModels());
      Change<CompetencyModel> change = CompetencyModel.publish(model, call.clock());
      work.repositories().competencyModels().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(model.id().model()));
    });
  }

  /**
   * Publishes the next revision of a model; assessments taken against earlier revisions keep them.
   *
   * @param model the model
   * @param competencies the new revision's competencies
   * @param requirements the new revision's requirements
   * @return the new revision as stored
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.UnknownReferenceException if the tenant has no such model
   * @throws dev.pillars.core.InvalidInputException if the new revision breaks a rule of a model
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not define models
   */
  public CompetencyModel revise(CompetencyModelId model, List<Competency> competencies, List<Requirement> requirements) {
    requireNonNull(model, "model");
    requireNonNull(competencies, "competencies");
    requireNonNull(requirements, "requirements");
    return call.write("revise competency model", work -> {
      work.require(Action.DEFINE_COMPETENCY_MODEL, tenantModels());
      Change<CompetencyModel> change = Lookups.latest(work.repositories(), model).revise(competencies, requirements, call.clock());
      work.repositories().competencyModels().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, key(model));
    });
  }

  /**
   * Returns the latest revision of a model.
   *
   * @param model the model
   * @return its latest revision
   * @throws dev.pillars.core.UnknownReferenceException if the tenant has no such model
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read models
   */
  public CompetencyModel model(CompetencyModelId model) {
    requireNonNull(model, "model");
    return call.read(scope -> {
      scope.require(Action.VIEW_COMPETENCY_MODEL, tenantModels());
      return Lookups.latest(scope.repositories(), model);
    });
  }

  /**
   * Returns one revision of a model, as assessments taken against it read it.
   *
   * @param revision the revision
   * @return the revision
   * @throws dev.pillars.core.InvalidInputException if the tenant has no such revision
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not read models
   */
  public CompetencyModel model(ModelRevision revision) {
    requireNonNull(revision, "revision");
    return call.read(scope -> {
      scope.require(Action.VIEW_COMPETENCY_MODEL, tenantModels());
      return Lookups.revision(scope.repositories(), revision);
    });
  }

  /**
   * Records an assessment, checked against the model revision it names.
   *
   * @param assessment the assessment, with an id new to the tenant
   * @return the assessment as stored
   * @throws NullPointerException if {@code assessment} is null
   * @throws dev.pillars.core.InvalidInputException if the revision is not published or a rating
   *     does not fit it
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not assess the person
   */
  public Assessment assess(Assessment assessment) {
    requireNonNull(assessment, "assessment");
    return call.write("record assessment", work -> {
      work.require(Action.ASSESS_COMPETENCY, Lookups.person("assessments of " + assessment.employee(), assessment.employee()));
      CompetencyModel model = Lookups.revision(work.repositories(), assessment.model());
      Change<Assessment> change = Assessment.record(assessment, model, call.clock());
      work.repositories().assessments().insert(change.value());
      return Outcome.of(change.value(), change, Effect.NONE, "assessment:" + assessment.id().value());
    });
  }

  /**
   * Returns a person's assessments, oldest first.
   *
   * @param employee the person
   * @return their assessments
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the person's
   *     development
   */
  public List<Assessment> assessments(EmployeeId employee) {
    requireNonNull(employee, "employee");
    return call.read(scope -> {
      scope.require(Action.VIEW_DEVELOPMENT, Lookups.person("assessments of " + employee, employee));
      return Lookups.values(scope.repositories().assessments().streamByEmployee(employee)).stream()
          .sorted(java.util.Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::id))
          .toList();
    });
  }

  /**
   * Returns a person's gaps against the latest revision of a model.
   *
   * @param employee the person, an employee of the tenant
   * @param model the model
   * @param rule how disagreeing ratings become one level
   * @return the report of that one person
   * @throws dev.pillars.core.UnknownReferenceException if the person or the model is unknown
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the person's
   *     development
   */
  public GapReport gaps(EmployeeId employee, CompetencyModelId model, DisagreementRule rule) {
    requireNonNull(employee, "employee");
    requireNonNull(model, "model");
    requireNonNull(rule, "rule");
    return call.read(scope -> {
      scope.require(Action.VIEW_DEVELOPMENT, Lookups.person("gaps of " + employee, employee));
      Repositories r = scope.repositories();
      Employee person = Lookups.employee(r, employee);
      return GapAnalysis.of(Lookups.latest(r, model), rule)
          .analyse(List.of(person), Lookups.values(r.assessments().streamByEmployee(employee)));
    });
  }

  /**
   * Returns the largest gaps of a unit's members (the unit and the units below it): the
   * competencies where they fall short, how many share each gap, largest first.
   *
   * @param unit the unit
   * @param model the model, read at its latest revision
   * @param rule how disagreeing ratings become one level
   * @return the shared gaps
   * @throws dev.pillars.core.UnknownReferenceException if the model is unknown
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the unit's gaps
   */
  public List<SharedGap> unitGaps(OrgUnitId unit, CompetencyModelId model, DisagreementRule rule) {
    return unitReports(unit, model, rule, LocalDate.MAX, LocalDate.MAX).get(1).largestGaps();
  }

  /**
   * Returns how a unit's gaps moved between two days: per competency, the summed shortfall of the
   * members assessed in it by both days, as the assessments stood on each.
   *
   * @param unit the unit
   * @param model the model, read at its latest revision
   * @param rule how disagreeing ratings become one level
   * @param before the earlier day
   * @param after the later day
   * @return one trend per competency
   * @throws dev.pillars.core.UnknownReferenceException if the model is unknown
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see the unit's gaps
   */
  public List<CompetencyTrend> unitTrend(
      OrgUnitId unit, CompetencyModelId model, DisagreementRule rule, LocalDate before, LocalDate after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    List<GapReport> reports = unitReports(unit, model, rule, before, after);
    return reports.get(0).trend(reports.get(1), reports.get(1).people());
  }

  private List<GapReport> unitReports(
      OrgUnitId unit, CompetencyModelId model, DisagreementRule rule, LocalDate before, LocalDate after) {
    requireNonNull(unit, "unit");
    requireNonNull(model, "model");
    requireNonNull(rule, "rule");
    return call.read(scope -> {
      scope.require(Action.VIEW_DEVELOPMENT, Resource.ofUnit("gaps of unit " + unit, unit));
      Repositories r = scope.repositories();
      Organisation organisation = r.organisation().snapshot();
      List<Employee> members = organisation.allMembers(unit);
      Set<EmployeeId> ids = new HashSet<>();
      members.forEach(m -> ids.add(m.id()));
      List<Assessment> assessments =
          Lookups.aboutPeople(ids, r.assessments(), r.assessments()::streamByEmployee, Assessment::employee);
      GapAnalysis analysis = GapAnalysis.of(Lookups.latest(r, model), rule);
      return List.of(analysis.analyse(members, assessments, before), analysis.analyse(members, assessments, after));
    });
  }

  private static Resource tenantModels() {
    return Resource.ofTenant("competency models");
  }

  private static String key(CompetencyModelId model) {
    return "competency-model:" + model.value();
  }
}
