package dev.pillars.persistence.memory;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import java.util.Arrays;
import java.util.List;

/** The tables every tenant has, one per aggregate type, numbered from 0. */
final class Tables {
  static final Table<GoalId, Goal> GOALS = new Table<>(0, "Goal", GoalId.class, Goal.class, Goal::id);

  /** Every table, each at the position of its index. */
  static final List<Table<?, ?>> ALL = List.of(GOALS);

  /** How many tables a tenant has. */
  static final int COUNT = ALL.size();

  private Tables() {}

  /** Returns the state of a tenant that has no data: every table empty. */
  static Trie[] empty() {
    Trie[] tables = new Trie[COUNT];
    Arrays.fill(tables, Trie.EMPTY);
    return tables;
  }
}
