package dev.pillars.examples;

import dev.pillars.core.TenantId;
import dev.pillars.core.money.ExchangeRates;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.AllocationRunRecorded;
import dev.pillars.core.reward.BonusAward;
import dev.pillars.core.reward.BonusCase;
import dev.pillars.core.reward.BonusEligibility;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanDefined;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.BonusTerms;
import dev.pillars.core.reward.CompaRatioBand;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixDefined;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.engine.reward.MeritCase;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.AllocationRunRepository;
import dev.pillars.persistence.spi.BonusPlanRepository;
import dev.pillars.persistence.spi.MeritMatrixRepository;
import dev.pillars.persistence.spi.UnitOfWork;
import dev.pillars.scoring.allocation.PayForPerformance;
import dev.pillars.scoring.allocation.RangeAllocation;
import dev.pillars.scoring.allocation.RangeInput;
import dev.pillars.scoring.allocation.ScenarioComparison;
import dev.pillars.scoring.allocation.ScenarioLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Sample values of the compensation types (money, reward, range allocation, the service). */
final class ApiSamplesCompensation {
  private ApiSamplesCompensation() {}

  static void add(ApiSamples s) {
    Money salary = Money.of("EUR", 50_000_00);
    s.add(Money.class, salary);
    s.add(ExchangeRates.class, ExchangeRates.into(salary.currency(), RoundingMode.HALF_EVEN)
        .with(Money.currency("USD"), new BigDecimal("0.92")));
    MeritMatrix matrix = CompensationChapter.matrix();
    BonusPlan plan = CompensationChapter.plan();
    s.add(MeritMatrix.class, matrix);
    s.add(MeritMatrixId.class, matrix.id());
    s.add(BonusPlan.class, plan);
    s.add(BonusPlanId.class, plan.id());
    s.add(BonusTerms.class, plan.terms());
    s.add(BonusEligibility.class, plan.terms().eligibility());
    s.add(IncreaseRange.class, IncreaseRange.of(200, 300, 400));
    s.add(CompaRatioBand.class, CompaRatioBand.of(0, 9_000));
    BonusCase bonusCase = CompensationChapter.bonusCases().get(0);
    s.add(BonusCase.class, bonusCase);
    s.add(BonusAward.class, plan.award(bonusCase));
    MeritCase meritCase = CompensationChapter.meritCases().get(0);
    s.add(MeritCase.class, meritCase);
    RangeInput input = RangeInput.of(meritCase.employee(), meritCase.rating(), meritCase.salary().minor(),
        matrix.range(meritCase.rating(), meritCase.salary().minor(), meritCase.midpoint().minor()));
    s.add(RangeInput.class, input);
    RangeAllocation allocation = RangeAllocation.allocate(Money.of("EUR", 6_000_00), List.of(input));
    s.add(RangeAllocation.class, allocation);
    s.add(RangeReceipt.class, allocation.receipts().get(0));
    AllocationRun run = allocation.toRun(AllocationRunId.of("merit-2026"), "2026 merit round");
    s.add(AllocationRun.class, run);
    s.add(AllocationRunId.class, run.id());
    ScenarioComparison comparison = ScenarioComparison.of(allocation, allocation);
    s.add(ScenarioComparison.class, comparison);
    s.add(ScenarioLine.class, comparison.lines().get(0));
    PayForPerformance pfp = PayForPerformance.of(allocation, Map.of(input.recipient(), OrgUnitId.of("acme")));
    s.add(PayForPerformance.class, pfp);
    s.add(PayForPerformance.Spread.class, pfp.spreads().get(0));
    s.add(MeritMatrixDefined.class, new MeritMatrixDefined(matrix, Instant.EPOCH));
    s.add(BonusPlanDefined.class, new BonusPlanDefined(plan, Instant.EPOCH));
    s.add(AllocationRunRecorded.class, AllocationRunRecorded.of(run, AcmeFirm.CLOCK)
        .event(AllocationRunRecorded.class).orElseThrow());
    UnitOfWork work = MemoryStore.create().forTenant(TenantId.of("acme")).begin();
    s.add(MeritMatrixRepository.class, work.meritMatrices());
    s.add(BonusPlanRepository.class, work.bonusPlans());
    s.add(AllocationRunRepository.class, work.allocationRuns());
    s.add(dev.pillars.engine.reward.CompensationService.class, dev.pillars.engine.Pillars.builder()
        .store(MemoryStore.create()).clock(AcmeFirm.CLOCK).build().tenant(TenantId.of("acme"))
        .as(dev.pillars.engine.access.Actor.system("hr", EnumSet.allOf(dev.pillars.engine.access.Action.class)))
        .compensation());
  }
}
