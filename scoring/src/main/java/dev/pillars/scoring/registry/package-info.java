/**
 * The {@link dev.pillars.scoring.registry.StrategyRegistry}: resolves strategies by kind and name
 * from built-ins, providers registered in code and, on request, providers found by {@link
 * java.util.ServiceLoader}; and replays receipts. There is no global registry: a host builds the
 * registries it needs.
 */
@NullMarked
package dev.pillars.scoring.registry;

import org.jspecify.annotations.NullMarked;
