package dev.pillars.engine;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.UnitOfWork;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A store that forwards to another and lets a test watch and disturb the engine's use of it: it
 * counts the repositories read outside units of work (so a test sees when the engine loads a
 * tenant's scores or organisation again), can make one such read fail, can make every commit fail,
 * can run something right after each commit, and can stream goals and links in reverse order (a
 * store owes no order).
 */
final class CountingStore implements PillarsStore {
  private final PillarsStore store;
  private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();
  private final AtomicInteger begun = new AtomicInteger();
  private volatile String failingRead = "";
  private volatile Supplier<RuntimeException> commitFault = () -> null;
  private volatile Runnable afterCommit = () -> {};
  private volatile boolean reversed;

  CountingStore(PillarsStore store) {
    this.store = store;
  }

  /** How often a repository (such as {@code "alignment"}) was taken outside a unit of work. */
  int reads(String repository) {
    return reads.computeIfAbsent(repository, r -> new AtomicInteger()).get();
  }

  /** How many units of work were begun. */
  int begun() {
    return begun.get();
  }

  /** Makes taking the named repository outside a unit of work throw; "" for none. */
  void failReadsOf(String repository) {
    failingRead = repository;
  }

  /** Makes each commit throw what the supplier gives instead of committing; null commits. */
  void failCommits(Supplier<RuntimeException> fault) {
    commitFault = fault;
  }

  /** Runs something after each successful commit, before the engine hears of it. */
  void afterCommit(Runnable hook) {
    afterCommit = hook;
  }

  /** Makes the goal and link repositories stream in the reverse of the wrapped store's order. */
  void reverseStreams() {
    reversed = true;
  }

  @Override
  public TenantStore forTenant(TenantId tenant) {
    TenantStore target = store.forTenant(tenant);
    return proxy(TenantStore.class, (self, method, args) -> {
      if (method.getName().equals("begin")) {
        begun.incrementAndGet();
        UnitOfWork work = (UnitOfWork) forward(target, method, args);
        return proxy(UnitOfWork.class, (unit, m, a) -> {
          if (m.getName().equals("commit")) {
            RuntimeException fault = commitFault.get();
            if (fault != null) {
              throw fault;
            }
            forward(work, m, a);
            afterCommit.run();
            return null;
          }
          return m.isDefault() ? InvocationHandler.invokeDefault(unit, m, a) : ordered(m, forward(work, m, a));
        });
      }
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(self, method, args);
      }
      if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class) {
        reads.computeIfAbsent(method.getName(), r -> new AtomicInteger()).incrementAndGet();
        if (method.getName().equals(failingRead)) {
          throw new IllegalStateException("the test made reading " + failingRead + " fail");
        }
      }
      return ordered(method, forward(target, method, args));
    });
  }

  /** Wraps the goal and link repositories so that their streams run in reverse, if asked to. */
  private Object ordered(Method accessor, Object repository) {
    if (!reversed || !(accessor.getName().equals("goals") || accessor.getName().equals("alignment"))) {
      return repository;
    }
    return proxy(accessor.getReturnType(), (self, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(self, method, args);
      }
      Object result = forward(repository, method, args);
      if (result instanceof Stream<?> stream) {
        List<Object> all = new ArrayList<>(stream.toList());
        Collections.reverse(all);
        return all.stream();
      }
      return result;
    });
  }

  private static Object forward(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(Proxy.newProxyInstance(CountingStore.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
