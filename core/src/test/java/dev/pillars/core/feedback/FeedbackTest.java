package dev.pillars.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
  static final EmployeeId ANA = EmployeeId.of("ana");
  static final EmployeeId BEN = EmployeeId.of("ben");
  static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));

  static Feedback.Builder praise() {
    return feedback(FeedbackKind.PRAISE, BEN);
  }

  static Feedback.Builder feedback(FeedbackKind kind, EmployeeId receiver) {
    return feedback(kind, receiver, "Great safety walk");
  }

  static Feedback.Builder feedback(FeedbackKind kind, EmployeeId receiver, String text) {
    return Feedback.builder()
        .id(FeedbackId.of("f1"))
        .kind(kind)
        .giver(ANA)
        .receiver(receiver)
        .text(text)
        .link(FeedbackLink.value(CompanyValueId.of("safety")))
        .givenAt(CLOCK.instant());
  }

  @Test
  void anonymousFeedbackHidesItsGiverFromToStringEventsAndRefusals() {
    Feedback feedback = praise().anonymous(true).build();
    Change<Feedback> given = Feedback.give(feedback, CLOCK);

    assertThat(feedback.visibleGiver()).isEmpty();
    assertThat(feedback.toString()).doesNotContain("ana").contains("(anonymous)");
    assertThat(given.event(FeedbackGiven.class).orElseThrow().giver()).isEmpty();
    assertThat(given.events().toString()).doesNotContain("ana");
    assertThatThrownBy(() -> feedback.withdraw(BEN, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("withdrawnBy was ben: must be the feedback's giver");
  }

  @Test
  void namedFeedbackShowsItsGiver() {
    Feedback feedback = praise().build();

    assertThat(feedback.visibleGiver()).contains(ANA);
    assertThat(Feedback.give(feedback, CLOCK).event(FeedbackGiven.class).orElseThrow().giver()).contains(ANA);
  }

  @Test
  void withdrawnFeedbackIsKeptMarkedWithdrawn() {
    Feedback feedback = praise().build();
    Change<Feedback> withdrawn = feedback.withdraw(ANA, CLOCK);

    assertThat(withdrawn.value().isWithdrawn()).isTrue();
    assertThat(withdrawn.value().text()).isEqualTo(feedback.text());
    assertThat(withdrawn.event(FeedbackWithdrawn.class)).isPresent();
    assertThatThrownBy(() -> withdrawn.value().withdraw(ANA, CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("feedback was f1: must not be withdrawn already");
  }

  @Test
  void ratingsOnlyWhereTheKindTakesThemAndOnTheScale() {
    Feedback rated = feedback(FeedbackKind.UPWARD, BEN).scale(FIVE).addRatings(new Rating("Listens", 4)).build();
    assertThat(rated.ratings()).containsExactly(new Rating("Listens", 4));

    assertThatThrownBy(() -> praise().scale(FIVE).addRatings(new Rating("Listens", 4)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("ratings was [Rating[criterion=Listens, value=4.0]]: must be empty for PRAISE feedback");
    assertThatThrownBy(() -> feedback(FeedbackKind.UPWARD, BEN).scale(FIVE).addRatings(new Rating("Listens", 7)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("ratings.Listens was 7.0: must be one of the scale's values [1.0, 2.0, 3.0, 4.0, 5.0]");
    assertThatThrownBy(() -> feedback(FeedbackKind.UPWARD, BEN).addRatings(new Rating("Listens", 4)).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("scale was null: must be present when there are ratings");
  }

  @Test
  void badInputIsRefused() {
    assertThatThrownBy(() -> feedback(FeedbackKind.PRAISE, ANA).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("receiver was ana: must differ from the giver");
    assertThatThrownBy(() -> feedback(FeedbackKind.PRAISE, BEN, " ").build()).isInstanceOf(InvalidInputException.class).hasMessage("text was ' ': must not be blank");
    assertThatThrownBy(() -> Feedback.builder().giver(null)).isInstanceOf(NullPointerException.class).hasMessage("giver");
    assertThatThrownBy(() -> new Rating("x", Double.NaN)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> FeedbackId.of("")).isInstanceOf(InvalidInputException.class);
    Feedback feedback = praise().build();
    assertThatThrownBy(() -> feedback.withdraw(null, CLOCK)).isInstanceOf(NullPointerException.class).hasMessage("by");
  }
}
