package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A custom store: any {@link PillarsStore} with an audit trail around it. It logs every write
 * through SLF4J and keeps a trail of the writes of committed units of work only; writes that were
 * rolled back leave nothing in it. The trail names aggregates by id and never copies their
 * content, and an erasure is recorded by its pseudonym alone, so the trail itself holds no personal
 * data to erase.
 *
 * <p>It passes the whole persistence TCK with the in-memory store inside; see {@code
 * AuditingStoreCompatibilityTest}, the few lines a vendor writes to run the TCK against a store.
 */
public final class CustomStoreExample {
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  private CustomStoreExample() {}

  /**
   * Runs the example and prints the audit trail.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    AuditingStore store = AuditingStore.wrapping(MemoryStore.create());
    TenantStore acme = store.forTenant(TenantId.of("acme"));
    EmployeeId dana = EmployeeId.of("dana");

    acme.runInTransaction(
        work -> {
          work.goals().insert(goal("line-3-scrap", dana));
          work.checkIns().append(
              new CheckIn(GoalId.of("line-3-scrap"), Instant.parse("2026-02-02T09:00:00Z"), 0.3, 0.7, Optional.of("new die arrived")));
        });
    try (UnitOfWork work = acme.begin()) {
      work.goals().insert(goal("abandoned", dana));
      work.rollback();
    }
    ErasureReport report = acme.inTransaction(work -> work.personalData().erase(dana, EmployeeId.of("erased-5e1f")));

    out.println("audit trail of " + store.auditTrail().size() + " committed writes:");
    store.auditTrail().forEach(entry -> out.println("  " + entry));
    out.println("erasure redacted " + report.redacted() + " comment(s); the rolled-back insert left no trace");
  }

  private static Goal goal(String id, EmployeeId owner) {
    return Goal.builder()
        .id(GoalId.of(id))
        .title("Goal " + id)
        .owner(GoalOwner.employee(owner))
        .level(GoalLevel.INDIVIDUAL)
        .period(YEAR)
        .measure(GoalMeasure.manual(0))
        .build();
  }

  /**
   * A store that wraps another and keeps an audit trail of committed writes.
   *
   * <p>Every tenant store, unit of work and repository it hands out is a {@link Proxy} around the
   * wrapped store's: calls go through unchanged, so the wrapped store's rules (and exceptions) hold
   * as they are; a write that succeeds is logged and buffered in its unit of work, and the buffer
   * joins the trail when the unit of work commits. Thread-safe as the wrapped store is.
   */
  public static final class AuditingStore implements PillarsStore {
    private static final Logger LOG = LoggerFactory.getLogger(AuditingStore.class);
    private static final Set<String> WRITES =
        Set.of("insert", "update", "delete", "insertAll", "add", "addAll", "remove", "append", "appendAll", "erase");

    private final PillarsStore store;
    private final Queue<String> trail = new ConcurrentLinkedQueue<>();

    private AuditingStore(PillarsStore store) {
      this.store = store;
    }

    /**
     * Returns a store that audits the writes to {@code store}.
     *
     * @param store the store that keeps the data
     * @return the auditing store
     */
    public static AuditingStore wrapping(PillarsStore store) {
      return new AuditingStore(store);
    }

    @Override
    public TenantStore forTenant(TenantId tenant) {
      TenantStore tenantStore = store.forTenant(tenant);
      return proxy(TenantStore.class, tenantStore, tenantStore.tenant(), null);
    }

    /**
     * Returns the writes of every committed unit of work, oldest first.
     *
     * @return the trail, such as {@code "acme: GoalRepository.insert(Goal g-1)"}
     */
    public List<String> auditTrail() {
      return List.copyOf(trail);
    }

    private <T> T proxy(Class<T> type, Object target, TenantId tenant, @Nullable List<String> pending) {
      InvocationHandler handler = new Audited(type, target, tenant, pending);
      return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /** Forwards the calls to one object of the wrapped store and audits its writes. */
    private final class Audited implements InvocationHandler {
      private final Class<?> type;
      private final Object target;
      private final TenantId tenant;
      /** The writes of the unit of work this object belongs to; null outside one. */
      private final @Nullable List<String> pending;

      Audited(Class<?> type, Object target, TenantId tenant, @Nullable List<String> pending) {
        this.type = type;
        this.target = target;
        this.tenant = tenant;
        this.pending = pending;
      }

      @Override
      public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
          switch (method.getName()) {
            case "equals":
              return proxy == args[0];
            case "hashCode":
              return System.identityHashCode(proxy);
            default:
              return "Audited[" + target + "]";
          }
        }
        if (method.isDefault()) {
          // inTransaction, close, insertAll(Stream): run them over the proxy, so their calls are audited too
          return InvocationHandler.invokeDefault(proxy, method, args);
        }
        Object result;
        try {
          result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
        String name = method.getName();
        if (target instanceof TenantStore && name.equals("begin")) {
          return proxy(UnitOfWork.class, result, tenant, new ArrayList<>());
        }
        if (target instanceof UnitOfWork && pending != null) {
          if (name.equals("commit")) {
            trail.addAll(pending);
            LOG.debug("{}: committed {} audited writes", tenant, pending.size());
            pending.clear();
          } else if (name.equals("rollback")) {
            pending.clear();
          }
        }
        if (WRITES.contains(name) && pending != null) {
          String entry = tenant + ": " + type.getSimpleName() + "." + name + "(" + describe(name, args) + ")";
          LOG.debug("{}", entry);
          pending.add(entry);
        }
        Class<?> returned = method.getReturnType();
        if (result != null && returned.isInterface() && returned.getPackageName().equals(PillarsStore.class.getPackageName())) {
          return proxy(returned, result, tenant, pending);
        }
        return result;
      }

      /** Describes a write's arguments by ids only, never by content. */
      private String describe(String name, @Nullable Object[] args) {
        if (name.equals("erase")) {
          return "pseudonym " + args[1];
        }
        List<String> parts = new ArrayList<>();
        for (Object arg : args) {
          parts.add(describe(arg));
        }
        return String.join(", ", parts);
      }

      private String describe(@Nullable Object arg) {
        if (arg == null || arg instanceof Number || arg instanceof GoalId || arg instanceof AlignmentLink) {
          return String.valueOf(arg);
        }
        for (Class<?> type = arg.getClass(); type != null; type = type.getSuperclass()) {
          if (Modifier.isPublic(type.getModifiers())) {
            try {
              return type.getSimpleName() + " " + type.getMethod("id").invoke(arg);
            } catch (ReflectiveOperationException e) {
              return type.getSimpleName();
            }
          }
        }
        return "…";
      }
    }
  }
}
