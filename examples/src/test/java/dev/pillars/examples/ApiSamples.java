package dev.pillars.examples;

import com.google.common.testing.NullPointerTester;
import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.Milestone;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.smart.SmartAssessor;
import dev.pillars.core.smart.SmartContext;
import dev.pillars.core.smart.SmartPolicy;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.AlignmentLinkRepository;
import dev.pillars.persistence.spi.CheckInLog;
import dev.pillars.persistence.spi.EmployeeRepository;
import dev.pillars.persistence.spi.GoalRepository;
import dev.pillars.persistence.spi.KpiDefinitionRepository;
import dev.pillars.persistence.spi.MeasurementLog;
import dev.pillars.persistence.spi.OrgUnitRepository;
import dev.pillars.persistence.spi.OrganisationRepository;
import dev.pillars.persistence.spi.PersonalDataRepository;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.persistence.tck.TckGoals;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.allocation.AllocationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import dev.pillars.scoring.cascade.Cascade;
import dev.pillars.scoring.composition.AbsentComponentPolicy;
import dev.pillars.scoring.composition.CompositionStrategy;
import dev.pillars.scoring.normalisation.NormalisationStrategy;
import dev.pillars.scoring.preset.Presets;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.scoring.rating.RatingStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import dev.pillars.testing.GoalGraphs;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid sample values of the published types, for the API sanity tests: each is both a default
 * argument {@link NullPointerTester} passes for its type and an instance whose methods it checks.
 */
final class ApiSamples {
  private final Map<Class<?>, Object> byType = new LinkedHashMap<>();

  private ApiSamples() {}

  static ApiSamples create() {
    ApiSamples s = new ApiSamples();
    Period year = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    s.add(TenantId.class, TenantId.of("acme"));
    s.add(GoalId.class, GoalId.of("g1"));
    s.add(KpiId.class, KpiId.of("defect-rate"));
    s.add(EmployeeId.class, EmployeeId.of("ana"));
    s.add(OrgUnitId.class, OrgUnitId.of("acme"));
    s.add(dev.pillars.core.org.CompanyValueId.class, dev.pillars.core.org.CompanyValueId.of("safety-first"));
    s.add(dev.pillars.core.competency.CompetencyId.class, dev.pillars.core.competency.CompetencyId.of("communication"));
    s.add(dev.pillars.core.review.ReviewCycleId.class, dev.pillars.core.review.ReviewCycleId.of("2026-h1"));
    s.add(Period.class, year);
    s.add(Clock.class, Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));
    s.add(Enum.class, Direction.HIGHER_IS_BETTER);
    Goal goal = TckGoals.unit(1, 0);
    s.add(Goal.class, goal);
    s.add(Goal.Builder.class, Goal.builder());
    s.add(GoalOwner.class, GoalOwner.unit(OrgUnitId.of("acme")));
    KpiTarget target = KpiTarget.builder().baseline(5.0).target(3.5).threshold(4.5).stretch(3.0).build();
    s.add(KpiTarget.class, target);
    s.add(KpiTarget.Builder.class, KpiTarget.builder());
    s.add(GoalMeasure.class, GoalMeasure.kpi(KpiId.of("defect-rate"), target));
    s.add(Milestone.class, Milestone.open("Ship the pilot"));
    s.add(AlignmentLink.class, AlignmentLink.of(GoalId.of("g2"), GoalId.of("g1"), 1.0));
    AlignmentGraph graph = GoalGraphs.generate(20, 3, 0.1, 20261203L);
    s.add(AlignmentGraph.class, graph);
    s.add(AlignmentGraph.Builder.class, AlignmentGraph.builder());
    s.add(dev.pillars.core.alignment.CompactGraph.class, graph.compact());
    s.add(dev.pillars.core.goal.CheckInHistory.class, dev.pillars.core.goal.CheckInHistory.empty(GoalId.of("g1")));
    s.add(dev.pillars.core.kpi.AttainmentPolicy.class, dev.pillars.core.kpi.AttainmentPolicy.standard());
    s.add(dev.pillars.core.kpi.PayoutCurve.class, dev.pillars.core.kpi.PayoutCurve.standard());
    Firm firm = AcmeFirm.firm();
    KpiDefinition kpi = firm.kpis().get(0);
    s.add(KpiDefinition.class, kpi);
    s.add(KpiDefinition.Builder.class, KpiDefinition.builder());
    MeasurementSeries series = firm.measurements().get(0);
    s.add(MeasurementSeries.class, series);
    s.add(Measurement.class, series.history().get(0));
    s.add(dev.pillars.core.kpi.Trend.class, dev.pillars.core.kpi.Trend.of(kpi, series).orElseThrow());
    Organisation organisation = firm.organisation();
    s.add(Organisation.class, organisation);
    s.add(Organisation.Builder.class, Organisation.builder(TenantId.of("acme")));
    s.add(OrgUnit.class, organisation.units().get(0));
    s.add(Employee.class, organisation.employees().get(0));
    s.add(Employee.Builder.class, Employee.builder());
    s.add(SmartPolicy.class, SmartPolicy.defaults());
    s.add(SmartContext.class, SmartContext.of(graph));
    s.add(SmartAssessor.class, SmartAssessor.of(SmartPolicy.defaults(), Clock.systemUTC()));
    s.add(dev.pillars.core.smart.SmartAssessment.class, SmartAssessor.of(SmartPolicy.defaults(), Clock.systemUTC()).assess(goal));
    s.add(StrategyConfig.class, Presets.meanOfChildren());
    s.add(dev.pillars.scoring.Param.class, dev.pillars.scoring.Param.of(1.0));
    s.add(Scale.class, Scale.of(0, 1));
    RatingScale scale = RatingScale.of(RatingLevel.of(1, "low"), RatingLevel.of(2, "mid"), RatingLevel.of(3, "high"));
    s.add(RatingScale.class, scale);
    s.add(RatingLevel.class, RatingLevel.of(1, "low"));
    s.add(dev.pillars.core.kpi.TrackThresholds.class, dev.pillars.core.kpi.TrackThresholds.standard());
    s.add(AggregationStrategy.class, AggregationStrategy.weightedMean());
    s.add(AttainmentStrategy.class, AttainmentStrategy.linear());
    dev.pillars.scoring.Score score = AttainmentStrategy.linear().attainment(4.0, target);
    s.add(dev.pillars.scoring.Score.class, score);
    s.add(dev.pillars.scoring.NoScore.class, dev.pillars.scoring.NoScore.of(
        AggregationStrategy.mean(), dev.pillars.scoring.NoScore.Reason.NO_INPUTS, "no inputs"));
    s.add(dev.pillars.scoring.Receipt.class, score.receipt());
    s.add(dev.pillars.scoring.Receipt.Builder.class, dev.pillars.scoring.Receipt.builder());
    s.add(dev.pillars.scoring.spi.StrategyProvider.class, new dev.pillars.scoring.cel.FormulaStrategyProvider());
    s.add(RatingStrategy.class, RatingStrategy.nearest(scale));
    s.add(CompositionStrategy.class, CompositionStrategy.weighted(Map.of("goals", 1.0), AbsentComponentPolicy.values()[0]));
    s.add(NormalisationStrategy.class, NormalisationStrategy.identity());
    s.add(AllocationStrategy.class, AllocationStrategy.ratingProportional());
    s.add(StrategyRegistry.class, StrategyRegistry.builtIns());
    s.add(StrategyRegistry.Builder.class, StrategyRegistry.builder());
    Cascade cascade = Cascade.of(graph);
    s.add(Cascade.class, cascade);
    s.add(dev.pillars.scoring.cascade.MeasuredParentRule.class, dev.pillars.scoring.cascade.MeasuredParentRule.children());
    s.add(dev.pillars.scoring.Rounding.class, dev.pillars.scoring.Rounding.halfUp(2));
    s.add(dev.pillars.core.event.Change.class,
        dev.pillars.core.event.Change.of(graph, new dev.pillars.core.alignment.GoalAligned(
            dev.pillars.core.alignment.AlignmentLink.of(
                dev.pillars.core.goal.GoalId.of("a"), dev.pillars.core.goal.GoalId.of("b")),
            java.time.Instant.EPOCH)));
    s.add(dev.pillars.core.org.OrganisationDiff.class,
        dev.pillars.core.org.OrganisationDiff.between(AcmeFirm.organisation(), AcmeFirm.organisation()));
    s.add(dev.pillars.core.goal.GoalTemplate.class, new dev.pillars.core.goal.GoalTemplate("t",
        List.of(dev.pillars.core.goal.GoalTemplate.Entry.of(AcmeFirm.draftGoals().get(9)))));
    s.add(Cascade.Builder.class, Cascade.builder(graph));
    s.add(dev.pillars.scoring.cascade.LeafValues.class, cascade.leafValues());
    s.add(dev.pillars.scoring.cascade.CascadeResult.class, cascade.rollUp(cascade.leafValues()));
    s.add(
        dev.pillars.scoring.allocation.Allocation.class,
        AllocationStrategy.ratingProportional()
            .allocate(1_000, List.of(dev.pillars.scoring.allocation.AllocationInput.of(EmployeeId.of("ana"), 3, 100))));
    PillarsStore store = MemoryStore.create();
    s.add(PillarsStore.class, store);
    s.add(dev.pillars.persistence.spi.TenantStore.class, store.forTenant(TenantId.of("acme")));
    // an open unit of work of the memory store: its repositories are checked through it
    UnitOfWork work = store.forTenant(TenantId.of("acme")).begin();
    s.add(UnitOfWork.class, work);
    s.add(GoalRepository.class, work.goals());
    s.add(AlignmentLinkRepository.class, work.alignment());
    s.add(CheckInLog.class, work.checkIns());
    s.add(EmployeeRepository.class, work.employees());
    s.add(OrgUnitRepository.class, work.orgUnits());
    s.add(OrganisationRepository.class, work.organisation());
    s.add(KpiDefinitionRepository.class, work.kpiDefinitions());
    s.add(MeasurementLog.class, work.measurements());
    s.add(PersonalDataRepository.class, work.personalData());
    s.add(dev.pillars.persistence.spi.OutboxRepository.class, work.outbox());
    s.add(PersonalDataExport.Builder.class, PersonalDataExport.builder());
    s.add(PersonalDataExport.class, PersonalDataExport.builder().employee(EmployeeId.of("ana")).build());
    // the engine over its own store, acting for an HR system actor
    dev.pillars.engine.Pillars pillars =
        dev.pillars.engine.Pillars.builder().store(MemoryStore.create()).clock(AcmeFirm.CLOCK).build();
    s.add(dev.pillars.engine.Pillars.class, pillars);
    s.add(dev.pillars.engine.Pillars.Builder.class, dev.pillars.engine.Pillars.builder());
    dev.pillars.engine.Tenant engineTenant = pillars.tenant(TenantId.of("acme"));
    s.add(dev.pillars.engine.Tenant.class, engineTenant);
    dev.pillars.engine.Session session = engineTenant.as(
        dev.pillars.engine.access.Actor.system("hr", java.util.EnumSet.allOf(dev.pillars.engine.access.Action.class)));
    s.add(dev.pillars.engine.Session.class, session);
    s.add(dev.pillars.engine.goal.GoalService.class, session.goals());
    s.add(dev.pillars.engine.kpi.KpiService.class, session.kpis());
    s.add(dev.pillars.engine.org.OrganisationService.class, session.organisation());
    s.add(dev.pillars.engine.privacy.PrivacyService.class, session.privacy());
    s.add(dev.pillars.engine.ScoreService.class, session.scores());
    s.add(dev.pillars.engine.whatif.WhatIf.class, session.whatIf());
    s.add(dev.pillars.engine.event.OutboxRelay.class, engineTenant.outbox());
    s.add(dev.pillars.engine.access.Actor.class, dev.pillars.engine.access.Actor.person(EmployeeId.of("ana")));
    s.add(dev.pillars.engine.access.Resource.class, dev.pillars.engine.access.Resource.ofTenant("KPI k"));
    s.add(dev.pillars.engine.access.AccessPolicy.class, dev.pillars.engine.access.AccessPolicy.standard());
    s.add(dev.pillars.engine.event.EventSink.class, dev.pillars.engine.event.EventSink.none());
    s.add(dev.pillars.engine.event.EventCodec.class, (dev.pillars.engine.event.EventCodec) event -> "");
    s.add(dev.pillars.engine.score.RollUpRule.class,
        dev.pillars.engine.score.RollUpRule.everywhere(AggregationStrategy.weightedMean()));
    s.add(dev.pillars.engine.event.PublishedEvent.class, new dev.pillars.engine.event.PublishedEvent(
        java.util.UUID.randomUUID(), TenantId.of("acme"), "system:hr",
        new dev.pillars.core.kpi.KpiDefined(AcmeFirm.firm().kpis().get(0), java.time.Instant.EPOCH)));
    s.add(dev.pillars.engine.access.AccessRequest.class, dev.pillars.engine.access.AccessRequest.of(
        dev.pillars.engine.access.Actor.person(EmployeeId.of("ana")), dev.pillars.engine.access.Action.VIEW_GOAL,
        dev.pillars.engine.access.Resource.ofTenant("KPI k"), AcmeFirm.organisation()));
    s.add(dev.pillars.persistence.jdbc.SchemaOptions.class, dev.pillars.persistence.jdbc.SchemaOptions.defaults());
    // a store over a data source it never connects to: its null checks come before any connection
    javax.sql.DataSource unreachable =
        (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
            ApiSamples.class.getClassLoader(),
            new Class<?>[] {javax.sql.DataSource.class},
            (proxy, method, args) -> {
              throw new UnsupportedOperationException(method.getName());
            });
    s.add(dev.pillars.persistence.jdbc.JdbcStore.Builder.class, dev.pillars.persistence.jdbc.JdbcStore.builder(unreachable));
    s.add(dev.pillars.persistence.jdbc.JdbcStore.class, dev.pillars.persistence.jdbc.JdbcStore.create(unreachable));
    ApiSamplesRecognition.add(s);
    ApiSamplesReviews.add(s);
    ApiSamplesCompensation.add(s);
    ApiSamplesCalibration.add(s);
    ApiSamplesDevelopment.add(s, work, session);
    ApiSamplesFeedback.add(s);
    return s;
  }

  <T> void add(Class<T> type, T value) {
    byType.put(type, value);
  }

  /** Returns the samples that are instances of {@code type}; an enum's first constant for an enum. */
  List<Object> instancesOf(Class<?> type) {
    List<Object> found = new ArrayList<>();
    if (type.isEnum()) {
      found.add(type.getEnumConstants()[0]);
      return found;
    }
    for (Object value : byType.values()) {
      if (type.isInstance(value)) {
        found.add(value);
      }
    }
    return found;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  NullPointerTester registerDefaults(NullPointerTester tester) {
    byType.forEach((type, value) -> tester.setDefault((Class) type, value));
    return tester;
  }
}
