package dev.pillars.persistence.spi;

import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;

/**
 * The merit rounds and bonus pools as they were shared out, each with one receipt per person, of one tenant, each with its version.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The id is
 * {@link AllocationRun#id()}. Amounts come back exactly as written, in every currency (minor units and the
 * ISO 4217 code).
 */
public interface AllocationRunRepository extends AggregateRepository<AllocationRunId, AllocationRun> {}
