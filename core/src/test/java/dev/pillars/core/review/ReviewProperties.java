package dev.pillars.core.review;

import static dev.pillars.core.review.ReviewFixtures.ANA;
import static dev.pillars.core.review.ReviewFixtures.BEN;
import static dev.pillars.core.review.ReviewFixtures.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.goal.GoalId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of reviews: a submitted snapshot never changes, whatever follows; the amendment
 * history replays every past state; content off the scale is refused and changes nothing.
 */
class ReviewProperties {
  /** Content on the template's scale: a goal, a competency and a proposed rating from 1 to 5. */
  private static final Gen<ReviewContent> CONTENT = integers().between(1, 5).zip(integers().between(1, 5),
      integers().between(1, 5), (g, c, p) -> ReviewContent.empty()
          .withGoal(GoalId.of("g-" + g), g, g)
          .withCompetency(CompetencyId.of("craft"), c)
          .withProposedRating(p)
          .withAnswer("strengths", "strength " + g + c + p));

  @Test
  void aSubmittedSnapshotNeverChangesAndHistoryReplaysEveryPastState() {
    qt().withExamples(300).forAll(CONTENT, lists().of(CONTENT).ofSizeBetween(0, 8)).checkAssert((first, later) -> {
      Review review = ReviewFixtures.review("mgr-ana", ANA, BEN, ReviewRole.MANAGER);
      review = review.edit(TEMPLATE, first, ReviewFixtures.at(0)).value().submit(TEMPLATE, ReviewFixtures.at(1)).value();
      ReviewRevision snapshot = review.revision(1);
      List<ReviewContent> states = new ArrayList<>(List.of(first));
      List<Instant> times = new ArrayList<>(List.of(ReviewFixtures.at(1).instant()));
      int minute = 2;
      for (ReviewContent next : later) {
        Review before = review;
        Instant at = ReviewFixtures.at(minute).instant();
        if (next.equals(before.content())) {
          assertThatThrownBy(() -> before.amend(TEMPLATE, next, BEN, "fix", ReviewFixtures.at(2))).isInstanceOf(InvalidInputException.class);
        } else {
          review = before.amend(TEMPLATE, next, BEN, "fix " + minute, ReviewFixtures.at(minute)).value();
          states.add(next);
          times.add(at);
        }
        Review current = review;
        assertThatThrownBy(() -> current.edit(TEMPLATE, next, ReviewFixtures.at(99))).isInstanceOf(InvalidInputException.class);
        minute++;
      }
      assertThat(review.revision(1)).isEqualTo(snapshot);
      assertThat(review.revisions()).hasSize(states.size());
      for (int i = 0; i < states.size(); i++) {
        ReviewRevision r = review.revision(i + 1);
        assertThat(r.content()).isEqualTo(states.get(i));
        assertThat(review.asOf(times.get(i))).contains(r);
        assertThat(review.asOf(times.get(i).plusSeconds(30))).contains(r);
        assertThat(r.reason().isPresent()).isEqualTo(i > 0);
      }
      assertThat(review.asOf(times.get(0).minusSeconds(1))).isEmpty();
      assertThat(review.content()).isEqualTo(states.get(states.size() - 1));
    });
  }

  @Test
  void ratingsOffTheScaleAreRefusedAndChangeNothing() {
    qt().forAll(integers().between(-3, 9)).checkAssert(rating -> {
      Review review = ReviewFixtures.review("mgr-ana", ANA, BEN, ReviewRole.MANAGER);
      ReviewContent content = ReviewContent.empty().withCompetency(CompetencyId.of("craft"), rating);
      if (rating >= 1 && rating <= 5) {
        assertThat(review.edit(TEMPLATE, content, ReviewFixtures.at(0)).value().draft()).isEqualTo(content);
      } else {
        assertThatThrownBy(() -> review.edit(TEMPLATE, content, ReviewFixtures.at(0)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("competencies.craft was " + (double) rating + ": must be a value of the rating scale");
        assertThat(review.status()).isEqualTo(ReviewStatus.NOT_STARTED);
        assertThat(review.draft().isEmpty()).isTrue();
      }
    });
  }
}
