package dev.pillars.core.succession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Succession: the pipeline's order written out, bench counts, each change's event, and each rule's message. */
class SuccessionMutationTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T08:00:00Z"), ZoneOffset.UTC);
  static final OrgUnitId PLANT = OrgUnitId.of("plant");
  static final EmployeeId BOSS = EmployeeId.of("boss");

  static SuccessionPlan.Builder base(String position, OrgUnitId unit, Severity impact, Severity risk) {
    return SuccessionPlan.builder().position(PositionId.of(position)).title("Head of " + position).unit(unit).incumbent(BOSS)
        .impact(impact).risk(risk);
  }

  static Candidate candidate(String who, Readiness readiness) {
    return new Candidate(EmployeeId.of(who), readiness, List.of());
  }

  @Test
  void benchStrengthCountsCandidatesByReadiness() {
    SuccessionPlan plan = base("p", PLANT, Severity.HIGH, Severity.LOW)
        .addCandidates(candidate("a", Readiness.READY_NOW), candidate("b", Readiness.ONE_TO_TWO_YEARS),
            candidate("c", Readiness.THREE_TO_FIVE_YEARS), candidate("d", Readiness.THREE_TO_FIVE_YEARS))
        .build();
    assertThat(plan.benchStrength()).isEqualTo(new BenchStrength(1, 1, 2));
    assertThat(plan.benchStrength().candidates()).isEqualTo(4);
    assertThat(plan.benchStrength().hasReadyCandidate()).isTrue();
    assertThat(new BenchStrength(0, 3, 3).hasReadyCandidate()).isFalse();
    assertThat(new BenchStrength(0, 0, 0).candidates()).isZero();
  }

  @Test
  void thePipelinePutsUncoveredRiskyImportantPositionsFirst() {
    SuccessionPlan covered = base("a-covered", PLANT, Severity.HIGH, Severity.HIGH).addCandidates(candidate("x", Readiness.READY_NOW)).build();
    SuccessionPlan lowRisk = base("b-low-risk", PLANT, Severity.HIGH, Severity.LOW).emergencyCover(EmployeeId.of("y")).build();
    SuccessionPlan highRiskLowImpact = base("c-high-low", PLANT, Severity.LOW, Severity.HIGH).build();
    SuccessionPlan highRiskHighImpact = base("d-high-high", PLANT, Severity.HIGH, Severity.HIGH)
        .addCandidates(candidate("z", Readiness.ONE_TO_TWO_YEARS)).build();
    SuccessionPlan sameAsD = base("e-high-high", PLANT, Severity.HIGH, Severity.HIGH).build();
    SuccessionPlan office = base("f-office", OrgUnitId.of("office"), Severity.MEDIUM, Severity.MEDIUM)
        .addCandidates(candidate("w", Readiness.READY_NOW)).emergencyCover(EmployeeId.of("v")).build();

    List<UnitPipeline> pipelines = SuccessionPipeline.byUnit(List.of(covered, lowRisk, office, sameAsD, highRiskLowImpact, highRiskHighImpact));

    assertThat(pipelines).containsExactly(
        new UnitPipeline(OrgUnitId.of("office"), List.of(office), 1, 0),
        new UnitPipeline(PLANT, List.of(highRiskHighImpact, sameAsD, highRiskLowImpact, lowRisk, covered), 1, 4));
    assertThat(pipelines.get(0).benchStrength()).isEqualTo(1.0);
    assertThat(pipelines.get(1).benchStrength()).isEqualTo(0.2);
    assertThat(SuccessionPipeline.byUnit(List.of())).isEmpty();
    assertThatThrownBy(() -> SuccessionPipeline.byUnit(List.of(covered, covered)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("plans was a-covered: must not repeat a position");
  }

  @Test
  void eachChangeRecordsItsEvent() {
    SuccessionPlan plan = base("p", PLANT, Severity.HIGH, Severity.HIGH).build();
    Change<SuccessionPlan> created = SuccessionPlan.create(plan, CLOCK);
    assertThat(created.events()).containsExactly(new SuccessionPlanCreated(plan, CLOCK.instant()));
    assertThat(created.events().get(0).aggregateId()).isEqualTo("p");

    Candidate a = candidate("a", Readiness.THREE_TO_FIVE_YEARS);
    Candidate b = candidate("b", Readiness.ONE_TO_TWO_YEARS);
    SuccessionPlan two = plan.nominate(a, CLOCK).value().nominate(b, CLOCK).value();
    assertThat(two.candidates()).containsExactly(a, b);
    Candidate aReady = new Candidate(EmployeeId.of("a"), Readiness.READY_NOW, List.of(CompetencyId.of("lead")));
    Change<SuccessionPlan> renominated = two.nominate(aReady, CLOCK);
    assertThat(renominated.value().candidates()).containsExactly(aReady, b);
    assertThat(renominated.events()).containsExactly(new CandidateNominated(PositionId.of("p"), aReady, CLOCK.instant()));

    Change<SuccessionPlan> withdrawn = renominated.value().withdraw(EmployeeId.of("b"), CLOCK);
    assertThat(withdrawn.value().candidates()).containsExactly(aReady);
    assertThat(withdrawn.events()).containsExactly(new CandidateWithdrawn(PositionId.of("p"), EmployeeId.of("b"), CLOCK.instant()));
    assertThat(renominated.value().withdraw(EmployeeId.of("a"), CLOCK).value().candidates()).containsExactly(b);
    assertThatThrownBy(() -> withdrawn.value().withdraw(EmployeeId.of("b"), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("employee was b: must be a candidate for p");

    Change<SuccessionPlan> covered = plan.coverWith(EmployeeId.of("c"), CLOCK);
    assertThat(covered.value().emergencyCover()).contains(EmployeeId.of("c"));
    assertThat(covered.events()).containsExactly(new EmergencyCoverNamed(PositionId.of("p"), EmployeeId.of("c"), CLOCK.instant()));
  }

  @Test
  void rejectsBadPlans() {
    assertThatThrownBy(() -> base("p", PLANT, Severity.LOW, Severity.LOW).addCandidates(candidate("a", Readiness.READY_NOW), candidate("a", Readiness.ONE_TO_TWO_YEARS)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("candidates was a: must not repeat a candidate");
    assertThatThrownBy(() -> base("p", PLANT, Severity.LOW, Severity.LOW).addCandidates(candidate("boss", Readiness.READY_NOW)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("candidate was boss: must not be the incumbent");
    assertThatThrownBy(() -> base("p", PLANT, Severity.LOW, Severity.LOW).emergencyCover(BOSS).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("emergencyCover was boss: must not be the incumbent");
    SuccessionPlan plan = base("p", PLANT, Severity.LOW, Severity.LOW).build();
    assertThatThrownBy(() -> plan.coverWith(BOSS, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("emergencyCover was boss: must not be the incumbent");
    assertThatThrownBy(() -> SuccessionPlan.builder().position(PositionId.of("p")).title(" ").unit(PLANT).impact(Severity.LOW).risk(Severity.LOW).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("title was ' ': must not be blank");
    assertThatThrownBy(() -> new Candidate(EmployeeId.of("a"), Readiness.READY_NOW, List.of(CompetencyId.of("x"), CompetencyId.of("x"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("gapsToClose was [x, x]: must not repeat a competency");
    assertThatThrownBy(() -> new BenchStrength(-1, 0, 0)).isInstanceOf(InvalidInputException.class).hasMessage("readyNow was -1: must be 0 or more");
    assertThatThrownBy(() -> new BenchStrength(0, -1, 0)).isInstanceOf(InvalidInputException.class).hasMessage("oneToTwoYears was -1: must be 0 or more");
    assertThatThrownBy(() -> new BenchStrength(0, 0, -1)).isInstanceOf(InvalidInputException.class).hasMessage("threeToFiveYears was -1: must be 0 or more");
    assertThatThrownBy(() -> new UnitPipeline(PLANT, List.of(), 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("positions was []: must hold at least one position");
    assertThatThrownBy(() -> new UnitPipeline(PLANT, List.of(plan), 2, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("coveredNow was 2: must be between 0 and 1");
    assertThatThrownBy(() -> new UnitPipeline(PLANT, List.of(plan), 0, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("withoutEmergencyCover was -1: must be between 0 and 1");
    assertThat(PositionId.of("p")).hasToString("p");
    assertThat(PositionId.of("p").compareTo(PositionId.of("q"))).isNegative();
    assertThat(PositionId.of("q").compareTo(PositionId.of("p"))).isPositive();
  }
}
