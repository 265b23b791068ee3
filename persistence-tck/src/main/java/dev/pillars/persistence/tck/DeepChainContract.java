package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckGoals.goal;
import static dev.pillars.persistence.tck.TckGoals.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.alignment.AlignmentCycleException;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.persistence.spi.TenantStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Deep alignment chains added in bulk: the checks of a bulk add cost time linear in its links
 * whichever end of the chain comes first (a store whose cycle check climbs the whole chain for every
 * link needs minutes here; {@code BENCHMARKS.md} has the 100,000-deep measurement), and a link that
 * closes the chain into a cycle is still refused exactly.
 */
public abstract class DeepChainContract extends TenantContract {
  /** How deep the chains are: deep enough that a quadratic check misses the time limit by far. */
  private static final int DEPTH = 5_000;

  private static final int BATCH = 1_000;

  /** Creates the group; a subclass says how to reach the store. */
  protected DeepChainContract() {}

  /** The link from goal {@code n + 1} up to goal {@code n}. */
  private static AlignmentLink step(int n) {
    return AlignmentLink.of(id(n + 1), id(n));
  }

  /** The orders a host might load a chain in: parents first, children first, from the middle outwards. */
  private static Map<String, List<AlignmentLink>> orders(int depth) {
    List<AlignmentLink> middleOut = new ArrayList<>();
    for (int d = 0; d <= depth / 2; d++) {
      int below = depth / 2 + d;
      int above = depth / 2 - d - 1;
      if (below < depth) {
        middleOut.add(step(below));
      }
      if (above >= 0) {
        middleOut.add(step(above));
      }
    }
    return Map.of(
        "parents first", IntStream.range(0, depth).mapToObj(DeepChainContract::step).toList(),
        "children first", IntStream.range(0, depth).map(n -> depth - 1 - n).mapToObj(DeepChainContract::step).toList(),
        "middle out", middleOut);
  }

  private TenantStore withGoals(int depth) {
    TenantStore tenant = newTenant();
    tenant.runInTransaction(work -> work.goals().insertAll(IntStream.rangeClosed(0, depth).mapToObj(n -> goal(id(n), 3)), BATCH));
    return tenant;
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  @DisplayName("a 5,000-deep chain bulk-added parents first, children first or middle out is stored whole")
  void deepChainsLoadInAnyOrder() {
    orders(DEPTH)
        .forEach(
            (order, links) -> {
              assertThat(links).as(order).hasSize(DEPTH).doesNotHaveDuplicates();
              TenantStore tenant = withGoals(DEPTH);
              long version = tenant.inTransaction(work -> work.alignment().addAll(links.iterator(), BATCH, 0));
              assertThat(version).as(order).isEqualTo(1);
              assertThat(tenant.alignment().count()).as(order).isEqualTo(DEPTH);
              for (int n : List.of(0, DEPTH / 2, DEPTH - 1)) {
                try (Stream<AlignmentLink> up = tenant.alignment().streamByChild(id(n + 1))) {
                  assertThat(up).as(order).containsExactly(step(n));
                }
              }
            });
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  @DisplayName("a link that closes a deep chain into a cycle fails the bulk add, which leaves nothing")
  void closingADeepChainFails() {
    int depth = DEPTH / 5;
    orders(depth)
        .forEach(
            (order, chain) -> {
              TenantStore tenant = withGoals(depth);
              List<AlignmentLink> links = new ArrayList<>(chain);
              links.add(links.size() / 2, AlignmentLink.of(id(0), id(depth)));
              assertThatThrownBy(() -> tenant.runInTransaction(work -> work.alignment().addAll(links.iterator(), BATCH / 4, 0)))
                  .as(order)
                  .isInstanceOfSatisfying(
                      AlignmentCycleException.class,
                      e -> {
                        // the cycle closes when its last link comes: the last step of the chain
                        assertThat(e.child()).isEqualTo(links.get(links.size() - 1).child());
                        assertThat(e.cycle()).contains(id(0), id(depth)).hasSizeGreaterThan(depth);
                      });
              assertThat(tenant.alignment().count()).as(order).isZero();
              assertThat(tenant.alignment().graphVersion()).as(order).isZero();
            });
  }
}
