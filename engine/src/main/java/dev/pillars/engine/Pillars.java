package dev.pillars.engine;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.TenantId;
import dev.pillars.engine.access.AccessPolicy;
import dev.pillars.engine.event.EventCodec;
import dev.pillars.engine.event.EventSink;
import dev.pillars.engine.internal.Engine;
import dev.pillars.engine.score.RollUpRule;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.attainment.AttainmentStrategy;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The engine: the one entry point through which a host runs every Pillars workflow.
 *
 * <p>Build one per application with {@link #builder()}; it is thread-safe and holds no static
 * state, so two instances in one JVM never interfere. Each request then takes {@code
 * tenant(id).as(actor)} and calls a service. The engine checks the actor's access on every call,
 * runs each operation in one unit of work of the host's store, keeps each tenant's scores current
 * in memory (loaded once, updated incrementally), and delivers events to the {@link EventSink}
 * only after the unit of work has committed.
 *
 * <p>One engine per store for now: the scores an engine keeps do not yet notice commits that
 * another engine, or the host directly, makes to the same tenant; {@link Tenant#reload()}
 * makes an engine read them afresh.
 */
public final class Pillars {
  private final Engine engine;

  private Pillars(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the engine's view of one tenant.
   *
   * @param tenant the tenant
   * @return the tenant's entry point
   * @throws NullPointerException if {@code tenant} is null
   */
  public Tenant tenant(TenantId tenant) {
    return new Tenant(engine, requireNonNull(tenant, "tenant"));
  }

  /** Builds a {@link Pillars}: the store and the clock are required, the rest has defaults. */
  public static final class Builder {
    private @Nullable PillarsStore store;
    private @Nullable Clock clock;
    private EventSink events = EventSink.none();
    private @Nullable EventCodec outbox;
    private AccessPolicy access = AccessPolicy.standard();
    private RetryPolicy retries = RetryPolicy.defaults();
    private RollUpRule rollUp = RollUpRule.everywhere(AggregationStrategy.weightedMean());
    private AttainmentStrategy attainment = AttainmentStrategy.linear(1.0);

    private Builder() {}

    /**
     * Sets the host's store. Required.
     *
     * @param store the store
     * @return this builder
     */
    public Builder store(PillarsStore store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the clock that dates every change. Required: Pillars never reads the system clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets where events go after each commit. Default: nowhere.
     *
     * @param events the sink
     * @return this builder
     */
    public Builder events(EventSink events) {
      this.events = requireNonNull(events, "events");
      return this;
    }

    /**
     * Writes every event into the store's outbox, in the same unit of work as the change it
     * describes, encoded by the host's codec; the host publishes them with {@link
     * Tenant#outbox()}'s relay, at least once. Default: no outbox (events go only to the {@link
     * #events sink}, after commit).
     *
     * @param codec how events are encoded
     * @return this builder
     */
    public Builder outbox(EventCodec codec) {
      this.outbox = requireNonNull(codec, "codec");
      return this;
    }

    /**
     * Sets the access policy. Default: {@link AccessPolicy#standard()}.
     *
     * @param access the policy
     * @return this builder
     */
    public Builder access(AccessPolicy access) {
      this.access = requireNonNull(access, "access");
      return this;
    }

    /**
     * Sets how often an operation repeats after an optimistic conflict. Default: {@link
     * RetryPolicy#defaults()}.
     *
     * @param retries the policy
     * @return this builder
     */
    public Builder retries(RetryPolicy retries) {
      this.retries = requireNonNull(retries, "retries");
      return this;
    }

    /**
     * Sets the strategy that scores a goal from its children. Default: {@link
     * AggregationStrategy#weightedMean()}; a registry gives custom ones ({@code
     * registry.aggregation(config)}).
     *
     * @param rollUp the strategy
     * @return this builder
     */
    public Builder rollUp(AggregationStrategy rollUp) {
      this.rollUp = RollUpRule.everywhere(requireNonNull(rollUp, "rollUp"));
      return this;
    }

    /**
     * Sets which strategy scores each goal from its children, per tenant and goal. Default: the
     * weighted mean everywhere.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rollUp(RollUpRule rule) {
      this.rollUp = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets the strategy that scores a KPI-measured goal from its KPI's measurements over the goal's
     * period. Default: {@link AttainmentStrategy#linear(double) linear, capped at 1}.
     *
     * @param attainment the strategy
     * @return this builder
     */
    public Builder attainment(AttainmentStrategy attainment) {
      this.attainment = requireNonNull(attainment, "attainment");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws IllegalStateException if the store or the clock was not set
     */
    public Pillars build() {
      if (store == null) {
        throw new IllegalStateException("store was not set: a Pillars engine needs the host's PillarsStore");
      }
      if (clock == null) {
        throw new IllegalStateException("clock was not set: a Pillars engine needs a java.time.Clock");
      }
      return new Pillars(new Engine(store, clock, events, outbox, access, retries.maxAttempts(), rollUp, attainment));
    }
  }
}
