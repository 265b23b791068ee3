package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.CLOCK;
import static dev.pillars.engine.EngineFixture.HANA;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT;
import static dev.pillars.engine.EngineFixture.SALES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.DomainEvent;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetAllotted;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.PointsRefunded;
import dev.pillars.core.recognition.PointsSpent;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionGiven;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.recognition.RecognitionReach;
import dev.pillars.core.recognition.RecognitionWithdrawn;
import dev.pillars.core.recognition.Visibility;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.recognition.RecognitionService;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecognitionServiceTest extends EngineTestBase {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  private static final LocalDate TODAY = LocalDate.now(CLOCK);
  private static final PointsBudgetId ANA_BUDGET = PointsBudgetId.of("ana-2026");

  private RecognitionService as(EmployeeId person) {
    return as(Actor.person(person)).recognition();
  }

  private static Recognition.Builder thanks(String id, EmployeeId giver, EmployeeId receiver) {
    return thanksOn(TODAY, id, giver, receiver);
  }

  private static Recognition.Builder thanksOn(LocalDate day, String id, EmployeeId giver, EmployeeId receiver) {
    Recognition.Builder builder = Recognition.builder();
    builder.id(RecognitionId.of(id)).giver(giver).addReceivers(receiver).value(CompanyValueId.of("safety"))
        .message("Thanks for stopping the line").givenOn(day);
    return builder;
  }

  private List<Class<?>> deliveredTypes() {
    return delivered.stream().map(PublishedEvent::event).map(DomainEvent::getClass).collect(Collectors.toList());
  }

  @BeforeEach
  void allotAnasBudget() {
    as(HR).recognition().allot(PointsBudget.of(ANA_BUDGET, ANA, YEAR, 100));
    delivered.clear();
  }

  @Test
  void anAwardSpendsTheGiversBudgetInTheSameUnitOfWork() {
    Recognition given = as(ANA).give(thanks("r1", ANA, BEN).visibility(Visibility.PUBLIC).pointsEach(30).build());

    assertThat(as(ANA).budget(ANA_BUDGET).remaining()).isEqualTo(70);
    assertThat(as(CLEO).recognition(given.id())).isEqualTo(given);
    assertThat(deliveredTypes()).containsExactly(RecognitionGiven.class, PointsSpent.class);
    assertThatThrownBy(() -> as(ANA).give(thanks("r2", ANA, CLEO).visibility(Visibility.PUBLIC).pointsEach(71).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("points was 71: must not exceed the 70 points left");
    assertThatThrownBy(() -> as(ANA).recognition(RecognitionId.of("r2"))).isInstanceOf(UnknownReferenceException.class);
    assertThat(as(ANA).budget(ANA_BUDGET).remaining()).isEqualTo(70);
  }

  @Test
  void withdrawingRefundsThePoints() {
    as(ANA).give(thanks("r1", ANA, BEN).visibility(Visibility.PRIVATE).pointsEach(40).build());
    delivered.clear();

    Recognition withdrawn = as(ANA).withdraw(RecognitionId.of("r1"));

    assertThat(withdrawn.isActive()).isFalse();
    assertThat(as(ANA).budget(ANA_BUDGET).spent()).isZero();
    assertThat(deliveredTypes()).containsExactly(RecognitionWithdrawn.class, PointsRefunded.class);
    assertThatThrownBy(() -> as(BEN).withdraw(RecognitionId.of("r1"))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(ANA).withdraw(RecognitionId.of("r1"))).isInstanceOf(InvalidInputException.class);
    assertThat(as(BEN).receivedBy(BEN)).isEmpty();
  }

  @Test
  void visibilityDecidesWhoReads() {
    Recognition toManagers = as(CLEO).give(thanks("m", CLEO, BEN).visibility(Visibility.MANAGERS).build());
    Recognition secret = as(CLEO).give(thanks("p", CLEO, BEN).visibility(Visibility.PRIVATE).build());

    assertThat(as(BEN).receivedBy(BEN)).containsExactly(toManagers, secret);
    assertThat(as(ANA).receivedBy(BEN)).containsExactly(toManagers);
    assertThat(as(HANA).receivedBy(BEN)).isEmpty();
    assertThat(as(HR).recognition().receivedBy(BEN)).containsExactly(toManagers, secret);
    assertThatThrownBy(() -> as(ANA).recognition(secret.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("VIEW_PRIVATE_RECOGNITION");
  }

  @Test
  void peopleGiveInTheirOwnNameAndBudgetsStayWithTheChainAndHr() {
    assertThatThrownBy(() -> as(BEN).give(thanks("r", ANA, CLEO).visibility(Visibility.PUBLIC).build()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CLEO).budget(ANA_BUDGET)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(BEN).budget(ANA_BUDGET)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(ANA).allot(PointsBudget.of(PointsBudgetId.of("b"), BEN, YEAR, 10)))
        .isInstanceOf(AccessDeniedException.class);
    as(HR).recognition().allot(PointsBudget.of(PointsBudgetId.of("ben-2026"), BEN, YEAR, 10));
    assertThat(as(ANA).budget(PointsBudgetId.of("ben-2026")).allowance()).isEqualTo(10);
  }

  @Test
  void badRequestsChangeNothing() {
    assertThatThrownBy(() -> as(HR).recognition().allot(PointsBudget.of(PointsBudgetId.of("again"), ANA, YEAR, 5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not overlap budget ana-2026");
    assertThatThrownBy(() -> as(ANA).give(thanks("r", ANA, EmployeeId.of("ghost")).visibility(Visibility.PUBLIC).build()))
        .isInstanceOf(UnknownReferenceException.class)
        .hasMessageContaining("receivers was ghost");
    assertThatThrownBy(() -> as(ANA).give(thanksOn(TODAY.plusDays(1), "r", ANA, BEN).visibility(Visibility.PUBLIC).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("givenOn");
    assertThatThrownBy(() -> as(CLEO).give(thanks("r", CLEO, BEN).visibility(Visibility.PUBLIC).pointsEach(1).build()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("needs a points budget of cleo");
    assertThatThrownBy(() -> as(ANA).give(null)).isInstanceOf(NullPointerException.class).hasMessage("recognition");
    assertThat(delivered).isEmpty();
    assertThat(store.forTenant(EngineFixture.ACME).recognitions().count()).isZero();
  }

  @Test
  void reachIsForHrAcrossTheTenantAndForManagersInTheirUnits() {
    as(ANA).give(thanks("r1", ANA, BEN).visibility(Visibility.PUBLIC).pointsEach(10).build());
    as(CLEO).give(thanks("r2", CLEO, BEN).visibility(Visibility.PUBLIC).build());

    RecognitionReach reach = as(HR).recognition().reach(YEAR);
    assertThat(reach.overall().recognised()).containsExactly(BEN);
    assertThat(reach.recognitionsReceived(BEN)).isEqualTo(2);
    assertThat(reach.pointsReceived(BEN)).isEqualTo(10);
    assertThat(as(ANA).reach(PLANT, YEAR).recognised()).containsExactly(BEN);
    assertThat(as(ANA).reach(PLANT, YEAR).notRecognised()).containsExactly(ANA);
    assertThat(as(ANA).reach(PLANT, YEAR).recognitionsGini()).isEqualTo(0.5);
    assertThatThrownBy(() -> as(ANA).reach(SALES, YEAR)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(ANA).reach(YEAR)).isInstanceOf(AccessDeniedException.class);
  }
}
