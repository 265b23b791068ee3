package dev.pillars.persistence.spi;

import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;

/**
 * The bonus plans: multipliers per rating level, company factor, cap and eligibility over a period, of one tenant, each with its version.
 *
 * <p>Everything {@link AggregateRepository} says holds here: reads anywhere, writes only inside a
 * {@link UnitOfWork}, versions checked on every update and delete, tenant isolation. The id is
 * {@link BonusPlan#id()}. Amounts come back exactly as written, in every currency (minor units and the
 * ISO 4217 code).
 */
public interface BonusPlanRepository extends AggregateRepository<BonusPlanId, BonusPlan> {}
