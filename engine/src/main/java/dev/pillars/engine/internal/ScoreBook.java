package dev.pillars.engine.internal;

import dev.pillars.core.TenantId;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.core.goal.GoalId;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live scores of every tenant an engine has served, each loaded from the store once, on first
 * use, and kept current by the effects of committed operations.
 *
 * <p>A load races with commits: an effect applied while a tenant's scores are being loaded would
 * be lost if the load read the store before that commit. Each tenant therefore has a generation,
 * bumped by every effect; a load installs its scores only if the generation did not move while it
 * read, and reads again otherwise.
 */
final class ScoreBook {
  private static final Logger LOG = LoggerFactory.getLogger(ScoreBook.class);
  private static final long SLOW_LOAD_NANOS = 1_000_000_000L;

  private final PillarsStore store;
  private final AggregationStrategy rollUp;
  private final AttainmentStrategy attainment;
  private final ConcurrentMap<TenantId, Slot> slots = new ConcurrentHashMap<>();

  ScoreBook(PillarsStore store, AggregationStrategy rollUp, AttainmentStrategy attainment) {
    this.store = store;
    this.rollUp = rollUp;
    this.attainment = attainment;
  }

  /** A tenant's scores and its generation. */
  private static final class Slot {
    long generation;
    TenantScores scores;
  }

  Optional<GoalScore> score(TenantId tenant, GoalId goal) {
    return scores(tenant).score(goal);
  }

  private TenantScores scores(TenantId tenant) {
    Slot slot = slots.computeIfAbsent(tenant, t -> new Slot());
    while (true) {
      long generation;
      synchronized (slot) {
        if (slot.scores != null) {
          return slot.scores;
        }
        generation = slot.generation;
      }
      long started = System.nanoTime();
      TenantScores loaded = TenantScores.load(store.forTenant(tenant), rollUp, attainment);
      long took = System.nanoTime() - started;
      if (took > SLOW_LOAD_NANOS) {
        LOG.info("Loaded the scores of tenant {} in {} ms: {}", tenant.value(), took / 1_000_000, loaded);
      } else {
        LOG.debug("Loaded the scores of tenant {} in {} µs: {}", tenant.value(), took / 1_000, loaded);
      }
      synchronized (slot) {
        if (slot.generation == generation) {
          slot.scores = loaded;
          return loaded;
        }
      }
      LOG.debug("The scores of tenant {} changed while they loaded; loading again", tenant.value());
    }
  }

  /** Applies the effect of a committed operation. */
  void apply(TenantId tenant, ScoreEffect effect) {
    if (effect instanceof ScoreEffect.None) {
      return;
    }
    Slot slot = slots.get(tenant);
    if (slot == null) {
      return;
    }
    TenantScores scores;
    synchronized (slot) {
      slot.generation++;
      if (effect instanceof ScoreEffect.Graph) {
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
      if (effect instanceof ScoreEffect.GoalProgress goal) {
        scores.refreshGoal(goal.goal(), committed);
      } else if (effect instanceof ScoreEffect.KpiMeasurements kpi) {
        scores.refreshKpi(kpi.kpi(), committed);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not update the scores of tenant {} after a commit; they load again on next use",
          tenant.value(), e);
      forget(tenant);
    }
  }

  /** Drops a tenant's scores; they load again on next use. */
  void forget(TenantId tenant) {
    Slot slot = slots.get(tenant);
    if (slot != null) {
      synchronized (slot) {
        slot.generation++;
        slot.scores = null;
      }
    }
  }
}
