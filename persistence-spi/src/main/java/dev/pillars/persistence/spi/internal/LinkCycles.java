package dev.pillars.persistence.spi.internal;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.GoalId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides whether new alignment links close a cycle, in time proportional to the smaller of two
 * parts of the graph: the goals above the new links' parents, or the goals below their children.
 *
 * <p>A cycle through a new link from {@code c} to {@code p} runs upwards from {@code p} back to
 * {@code c}, so all its goals lie above the new parents and, equally, below the new children. The
 * search grows both regions a level at a time, always the one that has reached fewer goals so far,
 * until one of them is complete, and then looks for a cycle inside that region alone (Kahn's algorithm). A
 * chain loaded parents first has nothing below its new children; loaded children first, nothing
 * above its new parents: either way each batch costs its own size, whatever the depth of the graph.
 * The store's graph without the new links is acyclic, as the store keeps it, so a cycle found is
 * one the new links close.
 *
 * <p>Internal: shared by the Pillars stores, not part of the SPI.
 */
public final class LinkCycles {
  /** A store's view of the links of many goals at once, in one direction. */
  @FunctionalInterface
  public interface Links {
    /**
     * Returns the stored links of the given goals: those whose child is one of them (upwards) or
     * whose parent is one of them (downwards), as the caller asked for. It may or may not include
     * the new links.
     *
     * @param goals the goals, none repeated
     * @return their links in that direction
     */
    List<AlignmentLink> of(Collection<GoalId> goals);
  }

  private LinkCycles() {}

  /**
   * Returns whether the new links close a cycle in the graph the two views show.
   *
   * @param added the new links; the views may or may not show them already
   * @param parentsOf the stored links upwards from goals
   * @param childrenOf the stored links downwards from goals
   * @return true if the graph with the new links has a cycle
   * @throws NullPointerException if an argument is null
   */
  public static boolean close(List<AlignmentLink> added, Links parentsOf, Links childrenOf) {
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(parentsOf, "parentsOf");
    Objects.requireNonNull(childrenOf, "childrenOf");
    if (added.isEmpty()) {
      return false;
    }
    Region up = new Region(added, parentsOf, AlignmentLink::child, AlignmentLink::parent);
    Region down = new Region(added, childrenOf, AlignmentLink::parent, AlignmentLink::child);
    while (true) {
      if (up.complete()) {
        return up.hasCycle();
      }
      if (down.complete()) {
        return down.hasCycle();
      }
      (up.size() <= down.size() ? up : down).grow();
    }
  }

  /**
   * Returns the position of the first link that closes a cycle when the links are added one after
   * the other, each to the graph with the ones before it, or -1 if none does.
   *
   * <p>The views may show some or all of the links already (a store that checks a batch after
   * inserting it); they are left out and added one by one. Each goal's stored links are read once,
   * those of all the links' goals together before the first check, so a batch costs a few reads
   * plus, for each link, the smaller region around it as the links before it left the graph.
   *
   * @param links the new links, in the order they are added
   * @param parentsOf the stored links upwards from goals
   * @param childrenOf the stored links downwards from goals
   * @return the index of the first link that closes a cycle, or -1
   * @throws NullPointerException if an argument is null
   */
  public static int firstClosing(List<AlignmentLink> links, Links parentsOf, Links childrenOf) {
    Objects.requireNonNull(links, "links");
    Set<List<GoalId>> fresh = new HashSet<>();
    Set<GoalId> ends = new LinkedHashSet<>();
    for (AlignmentLink link : links) {
      fresh.add(List.of(link.child(), link.parent()));
      ends.add(link.child());
      ends.add(link.parent());
    }
    Cached up = new Cached(Objects.requireNonNull(parentsOf, "parentsOf"), fresh, AlignmentLink::child);
    Cached down = new Cached(Objects.requireNonNull(childrenOf, "childrenOf"), fresh, AlignmentLink::parent);
    up.of(ends);
    down.of(ends);
    for (int i = 0; i < links.size(); i++) {
      AlignmentLink link = links.get(i);
      if (close(List.of(link), up::of, down::of)) {
        return i;
      }
      up.add(link);
      down.add(link);
    }
    return -1;
  }

  /**
   * A view of stored links in one direction that reads each goal's links once, leaves out the new
   * links it was not told about yet, and adds those it was told about.
   */
  private static final class Cached {
    private final Links stored;
    private final Set<List<GoalId>> fresh;
    private final Function<AlignmentLink, GoalId> key;
    private final Map<GoalId, List<AlignmentLink>> known = new HashMap<>();

    Cached(Links stored, Set<List<GoalId>> fresh, Function<AlignmentLink, GoalId> key) {
      this.stored = stored;
      this.fresh = fresh;
      this.key = key;
    }

    List<AlignmentLink> of(Collection<GoalId> goals) {
      List<GoalId> unknown = new ArrayList<>();
      for (GoalId goal : goals) {
        if (!known.containsKey(goal)) {
          unknown.add(goal);
        }
      }
      if (!unknown.isEmpty()) {
        unknown.forEach(goal -> known.put(goal, new ArrayList<>()));
        for (AlignmentLink link : stored.of(unknown)) {
          if (!fresh.contains(List.of(link.child(), link.parent()))) {
            known.get(key.apply(link)).add(link);
          }
        }
      }
      List<AlignmentLink> links = new ArrayList<>();
      goals.forEach(goal -> links.addAll(known.get(goal)));
      return links;
    }

    void add(AlignmentLink link) {
      of(List.of(key.apply(link)));
      known.get(key.apply(link)).add(link);
    }
  }

  /** The goals reached from the new links in one direction, with the links among them. */
  private static final class Region {
    private final Links fetch;
    private final Function<AlignmentLink, GoalId> from;
    private final Function<AlignmentLink, GoalId> to;
    private final Map<GoalId, List<GoalId>> edges = new HashMap<>();
    private final Set<List<GoalId>> seenEdges = new HashSet<>();
    private final Map<GoalId, List<AlignmentLink>> addedFrom = new HashMap<>();
    private final Set<GoalId> reached = new LinkedHashSet<>();
    private Set<GoalId> frontier = new LinkedHashSet<>();

    Region(
        List<AlignmentLink> added,
        Links fetch,
        Function<AlignmentLink, GoalId> from,
        Function<AlignmentLink, GoalId> to) {
      this.fetch = fetch;
      this.from = from;
      this.to = to;
      for (AlignmentLink link : added) {
        addedFrom.computeIfAbsent(from.apply(link), goal -> new ArrayList<>()).add(link);
      }
      for (AlignmentLink link : added) {
        GoalId start = to.apply(link);
        if (reached.add(start)) {
          frontier.add(start);
        }
      }
    }

    boolean complete() {
      return frontier.isEmpty();
    }

    /** Returns how many goals the region has reached so far: what growing it has cost. */
    int size() {
      return reached.size();
    }

    /** Reaches one level further: the links of the frontier, stored and new. */
    void grow() {
      Set<GoalId> next = new LinkedHashSet<>();
      List<AlignmentLink> links = new ArrayList<>(fetch.of(List.copyOf(frontier)));
      for (GoalId goal : frontier) {
        links.addAll(addedFrom.getOrDefault(goal, List.of()));
      }
      for (AlignmentLink link : links) {
        GoalId source = from.apply(link);
        GoalId target = to.apply(link);
        if (seenEdges.add(List.of(source, target))) {
          edges.computeIfAbsent(source, goal -> new ArrayList<>()).add(target);
          if (reached.add(target)) {
            next.add(target);
          }
        }
      }
      frontier = next;
    }

    /** Returns whether the links among the reached goals form a cycle (Kahn's algorithm). */
    boolean hasCycle() {
      Map<GoalId, Integer> incoming = new HashMap<>();
      edges.values().forEach(targets -> targets.forEach(target -> incoming.merge(target, 1, Integer::sum)));
      ArrayDeque<GoalId> free = new ArrayDeque<>();
      for (GoalId goal : reached) {
        if (!incoming.containsKey(goal)) {
          free.add(goal);
        }
      }
      int removed = 0;
      while (!free.isEmpty()) {
        GoalId goal = free.poll();
        removed++;
        for (GoalId target : edges.getOrDefault(goal, List.of())) {
          if (incoming.merge(target, -1, Integer::sum) == 0) {
            free.add(target);
          }
        }
      }
      return removed < reached.size();
    }
  }
}
