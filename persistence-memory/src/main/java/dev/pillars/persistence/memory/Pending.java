package dev.pillars.persistence.memory;

import org.jspecify.annotations.Nullable;

/**
 * What a unit of work has written to one aggregate and has not committed yet.
 *
 * @param value the aggregate's new state, or null if the unit of work deleted it
 * @param version the version the new state will have; 0 when deleted
 * @param baseVersion the committed version the unit of work's first write to this aggregate saw;
 *     0 if it did not exist. The commit checks that it is still the committed version.
 * @param stamp the bulk insert that wrote it, or 0 for a single write; lets a failed bulk insert
 *     undo its own writes
 * @param previous what a bulk insert replaced (a deletion in the same unit of work), restored on
 *     undo; null otherwise
 */
record Pending(@Nullable Object value, long version, long baseVersion, int stamp, @Nullable Pending previous) {
  static Pending of(@Nullable Object value, long version, long baseVersion) {
    return new Pending(value, version, baseVersion, 0, null);
  }
}
