package dev.pillars.persistence.spi;

import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;

/**
 * The 360 rounds of one tenant, each with its version. Everything {@link AggregateRepository} says
 * holds here; a round's id is {@link ThreeSixtyRound#id()}. A store keeps a round's answers as the
 * round holds them (per group, sorted), apart from who answered, and keeps no order of arrival.
 */
public interface ThreeSixtyRoundRepository extends AggregateRepository<ThreeSixtyRoundId, ThreeSixtyRound> {}
