package dev.pillars.persistence.spi;

import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;

/**
 * The merit matrices, each a rating scale by compa-ratio bands of increase ranges, of one tenant, each with its version.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The id is
 * {@link MeritMatrix#id()}. Amounts come back exactly as written, in every currency (minor units and the
 * ISO 4217 code).
 */
public interface MeritMatrixRepository extends AggregateRepository<MeritMatrixId, MeritMatrix> {}
