/**
 * What a custom strategy implements to be found by name: a {@link
 * dev.pillars.scoring.spi.StrategyProvider}, registered with a {@code StrategyRegistry} in code or
 * listed for {@link java.util.ServiceLoader} in {@code
 * META-INF/services/dev.pillars.scoring.spi.StrategyProvider} (and {@code provides} in a
 * module-info).
 */
@NullMarked
package dev.pillars.scoring.spi;

import org.jspecify.annotations.NullMarked;
