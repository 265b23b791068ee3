package dev.pillars.engine.internal;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Striped locks that keep an aggregate's commit and the delivery of its events together, so that
 * events of one aggregate reach the sink in commit order within one engine. Different aggregates
 * mostly take different stripes and proceed in parallel.
 */
final class AggregateLocks {
  private final ReentrantLock[] stripes;

  AggregateLocks(int stripes) {
    this.stripes = new ReentrantLock[stripes];
    for (int i = 0; i < stripes; i++) {
      this.stripes[i] = new ReentrantLock();
    }
  }

  ReentrantLock forKey(String tenant, String aggregateKey) {
    int hash = 31 * tenant.hashCode() + aggregateKey.hashCode();
    return stripes[Math.floorMod(hash ^ (hash >>> 16), stripes.length)];
  }
}
