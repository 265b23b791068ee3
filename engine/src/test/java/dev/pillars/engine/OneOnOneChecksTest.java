package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.feedback.OneOnOneService;
import org.junit.jupiter.api.Test;

/**
 * The 1:1 service's own checks, each with its message and nothing stored: only the two participants
 * schedule and change a 1:1 (HR and a manager up the chain may read, not write), the report is an
 * employee, an outsider is denied; and a person's 1:1s are those where they are the report.
 */
class OneOnOneChecksTest extends FeedbackTestBase {
  private static final String NO_RULE = "no rule allows it (own data, management chain, unit membership, HR grant)";
  private static final OneOnOneId FIRST = OneOnOneId.of("ana-ben-1");
  private static final OneOnOneId NEXT = OneOnOneId.of("ana-ben-2");
  private static final OneOnOneId BEN_RUI = OneOnOneId.of("ben-rui-1");

  private OneOnOneService as(EmployeeId person) {
    return as(Actor.person(person)).oneOnOnes();
  }

  private OneOnOneService hr() {
    return as(HR).oneOnOnes();
  }

  private boolean stored(OneOnOneId id) {
    return store.forTenant(ACME).oneOnOnes().find(id).isPresent();
  }

  @Test
  void theManagerSchedulesAsWellAsTheReportAndNobodyElseDoes() {
    OneOnOne scheduled = as(ANA).schedule(FIRST, ANA, BEN, TODAY);
    assertThat(scheduled.manager()).isEqualTo(ANA);
    assertThat(as(ANA).schedule(OneOnOneId.of("ana-rui-1"), ANA, RUI, TODAY).report()).isEqualTo(RUI);

    assertThatThrownBy(() -> hr().schedule(NEXT, ANA, BEN, TODAY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("actor was hana: must be the manager or the report");
    assertThatThrownBy(() -> hr().schedule(NEXT, ANA, EmployeeId.of("ghost"), TODAY))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessage("report was ghost: must name an employee of the tenant");
    assertThat(stored(NEXT)).isFalse();
  }

  @Test
  void onlyTheTwoParticipantsChangeOrCarryOverAOneOnOne() {
    as(BEN).schedule(FIRST, ANA, BEN, TODAY);
    as(BEN).schedule(BEN_RUI, BEN, RUI, TODAY);
    delivered.clear();
    String notAParticipant = ": must be the manager or the report of 1:1 ";

    assertThatThrownBy(() -> hr().addAgendaItem(FIRST, "Pay"))
        .isInstanceOf(InvalidInputException.class).hasMessage("actor was hana" + notAParticipant + "ana-ben-1");
    assertThatThrownBy(() -> hr().carryOver(FIRST, NEXT, TODAY.plusDays(14)))
        .isInstanceOf(InvalidInputException.class).hasMessage("actor was hana" + notAParticipant + "ana-ben-1");
    assertThatThrownBy(() -> as(ANA).markHeld(BEN_RUI))
        .isInstanceOf(InvalidInputException.class).hasMessage("actor was ana" + notAParticipant + "ben-rui-1");
    assertThatThrownBy(() -> as(CLEO).addAgendaItem(FIRST, "Pay"))
        .isInstanceOf(AccessDeniedException.class).hasMessage("person:cleo may not MEET_ONE_ON_ONE 1:1 ana-ben-1: " + NO_RULE);
    assertThatThrownBy(() -> as(CLEO).carryOver(FIRST, NEXT, TODAY.plusDays(14)))
        .isInstanceOf(AccessDeniedException.class).hasMessage("person:cleo may not MEET_ONE_ON_ONE 1:1 ana-ben-1: " + NO_RULE);

    assertThat(stored(NEXT)).isFalse();
    assertThat(as(ANA).oneOnOne(FIRST).agenda()).isEmpty();
    assertThat(as(BEN).oneOnOne(BEN_RUI).held()).isFalse();
    assertThat(delivered).isEmpty();
    assertThat(as(ANA).carryOver(FIRST, NEXT, TODAY.plusDays(14)).date()).isEqualTo(TODAY.plusDays(14));
  }

  @Test
  void aPersonsOneOnOnesAreThoseWhereTheyAreTheReport() {
    as(BEN).schedule(FIRST, ANA, BEN, TODAY);
    as(BEN).schedule(BEN_RUI, BEN, RUI, TODAY);

    assertThat(as(BEN).of(BEN)).extracting(OneOnOne::id).containsExactly(FIRST);
    assertThat(as(BEN).of(RUI)).extracting(OneOnOne::id).containsExactly(BEN_RUI);
    assertThatThrownBy(() -> as(CLEO).of(BEN))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("person:cleo may not VIEW_ONE_ON_ONE 1:1s of ben: " + NO_RULE);
  }
}
