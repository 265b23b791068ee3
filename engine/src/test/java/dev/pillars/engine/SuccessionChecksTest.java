package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.CandidateNominated;
import dev.pillars.core.succession.CandidateWithdrawn;
import dev.pillars.core.succession.EmergencyCoverNamed;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.Readiness;
import dev.pillars.core.succession.Severity;
import dev.pillars.core.succession.SuccessionPlan;
import dev.pillars.core.succession.SuccessionPlanCreated;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.development.SuccessionService;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Succession plans through the engine: withdrawing, cover, vacant positions, unknown positions. */
class SuccessionChecksTest extends EngineTestBase {
  private static final PositionId LEAD = PositionId.of("shift-lead");
  private static final EmployeeId DAN = EmployeeId.of("dan");
  private static final PositionId VACANT = PositionId.of("quality-lead");

  private static SuccessionPlan.Builder plan(PositionId position) {
    return SuccessionPlan.builder().position(position).title("Lead").unit(PLANT).impact(Severity.HIGH).risk(Severity.LOW);
  }

  private SuccessionService hr() {
    return as(HR).succession();
  }

  @Test
  void aSlateChangesByNominationWithdrawalAndCoverEachAnnounced() {
    store.forTenant(ACME).runInTransaction(work -> work.employees().insert(EngineFixture.employee(DAN, null, EngineFixture.SALES)));
    as(Actor.person(ANA)).succession().create(plan(LEAD).incumbent(BEN).build());
    hr().nominate(LEAD, new Candidate(CLEO, Readiness.READY_NOW, List.of()));
    hr().nominate(LEAD, new Candidate(DAN, Readiness.ONE_TO_TWO_YEARS, List.of()));
    SuccessionPlan withdrawn = as(Actor.person(ANA)).succession().withdraw(LEAD, CLEO);
    SuccessionPlan covered = as(Actor.person(ANA)).succession().coverWith(LEAD, ANA);

    assertThat(withdrawn.candidates()).extracting(Candidate::employee).containsExactly(DAN);
    assertThat(covered.emergencyCover()).contains(ANA);
    assertThat(hr().plan(LEAD)).isEqualTo(covered);
    assertThat(delivered).extracting(e -> (Object) e.event().getClass()).containsExactly(
        SuccessionPlanCreated.class, CandidateNominated.class, CandidateNominated.class,
        CandidateWithdrawn.class, EmergencyCoverNamed.class);
    assertThat(as(Actor.person(ANA)).succession().pipeline()).singleElement()
        .satisfies(p -> assertThat(p.unit()).isEqualTo(PLANT));
  }

  @Test
  void aVacantPositionIsForHrOnly() {
    hr().create(plan(VACANT).build());
    assertThat(hr().plan(VACANT).incumbent()).isEmpty();
    assertThatThrownBy(() -> as(Actor.person(ANA)).succession().plan(VACANT))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("VIEW_SUCCESSION");
    assertThatThrownBy(() -> as(Actor.person(ANA)).succession().coverWith(VACANT, ANA))
        .isInstanceOf(AccessDeniedException.class).hasMessageContaining("MANAGE_SUCCESSION");
    assertThatThrownBy(() -> as(Actor.person(ANA)).succession().create(plan(PositionId.of("other")).build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(as(Actor.person(ANA)).succession().pipeline()).isEmpty();
    assertThat(store.forTenant(ACME).successionPlans().find(VACANT).orElseThrow().value().emergencyCover()).isEmpty();
  }

  @Test
  void anUnknownPositionIsNamed() {
    assertThatThrownBy(() -> hr().plan(PositionId.of("none")))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessageContaining("position was none: must name one of the tenant's positions");
    assertThatThrownBy(() -> hr().withdraw(PositionId.of("none"), CLEO))
        .isInstanceOf(UnknownReferenceException.class).hasMessageContaining("position was none");
    assertThatThrownBy(() -> hr().withdraw(null, CLEO)).isInstanceOf(NullPointerException.class).hasMessage("position");
  }
}
