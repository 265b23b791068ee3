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
 *
 * <p><b>Commits by others.</b> Several engines (one per application server) may share one store,
 * and a host may write to it directly. Each tenant's cache therefore keeps a high-water mark: the
 * store's {@link dev.pillars.persistence.spi.TenantStore#commits() commit count} it reflects. A
 * load takes the count read before it reads; each of this engine's own commits raises the mark
 * when every commit before it is accounted for. Before answering from the cache, the engine reads
 * the store's count (one cheap read); if it is ahead of the mark, someone else committed, and the
 * tenant's state is read again. A stale score is never served silently. (A commit of this engine
 * that has not yet been applied also makes the count run ahead for a moment; that only costs an
 * unneeded reload.)
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

  /** A tenant's cached state, its generation and its high-water mark. */
  private static final class Slot {
    long generation;
    @Nullable TenantScores scores;
    @Nullable Organisation organisation;
    /** The commit count the cached state reflects; -1 when nothing is cached. */
    long mark = -1;
    /** This engine's commits above the mark, waiting for those before them. */
    final java.util.TreeSet<Long> ahead = new java.util.TreeSet<>();

    void clear() {
      generation++;
      scores = null;
      organisation = null;
      mark = -1;
      ahead.clear();
    }
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
    long stored = store.forTenant(tenant).commits();
    synchronized (slot) {
      if (slot.mark >= 0 && stored > slot.mark) {
        LOG.debug("Tenant {} has {} commits, {} more than this engine has seen: reading its state again",
            tenant.value(), stored, stored - slot.mark);
        slot.clear();
      }
    }
    while (true) {
      long generation;
      long before;
      synchronized (slot) {
        T cached = get.apply(slot);
        if (cached != null) {
          return cached;
        }
        generation = slot.generation;
      }
      long started = System.nanoTime();
      before = store.forTenant(tenant).commits();
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
          slot.mark = slot.mark < 0 ? before : Math.min(slot.mark, before);
          return loaded;
        }
      }
      LOG.debug("The {} of tenant {} changed while they loaded; loading again", what, tenant.value());
    }
  }

  /**
   * Applies the effect of a committed operation of this engine.
   *
   * @param commit the commit's number in the tenant's count, if it wrote anything
   */
  void apply(TenantId tenant, Effect effect, java.util.OptionalLong commit) {
    Slot slot = slots.get(tenant);
    if (slot == null) {
      return;
    }
    TenantScores scores;
    synchronized (slot) {
      commit.ifPresent(n -> advance(slot, n));
      if (effect instanceof Effect.None) {
        return;
      }
      slot.generation++;
      if (effect instanceof Effect.OrganisationChanged) {
        slot.organisation = null;
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
      boolean carried = true;
      if (effect instanceof Effect.GoalProgress goal) {
        carried = scores.refreshGoal(goal.goal(), committed);
      } else if (effect instanceof Effect.KpiMeasurements kpi) {
        scores.refreshKpi(kpi.kpi(), committed);
      } else if (effect instanceof Effect.KpiDefinitionAdded kpi) {
        carried = scores.refreshDefinition(kpi.kpi(), committed);
      } else if (effect instanceof Effect.Graph graph) {
        carried = scores.refreshGraph(graph.goals(), graph.links(), committed);
      }
      if (!carried) {
        LOG.debug("Tenant {}: its scores load again on next use rather than carry over this change", tenant.value());
        drop(slot, scores);
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not update the scores of tenant {} after a commit; they load again on next use",
          tenant.value(), e);
      forget(tenant);
    }
  }

  /** Drops a tenant's scores if they are still the ones given, so they load again on next use. */
  private static void drop(Slot slot, TenantScores scores) {
    synchronized (slot) {
      if (slot.scores == scores) {
        slot.generation++;
        slot.scores = null;
      }
    }
  }

  /** Accounts for one of this engine's commits: the mark moves up once no commit before it is missing. */
  private static void advance(Slot slot, long commit) {
    if (slot.mark < 0 || commit <= slot.mark) {
      return;
    }
    slot.ahead.add(commit);
    while (!slot.ahead.isEmpty() && slot.ahead.first() == slot.mark + 1) {
      slot.mark = slot.ahead.pollFirst();
    }
  }

  /** Drops everything kept of a tenant; it loads again on next use. */
  void forget(TenantId tenant) {
    Slot slot = slots.get(tenant);
    if (slot != null) {
      synchronized (slot) {
        slot.clear();
      }
    }
  }
}
