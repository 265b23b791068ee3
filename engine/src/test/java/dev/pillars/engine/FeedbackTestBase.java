package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLOCK;
import static dev.pillars.engine.EngineFixture.PLANT;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/**
 * The fixture's organisation with three more of Ana's reports (Ben's peers) and one report of
 * Ben's, on a clock the tests move: enough people for a 360 round and a survey with k = 3.
 */
abstract class FeedbackTestBase extends EngineTestBase {
  static final EmployeeId PIA = EmployeeId.of("pia");
  static final EmployeeId PAUL = EmployeeId.of("paul");
  static final EmployeeId PETRA = EmployeeId.of("petra");
  static final EmployeeId RUI = EmployeeId.of("rui");
  static final LocalDate TODAY = LocalDate.now(CLOCK);
  static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));

  final MovableClock clock = new MovableClock(CLOCK.instant());

  @Override
  Pillars.Builder configure(Pillars.Builder builder) {
    return builder.clock(clock);
  }

  @BeforeEach
  void hireMore() {
    store.forTenant(ACME).runInTransaction(work -> {
      for (EmployeeId peer : List.of(PIA, PAUL, PETRA)) {
        work.employees().insert(EngineFixture.employee(peer, ANA, PLANT));
      }
      work.employees().insert(EngineFixture.employee(RUI, BEN, PLANT));
    });
    pillars = configure(Pillars.builder().store(store).clock(clock).events(delivered::addAll)).build();
  }

  /** Every event delivered so far as text, with the actor it was published for. */
  String deliveredText() {
    return delivered.stream().map(e -> e.actor() + " " + e.event()).collect(Collectors.joining("\n"));
  }
}
