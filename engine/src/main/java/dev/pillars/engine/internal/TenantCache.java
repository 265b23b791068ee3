package dev.pillars.engine.internal;

import dev.pillars.core.TenantId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.Organisation;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.engine.score.RollUpRule;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the engine keeps in memory for every tenant it has served: the organisation snapshot that
 * access checks read, and the live scores. Each is loaded from the store on first use and kept
 * current by the effects of committed operations.
 *
 * <p>A load races with commits: an effect applied while a tenant's state is being loaded would be
 * lost if the load read the store before that commit. Each tenant therefore has a generation,
 * bumped by every effect; a load installs what it read only if the generation did not move while
 * it read, and reads again otherwise.
 */
final class TenantCache {
  private static final Logger LOG = LoggerFactory.getLogger(TenantCache.class);
  private static final long SLOW_LOAD_NANOS = 1_000_000_000L;

  private final PillarsStore store;
  private final RollUpRule rollUp;
  private final AttainmentStrategy attainment;
  private final ConcurrentMap<TenantId, Slot> slots = new ConcurrentHashMap<>();

  TenantCache(PillarsStore store, RollUpRule rollUp, AttainmentStrategy attainment) {
    this.store = store;
    this.rollUp = rollUp;
    this.attainment = attainment;
  }

  /** A tenant's cached state and its generation. */
  private static final class Slot {
    long generation;
    @Nullable TenantScores scores;
    @Nullable Organisation organisation;
  }

  Optional<GoalScore> score(TenantId tenant, GoalId goal) {
    return load(tenant, "scores", s -> s.scores, (s, v) -> s.scores = v,
        committed -> TenantScores.load(committed, g -> rollUp.strategyFor(tenant, g), attainment)).score(goal);
  }

  Organisation organisation(TenantId tenant) {
    return load(tenant, "organisation", s -> s.organisation, (s, v) -> s.organisation = v,
        committed -> committed.organisation().snapshot());
  }

  /** Sets a loaded value into a slot. */
  @FunctionalInterface
  private interface Setter<T> {
    void set(Slot slot, T value);
  }

  private <T> T load(
      TenantId tenant, String what, Function<Slot, @Nullable T> get, Setter<T> set, Function<Repositories, T> read) {
    Slot slot = slots.computeIfAbsent(tenant, t -> new Slot());
    while (true) {
      long generation;
      synchronized (slot) {
        T cached = get.apply(slot);
        if (cached != null) {
          return cached;
        }
        generation = slot.generation;
      }
      long started = System.nanoTime();
      T loaded = read.apply(store.forTenant(tenant));
      long took = System.nanoTime() - started;
      if (took > SLOW_LOAD_NANOS) {
        LOG.info("Loaded the {} of tenant {} in {} ms", what, tenant.value(), took / 1_000_000);
      } else {
        LOG.debug("Loaded the {} of tenant {} in {} µs", what, tenant.value(), took / 1_000);
      }
      synchronized (slot) {
        if (slot.generation == generation) {
          set.set(slot, loaded);
          return loaded;
        }
      }
      LOG.debug("The {} of tenant {} changed while they loaded; loading again", what, tenant.value());
    }
  }

  /** Applies the effect of a committed operation. */
  void apply(TenantId tenant, Effect effect) {
    if (effect instanceof Effect.None) {
      return;
    }
    Slot slot = slots.get(tenant);
    if (slot == null) {
      return;
    }
    TenantScores scores;
    synchronized (slot) {
      slot.generation++;
      if (effect instanceof Effect.OrganisationChanged) {
        slot.organisation = null;
        slot.scores = null;
        return;
      }
      if (effect instanceof Effect.Graph) {
        slot.scores = null;
        return;
      }
      scores = slot.scores;
    }
    if (scores == null) {
      return;
    }
    Repositories committed = store.forTenant(tenant);
    try {
      if (effect instanceof Effect.GoalProgress goal) {
        scores.refreshGoal(goal.goal(), committed);
      } else if (effect instanceof Effect.KpiMeasurements kpi) {
        scores.refreshKpi(kpi.kpi(), committed);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not update the scores of tenant {} after a commit; they load again on next use",
          tenant.value(), e);
      forget(tenant);
    }
  }

  /** Drops everything kept of a tenant; it loads again on next use. */
  void forget(TenantId tenant) {
    Slot slot = slots.get(tenant);
    if (slot != null) {
      synchronized (slot) {
        slot.generation++;
        slot.scores = null;
        slot.organisation = null;
      }
    }
  }
}
