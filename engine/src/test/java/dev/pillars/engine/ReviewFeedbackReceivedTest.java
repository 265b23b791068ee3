package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static dev.pillars.engine.EngineFixture.H1;
import static dev.pillars.engine.EngineFixture.HR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.Period;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.review.FeedbackSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the feedback pillar tells reviews about who received feedback in a period: standing
 * feedback given on a day in the period, or an answer from someone else to a 360 round about them
 * closing in the period; and who may ask.
 */
class ReviewFeedbackReceivedTest extends FeedbackTestBase {
  private static final ThreeSixtyRoundId ROUND = ThreeSixtyRoundId.of("paul-h1");
  private static final Period NEXT_MONTH = Period.of(TODAY.plusDays(1), TODAY.plusDays(30));

  private FeedbackSource source() {
    return as(HR).feedback().reviewSource(FIVE);
  }

  private void give(String id, EmployeeId giver, EmployeeId receiver) {
    as(Actor.person(giver)).feedback().give(Feedback.builder().id(FeedbackId.of(id)).kind(FeedbackKind.PRAISE).giver(giver)
        .receiver(receiver).text("Thanks").givenAt(clock.instant()).build());
  }

  @Test
  void standingFeedbackGivenInThePeriodCounts() {
    give("f-pia", ANA, PIA);
    give("f-ben", ANA, BEN);
    as(Actor.person(ANA)).feedback().withdraw(FeedbackId.of("f-ben"));

    assertThat(source().received(PIA, H1)).isTrue();
    assertThat(source().received(PIA, NEXT_MONTH)).isFalse();
    assertThat(source().received(BEN, H1)).isFalse();
    assertThat(source().received(RUI, H1)).isFalse();
  }

  @Test
  void aRoundAboutThePersonCountsOnceSomeoneElseHasAnsweredAndOnlyInThePeriodItClosesIn() {
    as(Actor.person(ANA)).threeSixty().open(ThreeSixtyRound.of(ROUND, PAUL,
        Map.of(RaterGroup.SELF, Set.of(PAUL), RaterGroup.PEERS, Set.of(PETRA, PIA)),
        List.of(Question.scaled("Listens", FIVE)), TODAY.plusDays(7), AnonymityThreshold.DEFAULT));
    as(Actor.person(PAUL)).threeSixty().respond(ROUND, List.of(4.0));

    assertThat(source().received(PAUL, H1)).isFalse();
    as(Actor.person(PETRA)).threeSixty().respond(ROUND, List.of(5.0));
    assertThat(source().received(PAUL, H1)).isTrue();
    assertThat(source().received(PAUL, Period.of(TODAY, TODAY.plusDays(6)))).isFalse();
    assertThat(source().received(PETRA, H1)).isFalse();
  }

  @Test
  void whoMayNotReadAPersonsCadenceMayNotAsk() {
    give("f-ben", ANA, BEN);
    assertThatThrownBy(() -> as(Actor.person(CLEO)).feedback().reviewSource(FIVE).received(BEN, H1))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("person:cleo may not VIEW_CADENCE feedback received: ");
    assertThat(as(Actor.person(ANA)).feedback().reviewSource(FIVE).received(BEN, H1)).isTrue();
    assertThat(source().toString()).isEqualTo("FeedbackSource[feedback pillar of acme on " + FIVE + "]");
  }
}
