package dev.pillars.core.review;

import static dev.pillars.core.review.ReviewFixtures.ANA;
import static dev.pillars.core.review.ReviewFixtures.BEN;
import static dev.pillars.core.review.ReviewFixtures.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.EmployeeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of a cycle's guarded transitions, checked against a table written out here
 * independently of the code: which phase follows which, which phases have required work, and that
 * finalising never passes unsubmitted manager reviews.
 */
class ReviewCycleProperties {
  /** The phases in order, written out: the legal move from each is to the one after it. */
  private static final List<String> ORDER = List.of(
      "PLANNED", "GOAL_SETTING", "IN_PROGRESS", "SELF_REVIEW", "MANAGER_REVIEW", "CALIBRATION", "FINALISED", "CLOSED");

  /** Which open work (g: goals, s: self, m: manager, p: peer) blocks leaving each phase. */
  private static final Map<String, String> BLOCKS = Map.of(
      "GOAL_SETTING", "g", "SELF_REVIEW", "s", "MANAGER_REVIEW", "mp", "CALIBRATION", "m");

  /** One request: advance, with or without HR's reason, while some work is open. */
  record Request(boolean hr, boolean noGoals, boolean selfOpen, boolean managerOpen, boolean peerOpen) {}

  private static final Gen<Request> REQUESTS = integers().between(0, 31).map(
      bits -> new Request((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0));

  @Test
  void phasesMoveOnlyAsTheTableSays() {
    qt().withExamples(400).forAll(lists().of(REQUESTS).ofSizeBetween(1, 30)).checkAssert(requests -> {
      ReviewCycle cycle = ReviewFixtures.cycle();
      for (Request r : requests) {
        ReviewCycle before = cycle;
        String from = before.phase().name();
        int at = ORDER.indexOf(from);
        String blocking = BLOCKS.getOrDefault(from, "");
        boolean open = (blocking.contains("g") && r.noGoals()) || (blocking.contains("s") && r.selfOpen())
            || (blocking.contains("m") && r.managerOpen()) || (blocking.contains("p") && r.peerOpen());
        boolean finalisingWithOpenManager = at + 1 < ORDER.size() && ORDER.get(at + 1).equals("FINALISED") && r.managerOpen();
        boolean allowed = at + 1 < ORDER.size() && !finalisingWithOpenManager && (!open || r.hr());
        CycleStatus status = status(before, r);
        if (allowed) {
          Change<ReviewCycle> change = r.hr()
              ? before.advanceOverriding(status, BEN, "deadline passed", CLOCK)
              : before.advance(status, CLOCK);
          assertThat(change.value().phase().name()).isEqualTo(ORDER.get(at + 1));
          CyclePhaseChanged event = change.event(CyclePhaseChanged.class).orElseThrow();
          assertThat(event.override().isPresent()).isEqualTo(open);
          assertThat(change.value().overrides().containsKey(before.phase())).isEqualTo(open);
          cycle = change.value();
        } else {
          assertThatThrownBy(() -> {
            if (r.hr()) {
              before.advanceOverriding(status, BEN, "deadline passed", CLOCK);
            } else {
              before.advance(status, CLOCK);
            }
          }).isInstanceOf(InvalidInputException.class);
          assertThat(before.phase().name()).isEqualTo(from);
        }
      }
    });
  }

  @Test
  void everyPhaseReachesClosedWhenNoWorkIsOpen() {
    ReviewCycle cycle = ReviewFixtures.cycle();
    List<String> seen = new ArrayList<>();
    seen.add(cycle.phase().name());
    while (cycle.phase().next().isPresent()) {
      cycle = cycle.advance(status(cycle, new Request(false, false, false, false, false)), CLOCK).value();
      seen.add(cycle.phase().name());
    }
    assertThat(seen).isEqualTo(ORDER);
  }

  /** A status of the cycle with the request's open work, built from reviews as the engine would. */
  private static CycleStatus status(ReviewCycle cycle, Request r) {
    List<Review> reviews = new ArrayList<>();
    reviews.add(open(ReviewFixtures.review("self-ana", ANA, ANA, ReviewRole.SELF), !r.selfOpen()));
    reviews.add(open(ReviewFixtures.review("mgr-ana", ANA, BEN, ReviewRole.MANAGER), !r.managerOpen()));
    reviews.add(open(ReviewFixtures.review("peer-ana", ANA, EmployeeId.of("cat"), ReviewRole.PEER), !r.peerOpen()));
    Set<EmployeeId> withGoals = r.noGoals() ? Set.of(BEN) : Set.of(ANA, BEN);
    return CycleStatus.of(cycle, reviews, withGoals, new TreeSet<>(), CLOCK.instant().atZone(CLOCK.getZone()).toLocalDate());
  }

  private static Review open(Review review, boolean submitted) {
    if (!submitted) {
      return review;
    }
    ReviewContent content = ReviewContent.empty().withComment("done");
    return review.edit(ReviewFixtures.TEMPLATE, content, CLOCK).value().submit(ReviewFixtures.TEMPLATE, CLOCK).value();
  }

  @Test
  void sharedParticipantsAreThoseOfOverlappingCyclesOfTheSameTemplate() {
    qt().forAll(integers().between(-200, 200), integers().between(0, 200), booleans().all()).checkAssert((shift, length, sameTemplate) -> {
      ReviewCycle a = ReviewFixtures.cycle();
      java.time.LocalDate start = a.period().start().plusDays(shift);
      ReviewCycle b = ((ImmutableReviewCycle) a).withId(ReviewCycleId.of("other"))
          .withPeriod(dev.pillars.core.Period.of(start, start.plusDays(length)))
          .withTemplate(sameTemplate ? a.template() : ReviewTemplateId.of("other"))
          .withParticipants(List.of(BEN, EmployeeId.of("dan")));
      boolean overlaps = !start.plusDays(length).isBefore(a.period().start()) && !start.isAfter(a.period().end());
      assertThat(a.sharedParticipants(b)).isEqualTo(sameTemplate && overlaps ? new TreeSet<>(Set.of(BEN)) : new TreeSet<>());
      assertThat(b.sharedParticipants(a)).isEqualTo(a.sharedParticipants(b));
    });
  }

  @Test
  void overridesKeepWhatWasOpen() {
    ReviewCycle cycle = ReviewFixtures.cycle();
    cycle = cycle.advance(status(cycle, new Request(false, false, false, false, false)), CLOCK).value();
    Change<ReviewCycle> change = cycle.advanceOverriding(status(cycle, new Request(true, true, false, false, false)), BEN, "ana starts late", CLOCK);
    PhaseOverride override = change.value().overrides().get(ReviewPhase.GOAL_SETTING);
    assertThat(override.actor()).isEqualTo(BEN);
    assertThat(override.reason()).isEqualTo("ana starts late");
    assertThat(override.openWork()).containsExactly("1 participants without goals: [ana]");
    assertThat(new TreeMap<>(change.value().overrides())).containsOnlyKeys(ReviewPhase.GOAL_SETTING);
  }
}
