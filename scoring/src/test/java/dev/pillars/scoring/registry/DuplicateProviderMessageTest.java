package dev.pillars.scoring.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.spi.StrategyProvider;
import org.junit.jupiter.api.Test;

/**
 * A name registered twice for a kind is refused naming both providers: an in-code provider by its
 * kind and name, a provider class of the host's by its class name.
 */
class DuplicateProviderMessageTest {
  /** A host's own provider class. */
  static final class HostMean implements StrategyProvider {
    @Override
    public String name() {
      return "mean";
    }

    @Override
    public StrategyKind kind() {
      return StrategyKind.AGGREGATION;
    }

    @Override
    public ScoringStrategy create(StrategyConfig config) {
      return AggregationStrategy.mean();
    }
  }

  @Test
  void bothProvidersAreNamed() {
    StrategyProvider inCode = StrategyProvider.of("mean", StrategyKind.AGGREGATION, c -> AggregationStrategy.mean());
    assertThat(inCode).hasToString("AGGREGATION mean");
    StrategyRegistry.Builder builder = StrategyRegistry.builder();
    assertThatThrownBy(() -> builder.register(new HostMean()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("now also by " + HostMean.class.getName());
    StrategyRegistry.Builder empty = StrategyRegistry.builder();
    assertThatThrownBy(() -> empty.register(inCode).register(inCode))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("provider.name was 'mean': must not be registered twice for AGGREGATION; already registered by"
            + " the built-in or in-code provider AGGREGATION mean, now also by the built-in or in-code provider AGGREGATION mean");
  }
}
