package dev.pillars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the deep-chain benchmark once per store and order on a 2,000-deep chain (the JDBC store on H2
 * in memory) and checks that it loads the whole chain. Measures nothing.
 */
class DeepChainLoadBenchmarkTest {
  private static final int DEPTH = 2_000;

  @BeforeEach
  void useH2() {
    System.setProperty(
        BenchDatabase.URL,
        "jdbc:h2:mem:chain-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void forgetH2() {
    System.clearProperty(BenchDatabase.URL);
  }

  @Test
  void everyStoreAndOrderLoadsTheWholeChainAndCoreBuildsIt() {
    DeepChainLoadBenchmark benchmark = new DeepChainLoadBenchmark();
    for (String store : List.of("memory", "jdbc")) {
      for (String order : List.of("parents", "children")) {
        DeepChainLoadBenchmark.Chain chain = new DeepChainLoadBenchmark.Chain();
        chain.store = store;
        chain.order = order;
        chain.depth = DEPTH;
        chain.open();
        try {
          chain.insertGoals();
          assertThat(chain.links.get(0).child())
              .isEqualTo(GoalId.of(order.equals("parents") ? "g-1" : "g-" + DEPTH));
          assertThat(benchmark.storeAddAll(chain)).as("%s, %s", store, order).isEqualTo(1);
          assertThat(chain.tenant.alignment().count()).isEqualTo(DEPTH);
          try (Stream<AlignmentLink> up = chain.tenant.alignment().streamByChild(GoalId.of("g-" + DEPTH))) {
            assertThat(up).containsExactly(AlignmentLink.of(GoalId.of("g-" + DEPTH), GoalId.of("g-" + (DEPTH - 1))));
          }
          assertThat(benchmark.coreBuild(chain)).isEqualTo(DEPTH);
        } finally {
          chain.close();
        }
      }
    }
  }
}
