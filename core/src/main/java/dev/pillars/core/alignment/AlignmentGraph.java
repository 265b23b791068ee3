package dev.pillars.core.alignment;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The alignment of goals: an immutable, weighted, directed acyclic graph whose links point from a
 * child goal to a parent goal it contributes to.
 *
 * <p>A goal may contribute to several parents, across people and units; each link has a positive
 * finite weight. The graph keeps these rules for every instance:
 *
 * <ul>
 *   <li>every link names two goals of the graph, and no goal id appears twice;
 *   <li>no goal is linked to itself and no two links join the same child and parent;
 *   <li>a child's period lies inside each of its parents' periods ({@link
 *       dev.pillars.core.Period#encloses});
 *   <li>there is no cycle: no goal contributes, through any chain of links, to itself.
 * </ul>
 *
 * <p>Goal levels are not constrained by the graph: the usual cascade links individual goals to unit
 * goals and unit goals to organisation objectives, but a unit goal may also contribute to another
 * unit goal, or an individual goal directly to an objective.
 *
 * <h2>Building</h2>
 *
 * <p>{@link #builder()} collects goals and links and validates everything once, in {@link
 * Builder#build()}, in time and memory linear in goals plus links: a graph of a million goals is
 * built in one pass and its acyclicity is checked with one topological sort, not link by link.
 *
 * <p>{@link #withGoal}, {@link #withLink} and {@link #withoutLink} change a graph one step at a
 * time and return the new graph with its domain event. A rejected call throws and leaves the graph
 * as it was (it is immutable). Each successful call copies the graph's internal arrays, so it costs
 * time linear in goals plus links: fine for interactive editing of graphs of thousands of goals;
 * for loading or bulk changes use {@link #toBuilder()} and build once. The cycle check of {@link
 * #withLink} searches only upwards from the new parent.
 *
 * <h2>Reading</h2>
 *
 * <p>Goals keep the order they were added in ({@link #goals()}). Queries that take a goal id throw
 * {@link UnknownReferenceException} for an id that is not in the graph. {@link #compact()} gives
 * index-based access for algorithms that walk the whole graph, such as the scoring roll-up.
 *
 * <p>Two graphs are equal when they hold equal goals and the same links with the same weights,
 * whatever the order in which goals and links were added.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class AlignmentGraph {
  private static final AlignmentGraph EMPTY =
      new AlignmentGraph(new Goal[0], new HashMap<>(), Csr.empty(0), Csr.empty(0), new int[0]);

  private final Goal[] goals;
  private final Map<GoalId, Integer> index;
  /** Upward adjacency: for each goal, the goals it contributes to. */
  private final Csr up;
  /** Downward adjacency: for each goal, the goals that contribute to it. */
  private final Csr down;
  /** Goal indices, parents before children. */
  private final int[] topo;

  private final List<Goal> goalList;
  private int hash;

  private AlignmentGraph(Goal[] goals, Map<GoalId, Integer> index, Csr up, Csr down, int[] topo) {
    this.goals = goals;
    this.index = index;
    this.up = up;
    this.down = down;
    this.topo = topo;
    this.goalList = Collections.unmodifiableList(Arrays.asList(goals));
  }

  /**
   * Returns the graph with no goals and no links.
   *
   * @return the empty graph
   */
  public static AlignmentGraph empty() {
    return EMPTY;
  }

  /**
   * Returns a builder for a bulk build, validated once by {@link Builder#build()}.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that already holds this graph's goals and links, to add more in bulk.
   *
   * @return a new builder holding this graph's goals and links
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.goals.addAll(goalList);
    for (int c = 0; c < goals.length; c++) {
      for (int k = up.start[c]; k < up.start[c + 1]; k++) {
        builder.append(goals[c].id(), goals[up.target[k]].id(), up.weight[k]);
      }
    }
    return builder;
  }

  // ---------------------------------------------------------------------------------------------
  // Changes

  /**
   * Returns this graph with one more goal, not yet linked.
   *
   * @param goal the goal to add
   * @param clock the clock that dates the event
   * @return the new graph and a {@link GoalAdded} event
   * @throws InvalidInputException if an argument is null or the graph already holds a goal with
   *     the same id
   */
  public Change<AlignmentGraph> withGoal(Goal goal, Clock clock) {
    Checks.notNull("goal", goal);
    Checks.notNull("clock", clock);
    Checks.require(
        !index.containsKey(goal.id()), "goal", goal.id(), "must not already be in the alignment graph");
    int n = goals.length;
    Goal[] newGoals = Arrays.copyOf(goals, n + 1);
    newGoals[n] = goal;
    Map<GoalId, Integer> newIndex = new HashMap<>(capacity(n + 1));
    newIndex.putAll(index);
    newIndex.put(goal.id(), n);
    int[] newTopo = Arrays.copyOf(topo, n + 1);
    newTopo[n] = n;
    AlignmentGraph graph =
        new AlignmentGraph(newGoals, newIndex, up.withNode(), down.withNode(), newTopo);
    return Change.of(graph, new GoalAdded(goal.id(), clock.instant()));
  }

  /**
   * Returns this graph with one more link.
   *
   * <p>The checks run in this order: both goals exist, the link is new, the link closes no cycle,
   * and the child's period lies inside the parent's. The cycle check searches upwards from the
   * parent for the child, breadth-first, so it costs time proportional to the parent's ancestors
   * and reports a shortest cycle.
   *
   * @param link the link to add
   * @param clock the clock that dates the event
   * @return the new graph and a {@link GoalAligned} event
   * @throws UnknownReferenceException if the child or the parent is not in the graph
   * @throws AlignmentCycleException if the parent already contributes to the child, so the link
   *     would close a cycle; the message and {@link AlignmentCycleException#cycle()} list it
   * @throws InvalidInputException if an argument is null, the graph already links the child to
   *     the parent, or the child's period does not lie inside the parent's
   */
  public Change<AlignmentGraph> withLink(AlignmentLink link, Clock clock) {
    Checks.notNull("link", link);
    Checks.notNull("clock", clock);
    int c = require("child", link.child());
    int p = require("parent", link.parent());
    int existing = up.find(c, p);
    if (existing >= 0) {
      throw new InvalidInputException(
          "link",
          link.child() + " -> " + link.parent(),
          "must not already be in the alignment graph; its weight is " + up.weight[existing]);
    }
    List<GoalId> path = GraphWalks.upwardPath(goals, up, p, c);
    if (path != null) {
      path.add(link.parent());
      throw new AlignmentCycleException(link.child(), link.parent(), path);
    }
    checkPeriods(c, p, goals);
    Csr newUp = up.withEdge(c, p, link.weight());
    Csr newDown = down.withEdge(p, c, link.weight());
    int[] newTopo =
        Topology.comesBefore(topo, p, c) ? topo : Topology.sort(goals.length, newUp, newDown);
    AlignmentGraph graph = new AlignmentGraph(goals, index, newUp, newDown, newTopo);
    return Change.of(graph, new GoalAligned(link, clock.instant()));
  }

  /**
   * Returns this graph without the link from {@code child} to {@code parent}.
   *
   * @param child the link's child
   * @param parent the link's parent
   * @param clock the clock that dates the event
   * @return the new graph and a {@link GoalUnaligned} event carrying the removed link
   * @throws UnknownReferenceException if the child or the parent is not in the graph
   * @throws InvalidInputException if an argument is null or the graph does not link the child to
   *     the parent
   */
  public Change<AlignmentGraph> withoutLink(GoalId child, GoalId parent, Clock clock) {
    Checks.notNull("child", child);
    Checks.notNull("parent", parent);
    Checks.notNull("clock", clock);
    int c = require("child", child);
    int p = require("parent", parent);
    int at = up.find(c, p);
    Checks.require(at >= 0, "link", child + " -> " + parent, "must be a link of the alignment graph");
    AlignmentLink removed = new AlignmentLink(child, parent, up.weight[at]);
    AlignmentGraph graph =
        new AlignmentGraph(goals, index, up.withoutEdge(c, p), down.withoutEdge(p, c), topo);
    return Change.of(graph, new GoalUnaligned(removed, clock.instant()));
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /**
   * Returns the goal with the given id.
   *
   * @param id the goal id
   * @return the goal, or empty if the graph does not hold it
   */
  public Optional<Goal> goal(GoalId id) {
    Checks.notNull("id", id);
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(goals[i]);
  }

  /**
   * Returns every goal, in the order they were added.
   *
   * @return an unmodifiable view of the goals
   */
  public List<Goal> goals() {
    return goalList;
  }

  /**
   * Returns every link, grouped by child in goal order.
   *
   * @return a new unmodifiable list of {@link #linkCount()} links
   */
  public List<AlignmentLink> links() {
    List<AlignmentLink> links = new ArrayList<>(up.target.length);
    for (int c = 0; c < goals.length; c++) {
      for (int k = up.start[c]; k < up.start[c + 1]; k++) {
        links.add(new AlignmentLink(goals[c].id(), goals[up.target[k]].id(), up.weight[k]));
      }
    }
    return Collections.unmodifiableList(links);
  }

  /**
   * Returns the links from a goal to the goals it contributes to, in the order they were added.
   *
   * @param id the child goal
   * @return the links whose child is {@code id}; empty for an unaligned goal
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public List<AlignmentLink> parents(GoalId id) {
    int c = require("id", id);
    List<AlignmentLink> links = new ArrayList<>(up.degree(c));
    for (int k = up.start[c]; k < up.start[c + 1]; k++) {
      links.add(new AlignmentLink(id, goals[up.target[k]].id(), up.weight[k]));
    }
    return Collections.unmodifiableList(links);
  }

  /**
   * Returns the links from the goals that contribute to a goal, in the order they were added.
   *
   * @param id the parent goal
   * @return the links whose parent is {@code id}; empty for a goal nothing contributes to
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public List<AlignmentLink> children(GoalId id) {
    int p = require("id", id);
    List<AlignmentLink> links = new ArrayList<>(down.degree(p));
    for (int k = down.start[p]; k < down.start[p + 1]; k++) {
      links.add(new AlignmentLink(goals[down.target[k]].id(), id, down.weight[k]));
    }
    return Collections.unmodifiableList(links);
  }

  /**
   * Returns every goal a goal contributes to, directly or through other goals.
   *
   * @param id the goal
   * @return the ancestors, nearest first (breadth-first); never {@code id} itself
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public Set<GoalId> ancestors(GoalId id) {
    return GraphWalks.reachable(goals, up, require("id", id));
  }

  /**
   * Returns every goal that contributes to a goal, directly or through other goals.
   *
   * @param id the goal
   * @return the descendants, nearest first (breadth-first); never {@code id} itself
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public Set<GoalId> descendants(GoalId id) {
    return GraphWalks.reachable(goals, down, require("id", id));
  }

  /**
   * Returns a path from a goal up to an organisation objective (a goal of level {@link
   * GoalLevel#ORGANISATION}).
   *
   * <p>The path follows links upwards and has the fewest links. Among shortest paths it is the
   * one with the largest product of link weights, compared exactly (weights 2 and 5 tie with 10
   * and 1, whatever rounding would say); remaining ties go, at each step from the objective
   * downwards, to the goal with the smallest id. So the result depends only on the
   * graph, not on the order goals and links were added in. The path stops at the first objective
   * it reaches; for an objective the path is the goal alone.
   *
   * @param id the goal to start from
   * @return the goal ids from {@code id} to the objective, both included; empty if no objective
   *     can be reached
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public Optional<List<GoalId>> pathToObjective(GoalId id) {
    return GraphWalks.pathToObjective(goals, up, require("id", id));
  }

  /**
   * Returns the orphans: goals aligned to nothing that are not organisation objectives.
   *
   * <p>A goal is an orphan when it has no parent and its level is {@link GoalLevel#UNIT} or {@link
   * GoalLevel#INDIVIDUAL}. Organisation objectives are the roots of the cascade, so they are never
   * orphans. A goal whose parents do not themselves reach an objective is not an orphan (see
   * {@link #alignmentCoverage()} for that).
   *
   * @return the orphans' ids, in goal order
   */
  public Set<GoalId> orphans() {
    Set<GoalId> orphans = new LinkedHashSet<>();
    for (int i = 0; i < goals.length; i++) {
      if (up.degree(i) == 0 && goals[i].level() != GoalLevel.ORGANISATION) {
        orphans.add(goals[i].id());
      }
    }
    return Collections.unmodifiableSet(orphans);
  }

  /**
   * Returns the alignment coverage: the share of individual goals that reach an organisation
   * objective through links.
   *
   * <p>An individual goal (level {@link GoalLevel#INDIVIDUAL}) is covered when at least one chain
   * of links leads from it to a goal of level {@link GoalLevel#ORGANISATION}. Computed in one pass
   * over the graph, in time linear in goals plus links.
   *
   * @return covered individual goals divided by all individual goals, from 0 to 1; empty when the
   *     graph holds no individual goal (the share is undefined then)
   */
  public OptionalDouble alignmentCoverage() {
    return GraphWalks.alignmentCoverage(goals, up, topo);
  }

  /**
   * Returns every goal in a topological order: each parent comes before all goals that contribute
   * to it. Walk it backwards to see children before their parents, as a bottom-up roll-up does.
   *
   * @return the goal ids, each once
   */
  public List<GoalId> topologicalOrder() {
    List<GoalId> order = new ArrayList<>(topo.length);
    for (int i : topo) {
      order.add(goals[i].id());
    }
    return Collections.unmodifiableList(order);
  }

  /**
   * Returns an index-based, read-only view of this graph for algorithms that walk all of it.
   *
   * @return the view; it costs nothing to obtain and copies nothing
   */
  public CompactGraph compact() {
    return new CompactGraph(goals, index, up, down, topo);
  }

  /**
   * Returns the number of links.
   *
   * @return the number of links
   */
  public int linkCount() {
    return up.target.length;
  }

  /**
   * Returns the number of goals.
   *
   * @return the number of goals
   */
  public int size() {
    return goals.length;
  }

  /**
   * Returns whether another object is an alignment graph with equal goals and the same weighted
   * links, in any order.
   *
   * @param other the other object
   * @return true if the graphs are equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AlignmentGraph)) {
      return false;
    }
    AlignmentGraph that = (AlignmentGraph) other;
    if (goals.length != that.goals.length || linkCount() != that.linkCount()) {
      return false;
    }
    for (int i = 0; i < goals.length; i++) {
      Integer j = that.index.get(goals[i].id());
      if (j == null || !goals[i].equals(that.goals[j]) || up.degree(i) != that.up.degree(j)) {
        return false;
      }
      for (int k = up.start[i]; k < up.start[i + 1]; k++) {
        int at = that.up.find(j, that.index.get(goals[up.target[k]].id()));
        if (at < 0 || Double.compare(up.weight[k], that.up.weight[at]) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns a hash code consistent with {@link #equals}, independent of the order of goals and
   * links.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      for (int i = 0; i < goals.length; i++) {
        h += goals[i].hashCode();
        for (int k = up.start[i]; k < up.start[i + 1]; k++) {
          h += new AlignmentLink(goals[i].id(), goals[up.target[k]].id(), up.weight[k]).hashCode();
        }
      }
      hash = h;
    }
    return h;
  }

  /**
   * Returns a short description, such as {@code AlignmentGraph[goals=12, links=14]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "AlignmentGraph[goals=" + goals.length + ", links=" + linkCount() + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // Internals

  private int require(String field, GoalId id) {
    Checks.notNull(field, id);
    Integer i = index.get(id);
    if (i == null) {
      throw new UnknownReferenceException(field, id, "must name a goal of the alignment graph");
    }
    return i;
  }

  private static void checkPeriods(int child, int parent, Goal[] goals) {
    Goal c = goals[child];
    Goal p = goals[parent];
    if (!p.period().encloses(c.period())) {
      throw new InvalidInputException(
          "child.period",
          c.period(),
          "must lie inside the period " + p.period() + " of parent " + p.id() + " (linking " + c.id()
              + " -> " + p.id() + ")");
    }
  }

  private static int capacity(int entries) {
    return (int) Math.min(Integer.MAX_VALUE, entries * 4L / 3 + 1);
  }

  // ---------------------------------------------------------------------------------------------
  // Builder

  /**
   * Collects goals and links for a bulk build and validates them all at once in {@link #build()}.
   *
   * <p>{@link #addLink} checks each link on its own at once (no self-link, a positive finite
   * weight); everything that needs the whole graph (known ids, no duplicates, periods, no cycle)
   * is checked by {@link #build()}, in time and memory linear in goals plus links. A rejected call
   * adds nothing. A builder is not thread-safe; it may build several times, each graph holding
   * everything added so far.
   */
  public static final class Builder {
    private final List<Goal> goals = new ArrayList<>();
    private GoalId[] children = new GoalId[16];
    private GoalId[] parents = new GoalId[16];
    private double[] weights = new double[16];
    private int links;

    Builder() {}

    /**
     * Adds a goal.
     *
     * @param goal the goal
     * @return this builder
     * @throws InvalidInputException if {@code goal} is null
     */
    public Builder addGoal(Goal goal) {
      goals.add(Checks.notNull("goal", goal));
      return this;
    }

    /**
     * Adds goals, in iteration order.
     *
     * @param goals the goals
     * @return this builder
     * @throws InvalidInputException if {@code goals} is or holds null; then none is added
     */
    public Builder addGoals(Iterable<? extends Goal> goals) {
      Checks.notNull("goals", goals);
      List<Goal> all = new ArrayList<>();
      for (Goal goal : goals) {
        all.add(Checks.notNull("goal", goal));
      }
      this.goals.addAll(all);
      return this;
    }

    /**
     * Adds a link.
     *
     * @param link the link
     * @return this builder
     * @throws InvalidInputException if {@code link} is null
     */
    public Builder addLink(AlignmentLink link) {
      Checks.notNull("link", link);
      append(link.child(), link.parent(), link.weight());
      return this;
    }

    /**
     * Adds a link from {@code child} to {@code parent}, without creating an {@link AlignmentLink}.
     *
     * @param child the contributing goal
     * @param parent the goal contributed to
     * @param weight the link's weight
     * @return this builder
     * @throws InvalidInputException if an id is null, {@code child} equals {@code parent}, or the
     *     weight is not positive and finite
     */
    public Builder addLink(GoalId child, GoalId parent, double weight) {
      AlignmentLink.check(child, parent, weight);
      append(child, parent, weight);
      return this;
    }

    void append(GoalId child, GoalId parent, double weight) {
      if (links == children.length) {
        int grown = Math.max(16, links + (links >> 1));
        children = Arrays.copyOf(children, grown);
        parents = Arrays.copyOf(parents, grown);
        weights = Arrays.copyOf(weights, grown);
      }
      children[links] = child;
      parents[links] = parent;
      weights[links] = weight;
      links++;
    }

    /**
     * Validates everything added and returns the graph.
     *
     * <p>The checks run in this order: goal ids are unique, every link names known goals, no
     * child is linked twice to the same parent, each child's period lies inside its parents',
     * and the links form no cycle. Acyclicity is checked with one topological sort (Kahn's
     * algorithm); if it fails, one cycle is found and reported, naming as the closing link the
     * one of the cycle that was added last.
     *
     * @return the graph
     * @throws InvalidInputException if a goal id appears twice, a link is added twice, or a
     *     child's period does not lie inside its parent's
     * @throws UnknownReferenceException if a link names a goal that was not added
     * @throws AlignmentCycleException if the links form a cycle
     */
    public AlignmentGraph build() {
      int n = goals.size();
      Goal[] goalArray = goals.toArray(new Goal[0]);
      Map<GoalId, Integer> index = new HashMap<>(capacity(n));
      for (int i = 0; i < n; i++) {
        if (index.putIfAbsent(goalArray[i].id(), i) != null) {
          throw new InvalidInputException(
              "goal", goalArray[i].id(), "must be added to the alignment graph only once");
        }
      }
      int m = links;
      int[] from = new int[m];
      int[] to = new int[m];
      for (int k = 0; k < m; k++) {
        from[k] = resolve(index, "child", children[k], k);
        to[k] = resolve(index, "parent", parents[k], k);
      }
      int[] linkOrder = new int[m];
      Csr up = Csr.of(n, from, to, weights, m, linkOrder);
      int[] mark = new int[n];
      Arrays.fill(mark, -1);
      for (int c = 0; c < n; c++) {
        for (int k = up.start[c]; k < up.start[c + 1]; k++) {
          int p = up.target[k];
          if (mark[p] == c) {
            throw new InvalidInputException(
                "link",
                goalArray[c].id() + " -> " + goalArray[p].id(),
                "must be added to the alignment graph only once");
          }
          mark[p] = c;
          checkPeriods(c, p, goalArray);
        }
      }
      Csr down = Csr.of(n, to, from, weights, m, null);
      int[] topo = Topology.sort(n, up, down);
      if (topo.length < n) {
        throw Topology.cycle(n, goalArray, up, linkOrder, topo);
      }
      return new AlignmentGraph(goalArray, index, up, down, topo);
    }

    private int resolve(Map<GoalId, Integer> index, String field, GoalId id, int k) {
      Integer i = index.get(id);
      if (i == null) {
        throw new UnknownReferenceException(
            field,
            id,
            "must name a goal of the alignment graph (link " + children[k] + " -> " + parents[k] + ")");
      }
      return i;
    }
  }
}
