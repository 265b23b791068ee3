package dev.pillars.core.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Bench strength and the pipeline agree with a brute-force count, whatever the order of the plans. */
class SuccessionProperties {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);

  static final Gen<List<SuccessionPlan>> PLANS = rs -> {
    int n = integers().between(0, 12).generate(rs);
    List<SuccessionPlan> plans = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SuccessionPlan.Builder plan = SuccessionPlan.builder()
          .position(PositionId.of("pos" + i))
          .title("Position " + i)
          .unit(OrgUnitId.of("u" + integers().between(0, 3).generate(rs)))
          .incumbent(EmployeeId.of("inc" + i))
          .impact(Severity.values()[integers().between(0, 2).generate(rs)])
          .risk(Severity.values()[integers().between(0, 2).generate(rs)]);
      int candidates = integers().between(0, 4).generate(rs);
      for (int c = 0; c < candidates; c++) {
        plan.addCandidates(new Candidate(
            EmployeeId.of("cand" + i + "-" + c), Readiness.values()[integers().between(0, 2).generate(rs)], List.of()));
      }
      if (integers().between(0, 1).generate(rs) == 1) {
        plan.emergencyCover(EmployeeId.of("cover" + i));
      }
      plans.add(plan.build());
    }
    Collections.shuffle(plans, new Random(integers().all().generate(rs)));
    return plans;
  };

  @Test
  void benchStrengthAgreesWithABruteForceCount() {
    qt().forAll(PLANS).checkAssert(plans -> {
      List<UnitPipeline> pipelines = SuccessionPipeline.byUnit(plans);
      assertThat(pipelines.stream().mapToInt(p -> p.positions().size()).sum()).isEqualTo(plans.size());
      for (UnitPipeline pipeline : pipelines) {
        List<SuccessionPlan> inUnit = plans.stream().filter(p -> p.unit().equals(pipeline.unit())).toList();
        int ready = 0;
        int uncovered = 0;
        for (SuccessionPlan p : inUnit) {
          boolean anyReady = false;
          for (Candidate c : p.candidates()) {
            anyReady |= c.readiness() == Readiness.READY_NOW;
          }
          ready += anyReady ? 1 : 0;
          uncovered += p.emergencyCover().isPresent() ? 0 : 1;
        }
        assertThat(pipeline.positions()).containsExactlyInAnyOrderElementsOf(inUnit);
        assertThat(pipeline.coveredNow()).isEqualTo(ready);
        assertThat(pipeline.withoutEmergencyCover()).isEqualTo(uncovered);
        assertThat(pipeline.benchStrength()).isEqualTo((double) ready / inUnit.size());
        boolean seenReady = false;
        for (SuccessionPlan p : pipeline.positions()) {
          boolean hasReady = p.benchStrength().hasReadyCandidate();
          assertThat(!hasReady && seenReady).as("a position without a ready candidate after one with").isFalse();
          seenReady |= hasReady;
        }
      }
      for (SuccessionPlan p : plans) {
        BenchStrength b = p.benchStrength();
        assertThat(b.candidates()).isEqualTo(p.candidates().size());
        assertThat(b.readyNow()).isEqualTo(p.candidates().stream().filter(c -> c.readiness() == Readiness.READY_NOW).count());
        assertThat(b.oneToTwoYears()).isEqualTo(p.candidates().stream().filter(c -> c.readiness() == Readiness.ONE_TO_TWO_YEARS).count());
      }
    });
  }

  @Test
  void nominationsReplaceAndWithdrawalsRemoveACandidate() {
    SuccessionPlan plan = SuccessionPlan.builder()
        .position(PositionId.of("plant-manager-linz"))
        .title("Plant manager, Linz")
        .unit(OrgUnitId.of("linz"))
        .incumbent(EmployeeId.of("eva"))
        .impact(Severity.HIGH)
        .risk(Severity.MEDIUM)
        .build();
    plan = SuccessionPlan.create(plan, CLOCK).value();
    plan = plan.nominate(new Candidate(EmployeeId.of("tom"), Readiness.ONE_TO_TWO_YEARS, List.of(CompetencyId.of("strategy"))), CLOCK).value();
    plan = plan.nominate(new Candidate(EmployeeId.of("tom"), Readiness.READY_NOW, List.of()), CLOCK).value();
    assertThat(plan.benchStrength()).isEqualTo(new BenchStrength(1, 0, 0));
    SuccessionPlan withTom = plan;
    assertThatThrownBy(() -> withTom.nominate(new Candidate(EmployeeId.of("eva"), Readiness.READY_NOW, List.of()), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("candidate was eva: must not be the incumbent");
    assertThatThrownBy(() -> withTom.withdraw(EmployeeId.of("ivy"), CLOCK)).hasMessageContaining("must be a candidate for plant-manager-linz");
    assertThatThrownBy(() -> withTom.coverWith(EmployeeId.of("eva"), CLOCK)).hasMessageContaining("emergencyCover was eva");
    assertThatThrownBy(() -> new Candidate(EmployeeId.of("x"), Readiness.READY_NOW, List.of(CompetencyId.of("a"), CompetencyId.of("a"))))
        .hasMessageContaining("must not repeat a competency");
    assertThat(withTom.withdraw(EmployeeId.of("tom"), CLOCK).value().candidates()).isEmpty();
    assertThat(withTom.coverWith(EmployeeId.of("ivy"), CLOCK).value().emergencyCover()).isEqualTo(Optional.of(EmployeeId.of("ivy")));
    assertThatThrownBy(() -> SuccessionPipeline.byUnit(List.of(withTom, withTom))).hasMessageContaining("must not repeat a position");
  }
}
