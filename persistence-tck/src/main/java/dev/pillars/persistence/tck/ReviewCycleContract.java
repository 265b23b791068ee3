package dev.pillars.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.ReviewCycleRepository;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The review cycles of one tenant: the generic repository contract over cycles in every phase, with
 * participants, due dates and HR's overrides, plus the query by template.
 */
public abstract class ReviewCycleContract extends AggregateRepositoryContract<ReviewCycleId, ReviewCycle> {
  /** Creates the contract; {@link PillarsStoreContract} nests it. */
  protected ReviewCycleContract() {
    super(Repositories::reviewCycles, n -> ReviewCycleId.of("cycle-" + n), TckReviews::cycle);
  }

  private static List<Versioned<ReviewCycle>> byTemplate(ReviewCycleRepository cycles, ReviewTemplateId template) {
    try (Stream<Versioned<ReviewCycle>> stream = cycles.streamByTemplate(template)) {
      return stream.collect(Collectors.toList());
    }
  }

  @Test
  @DisplayName("streaming by template returns exactly that template's cycles, own writes included")
  void streamByTemplate() {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> {
      for (int n = 0; n < 6; n++) {
        work.reviewCycles().insert(aggregate(id(n), n));
      }
    });
    List<Versioned<ReviewCycle>> zero = byTemplate(tenant.reviewCycles(), ReviewTemplateId.of("tpl-0"));
    assertThat(zero).extracting(v -> v.value().id()).containsExactlyInAnyOrder(id(0), id(3));
    assertThat(zero).allMatch(v -> v.version() == 1);
    assertThat(byTemplate(tenant.reviewCycles(), ReviewTemplateId.of("tpl-9"))).isEmpty();
    assertThat(byTemplate(newTenant().reviewCycles(), ReviewTemplateId.of("tpl-0"))).isEmpty();
    tenant.runInTransaction(work -> {
      work.reviewCycles().insert(aggregate(id(6), 6));
      assertThat(byTemplate(work.reviewCycles(), ReviewTemplateId.of("tpl-0"))).hasSize(3);
      assertThat(byTemplate(tenant.reviewCycles(), ReviewTemplateId.of("tpl-0"))).hasSize(2);
    });
    ReviewTemplateId none = null;
    assertThatThrownBy(() -> tenant.reviewCycles().streamByTemplate(none)).isInstanceOf(NullPointerException.class);
  }
}
