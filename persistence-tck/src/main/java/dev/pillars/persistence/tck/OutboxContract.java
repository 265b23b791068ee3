package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckGoals.employee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.DuplicateAggregateException;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.OutboxMessage;
import dev.pillars.persistence.spi.OutboxRepository;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.TransactionRequiredException;
import dev.pillars.persistence.spi.TransactionStateException;
import dev.pillars.persistence.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The transactional outbox ({@link OutboxRepository}): messages are pending only once their unit
 * of work commits, in commit order; marking them published removes them; ids are never used
 * twice; tenants are isolated; erasure removes the pending messages about or by the employee; and a
 * model-based property over random units of work on two tenants.
 *
 * <p>{@link PillarsStoreContract} runs it as a {@code @Nested} group.
 */
public abstract class OutboxContract extends TenantContract {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123456789Z");

  /** Creates the group; a subclass says how to reach the store. */
  protected OutboxContract() {}

  /** Returns message {@code n}: about goal {@code n}, caused by employee {@code n}. */
  static OutboxMessage message(int n) {
    return message(n, "goal-" + n, employee(n).value());
  }

  static OutboxMessage message(int n, String aggregateId, String actor) {
    return new OutboxMessage(
        new UUID(0x0b0c5L, n), aggregateId, "Event" + n % 3, actor, T0.plusSeconds(n), n % 4 == 0 ? "" : "{\"n\":" + n + "}");
  }

  private static List<UUID> ids(int... ns) {
    List<UUID> ids = new ArrayList<>();
    for (int n : ns) {
      ids.add(message(n).id());
    }
    return ids;
  }

  private static void append(TenantStore tenant, int... ns) {
    tenant.runInTransaction(
        work -> {
          for (int n : ns) {
            work.outbox().append(message(n));
          }
        });
  }

  /** Marks messages published in a unit of work of their own and returns how many were marked. */
  private static long mark(TenantStore tenant, List<UUID> ids) {
    Long marked = tenant.inTransaction(work -> work.outbox().markPublished(ids));
    return marked;
  }

  private static List<OutboxMessage> messages(int... ns) {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int n : ns) {
      messages.add(message(n));
    }
    return messages;
  }

  @Test
  @DisplayName("a message is pending only once its unit of work commits, with every field as it was appended")
  void visibleOnlyAfterCommit() {
    TenantStore tenant = newTenant();
    assertThat(tenant.outbox().pending(10)).isEmpty();
    try (UnitOfWork work = tenant.begin()) {
      work.outbox().append(message(1));
      work.outbox().append(message(4));
      assertThat(tenant.outbox().pending(10)).isEmpty();
      assertThat(tenant.outbox().countPending()).isZero();
      assertThat(work.outbox().pending(10)).as("not pending before it commits, even to its own unit of work").isEmpty();
      work.commit();
    }
    assertThat(tenant.outbox().pending(10)).containsExactlyElementsOf(messages(1, 4));
    assertThat(tenant.outbox().countPending()).isEqualTo(2);
  }

  @Test
  @DisplayName("a rolled-back, closed or throwing unit of work leaves no message")
  void rollbackLeavesNone() {
    TenantStore tenant = newTenant();
    UnitOfWork rolledBack = tenant.begin();
    rolledBack.outbox().append(message(1));
    rolledBack.rollback();
    try (UnitOfWork closed = tenant.begin()) {
      closed.outbox().append(message(2));
    }
    assertThatThrownBy(
            () ->
                tenant.runInTransaction(
                    work -> {
                      work.outbox().append(message(3));
                      throw new IllegalStateException("abort");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(tenant.outbox().pending(10)).isEmpty();
    assertThat(tenant.outbox().countPending()).isZero();
    append(tenant, 1, 2, 3);
    assertThat(tenant.outbox().pending(10)).containsExactlyElementsOf(messages(1, 2, 3));
  }

  @Test
  @DisplayName("pending messages come in commit order, then append order, whatever order they were appended in")
  void commitOrder() {
    TenantStore tenant = newTenant();
    append(tenant, 5, 2);
    try (UnitOfWork late = tenant.begin()) {
      late.outbox().append(message(1));
      append(tenant, 9, 0);
      late.outbox().append(message(3));
      late.commit();
    }
    append(tenant, 4);
    assertThat(tenant.outbox().pending(10)).containsExactlyElementsOf(messages(5, 2, 9, 0, 1, 3, 4));
  }

  @Test
  @DisplayName("pending returns at most limit messages, the oldest; a limit below 1 fails and changes nothing")
  void limit() {
    TenantStore tenant = newTenant();
    append(tenant, 0, 1, 2, 3, 4);
    assertThat(tenant.outbox().pending(2)).containsExactlyElementsOf(messages(0, 1));
    assertThat(tenant.outbox().pending(1)).containsExactlyElementsOf(messages(0));
    assertThat(tenant.outbox().pending(Integer.MAX_VALUE)).hasSize(5);
    for (int limit : new int[] {0, -1, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> tenant.outbox().pending(limit))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("limit");
    }
    assertThat(tenant.outbox().countPending()).isEqualTo(5);
  }

  @Test
  @DisplayName("markPublished removes committed messages from pending, ignores unknown ids and counts what it marked")
  void markPublished() {
    TenantStore tenant = newTenant();
    append(tenant, 0, 1, 2, 3);
    List<UUID> known = ids(1, 3);
    long marked = mark(tenant, List.of(known.get(0), known.get(1), new UUID(7, 7)));
    assertThat(marked).isEqualTo(2);
    assertThat(tenant.outbox().pending(10)).containsExactlyElementsOf(messages(0, 2));
    assertThat(tenant.outbox().countPending()).isEqualTo(2);
    assertThat(mark(tenant, ids(1, 3, 1))).isZero();
    assertThat(mark(tenant, List.of())).isZero();

    try (UnitOfWork work = tenant.begin()) {
      assertThat(work.outbox().markPublished(ids(0, 0))).isEqualTo(1);
      assertThat(work.outbox().pending(10)).as("its own mark").containsExactlyElementsOf(messages(2));
      assertThat(tenant.outbox().pending(10)).as("before it commits").containsExactlyElementsOf(messages(0, 2));
      work.outbox().append(message(5));
      assertThat(work.outbox().markPublished(ids(5))).as("not committed yet, so not pending").isZero();
      work.rollback();
    }
    assertThat(tenant.outbox().pending(10)).as("a rolled-back mark").containsExactlyElementsOf(messages(0, 2));
  }

  @Test
  @DisplayName("an id is never used twice: pending, published, or appended earlier in the same unit of work")
  void duplicateIds() {
    TenantStore tenant = newTenant();
    append(tenant, 0, 1);
    tenant.runInTransaction(work -> work.outbox().markPublished(ids(1)));
    try (UnitOfWork work = tenant.begin()) {
      work.outbox().append(message(2));
      for (int n : new int[] {0, 1, 2}) {
        OutboxMessage again = message(n, "other", "someone");
        assertThatThrownBy(() -> work.outbox().append(again))
            .isInstanceOf(DuplicateAggregateException.class)
            .hasMessageContaining(again.id().toString());
      }
      work.outbox().append(message(3));
      work.commit();
    }
    assertThat(tenant.outbox().pending(10)).containsExactlyElementsOf(messages(0, 2, 3));
  }

  @Test
  @DisplayName("bad arguments fail: null with NullPointerException naming it, writes outside or after a unit of work")
  void badArguments() {
    TenantStore tenant = newTenant();
    append(tenant, 0);
    try (UnitOfWork work = tenant.begin()) {
      assertThatThrownBy(() -> work.outbox().append(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("message");
      assertThatThrownBy(() -> work.outbox().markPublished(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("ids");
      List<UUID> withNull = new ArrayList<>(ids(0));
      withNull.add(null);
      assertThatThrownBy(() -> work.outbox().markPublished(withNull)).isInstanceOf(NullPointerException.class).hasMessageContaining("ids");
      work.commit();
    }
    assertThatThrownBy(() -> tenant.outbox().append(message(1))).isInstanceOf(TransactionRequiredException.class);
    assertThatThrownBy(() -> tenant.outbox().markPublished(ids(0))).isInstanceOf(TransactionRequiredException.class);
    UnitOfWork ended = tenant.begin();
    ended.commit();
    assertThatThrownBy(() -> ended.outbox().append(message(1))).isInstanceOf(TransactionStateException.class);
    assertThatThrownBy(() -> ended.outbox().pending(1)).isInstanceOf(TransactionStateException.class);
    assertThat(tenant.outbox().pending(10)).containsExactlyElementsOf(messages(0));
  }

  @Test
  @DisplayName("a message needs every field, and a type that is not blank; its payload may be empty")
  void badMessages() {
    UUID id = new UUID(1, 1);
    assertThat(new OutboxMessage(id, "goal-1", "GoalCreated", "dana", T0, "").payload()).isEmpty();
    assertThatThrownBy(() -> new OutboxMessage(id, "goal-1", " \t", "dana", T0, "{}"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("type")
        .hasMessageContaining("blank");
    String[] fields = {"id", "aggregateId", "type", "actor", "occurredAt", "payload"};
    for (int missing = 0; missing < fields.length; missing++) {
      int m = missing;
      assertThatThrownBy(
              () ->
                  new OutboxMessage(
                      m == 0 ? null : id,
                      m == 1 ? null : "goal-1",
                      m == 2 ? null : "GoalCreated",
                      m == 3 ? null : "dana",
                      m == 4 ? null : T0,
                      m == 5 ? null : "{}"))
          .isInstanceOf(NullPointerException.class)
          .hasMessage(fields[m]);
    }
  }

  @Test
  @DisplayName("tenants are isolated: another tenant neither sees nor marks a tenant's messages, and may use the same ids")
  void tenantIsolation() {
    TenantStore first = newTenant();
    TenantStore second = newTenant();
    append(first, 0, 1);
    assertThat(second.outbox().pending(10)).isEmpty();
    assertThat(second.outbox().countPending()).isZero();
    assertThat(mark(second, ids(0, 1))).isZero();
    append(second, 1);
    assertThat(first.outbox().pending(10)).containsExactlyElementsOf(messages(0, 1));
    assertThat(second.outbox().pending(10)).containsExactlyElementsOf(messages(1));
  }

  @Test
  @DisplayName("erasure removes the pending messages about or by the employee, and their ids stay used")
  void erasure() {
    TenantStore tenant = newTenant();
    String erased = employee(7).value();
    OutboxMessage about = message(1, erased, "host");
    OutboxMessage by = message(2, "goal-2", erased);
    OutboxMessage other = message(3, "goal-3", employee(8).value());
    tenant.runInTransaction(
        work -> {
          work.outbox().append(about);
          work.outbox().append(other);
          work.outbox().append(by);
        });
    ErasureReport report;
    try (UnitOfWork work = tenant.begin()) {
      OutboxMessage appendedHere = message(4, erased, erased);
      work.outbox().append(appendedHere);
      report = work.personalData().erase(employee(7), EmployeeId.of("erased-5b1e0a"));
      assertThat(tenant.outbox().pending(10)).as("before the erasure commits").containsExactly(about, other, by);
      work.commit();
    }
    assertThat(report.removed()).isEqualTo(3);
    assertThat(tenant.outbox().pending(10)).containsExactly(other);
    assertThatThrownBy(() -> tenant.runInTransaction(work -> work.outbox().append(about)))
        .isInstanceOf(DuplicateAggregateException.class);
  }

  /** One operation of the model-based property. */
  enum Kind {
    APPEND,
    MARK,
    PENDING
  }

  /**
   * An operation: append message {@code n}, mark messages {@code ns} published, or read the first
   * {@code n + 1} pending messages.
   */
  record Op(Kind kind, int n, List<Integer> ns) {}

  /**
   * The model of one tenant's outbox: the committed pending messages in order, the messages the
   * unit of work appended (pending once it commits), and every id ever used.
   */
  static final class Model {
    final List<OutboxMessage> pending;
    final List<OutboxMessage> appended;
    final Set<UUID> used;

    Model(List<OutboxMessage> pending, List<OutboxMessage> appended, Set<UUID> used) {
      this.pending = pending;
      this.appended = appended;
      this.used = used;
    }

    List<OutboxMessage> committed() {
      List<OutboxMessage> all = new ArrayList<>(pending);
      all.addAll(appended);
      return all;
    }
  }

  private final class Outbox implements TckModel<Op, Model> {
    @Override
    public Gen<Op> operations() {
      Gen<Integer> ns = integers().between(0, 11);
      return integers()
          .between(0, 2)
          .zip(ns, lists().of(ns).ofSizeBetween(0, 4), (kind, n, list) -> new Op(Kind.values()[kind], n, list));
    }

    @Override
    public TenantStore tenant() {
      return newTenant();
    }

    @Override
    public Model seed() {
      return new Model(new ArrayList<>(), new ArrayList<>(), new HashSet<>());
    }

    @Override
    public Model copy(Model model) {
      return new Model(model.committed(), new ArrayList<>(), new HashSet<>(model.used));
    }

    @Override
    public void apply(Repositories repositories, Model view, Op op, boolean inside, String context) {
      OutboxRepository outbox = repositories.outbox();
      switch (op.kind()) {
        case APPEND:
          OutboxMessage message = message(op.n());
          Class<? extends Exception> appendFails =
              !inside ? TransactionRequiredException.class : view.used.contains(message.id()) ? DuplicateAggregateException.class : null;
          if (!TckCalls.expectFailure(appendFails, () -> outbox.append(message), context)) {
            view.appended.add(message);
            view.used.add(message.id());
          }
          break;
        case MARK:
          List<UUID> ids = op.ns().stream().map(n -> message(n).id()).collect(Collectors.toList());
          if (!inside) {
            TckCalls.expectFailure(TransactionRequiredException.class, () -> outbox.markPublished(ids), context);
            break;
          }
          long expected = view.pending.stream().filter(m -> ids.contains(m.id())).count();
          assertThat(outbox.markPublished(ids)).as(context).isEqualTo(expected);
          view.pending.removeIf(m -> ids.contains(m.id()));
          break;
        case PENDING:
          List<OutboxMessage> first = view.pending.subList(0, Math.min(view.pending.size(), op.n() + 1));
          assertThat(outbox.pending(op.n() + 1)).as(context).containsExactlyElementsOf(first);
          assertThat(outbox.countPending()).as(context).isEqualTo(view.pending.size());
          break;
        default:
          throw new AssertionError(op);
      }
    }

    @Override
    public void compare(TenantStore tenant, Model model, String where) {
      List<OutboxMessage> committed = model.committed();
      assertThat(tenant.outbox().pending(Integer.MAX_VALUE)).as(where).containsExactlyElementsOf(committed);
      assertThat(tenant.outbox().countPending()).as(where).isEqualTo(committed.size());
    }
  }

  @Test
  @DisplayName("property: random units of work on two tenants append, mark and read exactly as a model says")
  void modelBased() {
    ModelRun.check(new Outbox(), 2, scaled(60));
  }
}
