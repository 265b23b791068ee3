package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.BEN;
import static dev.pillars.engine.EngineFixture.CLEO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.engine.access.Actor;
import dev.pillars.persistence.spi.OutboxMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the engine logs while anonymous givers give, answer and fail: the engine's tests log at debug
 * to a file (see {@code simplelogger.properties}), and the lines written meanwhile never name them;
 * nor does the outbox.
 */
class FeedbackLogsTest extends FeedbackTestBase {
  private static final Path LOG = Path.of("target", "engine-tests.log");

  @Override
  Pillars.Builder configure(Pillars.Builder builder) {
    return super.configure(builder).outbox(event -> event.actor() + " " + event.event());
  }

  private static long logged() throws IOException {
    return Files.exists(LOG) ? Files.size(LOG) : 0;
  }

  private static String loggedSince(long offset) throws IOException {
    byte[] all = Files.readAllBytes(LOG);
    return new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
  }

  @Test
  void noLogLineNamesAnAnonymousGiver() throws IOException {
    long before = logged();
    ThreeSixtyRoundId round = ThreeSixtyRoundId.of("ben-h1");
    as(Actor.person(ANA)).threeSixty().open(ThreeSixtyRound.of(round, BEN, Map.of(RaterGroup.PEERS, Set.of(PIA, PAUL, PETRA)),
        List.of(Question.scaled("Listens", FIVE)), TODAY.plusDays(7), AnonymityThreshold.DEFAULT));
    as(Actor.person(PIA)).threeSixty().respond(round, List.of(4.0));
    Throwable twice = catchThrowable(() -> as(Actor.person(PIA)).threeSixty().respond(round, List.of(5.0)));
    as(Actor.person(PETRA)).feedback().give(Feedback.builder().id(FeedbackId.of("f1")).kind(FeedbackKind.CONSTRUCTIVE)
        .giver(PETRA).receiver(BEN).anonymous(true).text("Shorter stand-ups").givenAt(clock.instant()).build());
    Throwable read = catchThrowable(() -> as(Actor.person(CLEO)).feedback().feedback(FeedbackId.of("f1")));
    Throwable withdraw = catchThrowable(() -> as(Actor.person(BEN)).feedback().withdraw(FeedbackId.of("f1")));

    String logged = loggedSince(before);

    assertThat(twice).hasMessageNotContaining("pia");
    assertThat(read).hasMessageNotContaining("petra");
    assertThat(withdraw).hasMessageNotContaining("petra");
    assertThat(logged).as("the denial of Cleo's read is logged at debug").contains("Denied person:cleo");
    assertThat(logged).doesNotContain("pia").doesNotContain("petra");
    List<OutboxMessage> outbox = new ArrayList<>();
    pillars.tenant(EngineFixture.ACME).outbox().relay(100, outbox::addAll);
    assertThat(outbox).hasSize(3);
    assertThat(outbox.subList(1, 3)).allSatisfy(m -> assertThat(m.actor()).isEqualTo("anonymous"));
    assertThat(outbox.toString()).doesNotContain("pia").doesNotContain("petra");
  }
}
