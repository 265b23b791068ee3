package dev.pillars.engine.internal;

import dev.pillars.core.TenantId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.engine.access.AccessDecision;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.AccessRequest;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.Resource;
import dev.pillars.engine.event.EventCodec;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.persistence.spi.OutboxMessage;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of one tenant made for one actor: every service method runs through {@link #read} or
 * {@link #write}. A write checks access, loads, applies the domain rule and saves inside one unit
 * of work; commits it; then updates the tenant's live scores and delivers the events. A failure
 * before the commit leaves the store and the scores as they were. An optimistic conflict repeats
 * the whole attempt, up to the engine's retry limit.
 */
public final class Call {
  private static final Logger LOG = LoggerFactory.getLogger(Call.class);

  private final Engine engine;
  private final TenantId tenant;
  private final Actor actor;

  Call(Engine engine, TenantId tenant, Actor actor) {
    this.engine = engine;
    this.tenant = tenant;
    this.actor = actor;
  }

  Engine engine() {
    return engine;
  }

  /**
   * Returns the tenant.
   *
   * @return the tenant
   */
  public TenantId tenant() {
    return tenant;
  }

  /**
   * Returns the actor.
   *
   * @return the actor
   */
  public Actor actor() {
    return actor;
  }

  /**
   * Returns the clock every change is dated by.
   *
   * @return the clock
   */
  public Clock clock() {
    return engine.clock;
  }

  /** What a read or an attempt of a write sees: repositories and an access check over them. */
  public static class Scope {
    private final Call call;
    private final Repositories repositories;

    Scope(Call call, Repositories repositories) {
      this.call = call;
      this.repositories = repositories;
    }

    /**
     * Returns the repositories: committed data for a read, the unit of work for a write.
     *
     * @return the repositories
     */
    public Repositories repositories() {
      return repositories;
    }

    /**
     * Checks that the actor may perform an action on a resource.
     *
     * @param action the action
     * @param resource the resource
     * @throws AccessDeniedException if the policy denies it
     */
    public void require(Action action, Resource resource) {
      AccessDecision decision = call.engine.access.decide(
          AccessRequest.of(call.actor, action, resource, () -> call.engine.cache.organisation(call.tenant)));
      if (!decision.allowed()) {
        LOG.debug("Denied {} {} on {} in tenant {}: {}",
            call.actor.name(), action, resource.description(), call.tenant.value(), decision.rule());
        throw new AccessDeniedException(call.actor, action, resource, decision.rule());
      }
    }
  }

  /** What one attempt of a write sees: a scope whose repositories write into its unit of work. */
  public static final class Work extends Scope {
    Work(Call call, UnitOfWork unitOfWork) {
      super(call, unitOfWork);
    }
  }

  /**
   * Runs a read over the tenant's committed data.
   *
   * @param body what to read; it calls {@link Scope#require} before returning anything
   * @param <R> the result type
   * @return what the body returned
   */
  public <R> R read(Function<Scope, R> body) {
    return body.apply(new Scope(this, engine.store.forTenant(tenant)));
  }

  /**
   * Returns a goal's current score from the tenant's live scores.
   *
   * @param goal the goal, whose access the caller has checked
   * @return the score, or empty if the goal has none
   */
  public Optional<GoalScore> score(GoalId goal) {
    return engine.cache.score(tenant, goal);
  }

  /**
   * Runs a write: each attempt in a unit of work of its own, repeated after an optimistic conflict
   * up to the engine's limit.
   *
   * @param operation the operation's name, for logs
   * @param body one attempt: check access, load, apply, save; returns the outcome
   * @param <R> the result type
   * @return the result of the attempt that committed
   * @throws StaleVersionException if the last attempt still conflicted
   */
  public <R> R write(String operation, Function<Work, Outcome<R>> body) {
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(body);
      } catch (StaleVersionException conflict) {
        if (attempt >= engine.maxAttempts) {
          LOG.info("{} in tenant {} gave up after {} attempts: {}",
              operation, tenant.value(), attempt, conflict.getMessage());
          throw conflict;
        }
        LOG.debug("{} in tenant {} conflicted on attempt {}; repeating: {}",
            operation, tenant.value(), attempt, conflict.getMessage());
      }
    }
  }

  private <R> R attempt(Function<Work, Outcome<R>> body) {
    TenantStore store = engine.store.forTenant(tenant);
    Outcome<R> outcome;
    List<PublishedEvent> published;
    try (UnitOfWork unitOfWork = store.begin()) {
      outcome = body.apply(new Work(this, unitOfWork));
      published = publishable(outcome);
      EventCodec codec = engine.outbox;
      if (codec != null) {
        for (PublishedEvent event : published) {
          unitOfWork.outbox().append(new OutboxMessage(event.id(), event.event().aggregateId(), codec.type(event),
              event.actor(), event.event().occurredAt(), codec.encode(event)));
        }
      }
      ReentrantLock lock = engine.locks.forKey(tenant.value(), outcome.aggregateKey());
      lock.lock();
      try {
        unitOfWork.commit();
        engine.cache.apply(tenant, outcome.effect(), unitOfWork.commitNumber());
        deliver(published);
      } finally {
        lock.unlock();
      }
    }
    return outcome.result();
  }

  private List<PublishedEvent> publishable(Outcome<?> outcome) {
    List<PublishedEvent> published = new ArrayList<>(outcome.events().size());
    String name = outcome.anonymous() ? Outcome.ANONYMOUS_ACTOR : actor.name();
    outcome.events().forEach(e -> published.add(new PublishedEvent(UUID.randomUUID(), tenant, name, e)));
    return published;
  }

  private void deliver(List<PublishedEvent> published) {
    if (published.isEmpty()) {
      return;
    }
    try {
      engine.events.deliver(List.copyOf(published));
    } catch (RuntimeException e) {
      LOG.warn("The event sink threw while taking {} committed events of tenant {}; the change stays committed",
          published.size(), tenant.value(), e);
    }
  }
}
