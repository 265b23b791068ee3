package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewRevision;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.ReviewRepository;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reviews of one tenant: the generic repository contract over reviews in every status and
 * role, with drafts, submitted snapshots and amendments; the queries by cycle and by person; and
 * that a submitted snapshot never changes while every past state reads back.
 */
public abstract class ReviewContract extends AggregateRepositoryContract<ReviewId, Review> {
  /** Creates the contract; {@link PillarsStoreContract} nests it. */
  protected ReviewContract() {
    super(Repositories::reviews, n -> ReviewId.of("review-" + n), TckReviews::review);
  }

  private static List<ReviewId> ids(Stream<Versioned<Review>> reviews) {
    try (Stream<Versioned<Review>> stream = reviews) {
      return stream.map(v -> v.value().id()).collect(Collectors.toList());
    }
  }

  @Test
  @DisplayName("streaming by cycle and by person returns exactly their reviews")
  void streamByCycleAndSubject() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> {
      for (int n = 0; n < 9; n++) {
        work.reviews().insert(aggregate(id(n), n));
      }
    });
    assertThat(ids(tenant.reviews().streamByCycle(ReviewCycleId.of("cycle-1")))).containsExactlyInAnyOrder(id(1), id(4), id(7));
    assertThat(ids(tenant.reviews().streamBySubject(TckReviews.person(2)))).containsExactlyInAnyOrder(id(2), id(7));
    assertThat(ids(tenant.reviews().streamByCycle(ReviewCycleId.of("cycle-9")))).isEmpty();
    assertThat(ids(newTenant().reviews().streamBySubject(TckReviews.person(2)))).isEmpty();
    ReviewCycleId noCycle = null;
    EmployeeId nobody = null;
    assertThatThrownBy(() -> tenant.reviews().streamByCycle(noCycle)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> tenant.reviews().streamBySubject(nobody)).isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("a submitted snapshot reads back unchanged through every amendment, and every past state reads back")
  void snapshotsNeverChangeAndHistoryReadsBack() {
    TenantStore tenant = newTenant();
    Review review = Review.builder().id(id(0)).cycle(ReviewCycleId.of("cycle-0")).subject(TckReviews.person(0))
        .author(TckReviews.person(8)).role(ReviewRole.MANAGER).build();
    review = review.edit(TckReviews.ALL_ROLES, TckReviews.content(0), TckReviews.clock(0)).value()
        .submit(TckReviews.ALL_ROLES, TckReviews.clock(1)).value();
    Review submitted = review;
    tenant.runInTransaction(work -> work.reviews().insert(submitted));
    ReviewRevision snapshot = submitted.revision(1);
    List<Review> states = new ArrayList<>(List.of(submitted));
    for (int a = 1; a <= 4; a++) {
      Review before = states.get(states.size() - 1);
      Review amended = before.amend(TckReviews.ALL_ROLES, TckReviews.content(a), TckReviews.person(9), "Amendment " + a, TckReviews.clock(10 * a)).value();
      long version = a;
      tenant.runInTransaction(work -> work.reviews().update(amended, version));
      states.add(amended);
      Review stored = tenant.reviews().find(id(0)).orElseThrow().value();
      assertThat(stored).isEqualTo(amended);
      assertThat(stored.revision(1)).isEqualTo(snapshot);
    }
    Review stored = tenant.reviews().find(id(0)).orElseThrow().value();
    assertThat(stored.revisions()).hasSize(5);
    for (Review state : states) {
      ReviewRevision latest = state.submitted().orElseThrow();
      assertThat(stored.asOf(latest.at())).contains(latest);
      assertThat(stored.revision(latest.number())).isEqualTo(latest);
    }
    assertThat(stored.asOf(snapshot.at().minusNanos(1))).isEmpty();
  }

  @Test
  @DisplayName("erasure pseudonymises cycles and reviews, and removes the words the erased person wrote")
  void erasurePseudonymisesReviews() {
    TenantStore tenant = newTenant();
    EmployeeId erased = TckReviews.person(0);
    EmployeeId manager = TckReviews.person(8);
    Review self = Review.builder().id(id(0)).cycle(ReviewCycleId.of("cycle-0")).subject(erased).author(erased)
        .role(ReviewRole.SELF).build()
        .edit(TckReviews.ALL_ROLES, TckReviews.content(0).withAnswer("next", "Lead the line"), TckReviews.clock(0)).value()
        .submit(TckReviews.ALL_ROLES, TckReviews.clock(1)).value();
    Review byManager = Review.builder().id(id(1)).cycle(ReviewCycleId.of("cycle-0")).subject(erased).author(manager)
        .role(ReviewRole.MANAGER).build()
        .edit(TckReviews.ALL_ROLES, TckReviews.content(3), TckReviews.clock(0)).value();
    Review other = aggregate(id(2), 1);
    tenant.runInTransaction(work -> {
      work.reviewCycles().insert(TckReviews.cycle(dev.pillars.core.review.ReviewCycleId.of("cycle-0"), 0));
      work.reviews().insert(self);
      work.reviews().insert(byManager);
      work.reviews().insert(other);
    });
    EmployeeId pseudonym = EmployeeId.of("erased-7f3c9a");
    dev.pillars.persistence.spi.ErasureReport report =
        tenant.inTransaction(work -> work.personalData().erase(erased, pseudonym));

    assertThat(report.pseudonymised()).isEqualTo(3);
    assertThat(report.redacted()).isEqualTo(1);
    Review selfAfter = tenant.reviews().find(id(0)).orElseThrow().value();
    assertThat(selfAfter.subject()).isEqualTo(pseudonym);
    assertThat(selfAfter.author()).isEqualTo(pseudonym);
    assertThat(selfAfter.revision(1).actor()).isEqualTo(pseudonym);
    assertThat(selfAfter.revision(1).content().answers()).isEmpty();
    assertThat(selfAfter.revision(1).content().comment()).isEmpty();
    assertThat(selfAfter.revision(1).content().goals()).isEqualTo(self.revision(1).content().goals());
    assertThat(tenant.reviews().find(id(1)).orElseThrow())
        .isEqualTo(Versioned.of(byManager.erasing(erased, pseudonym), 2));
    assertThat(tenant.reviews().find(id(1)).orElseThrow().value().draft()).isEqualTo(byManager.draft());
    assertThat(tenant.reviews().find(id(2)).orElseThrow()).isEqualTo(Versioned.of(other, 1));
    assertThat(tenant.reviewCycles().find(ReviewCycleId.of("cycle-0")).orElseThrow().value().participants())
        .contains(pseudonym).doesNotContain(erased);
    assertThat(ids(tenant.reviews().streamBySubject(erased))).isEmpty();
  }
}
