package dev.pillars.scoring.cascade;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.alignment.AlignmentGraph;
import dev.pillars.core.alignment.CompactGraph;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.scoring.Scale;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The compact form of an alignment graph with its roll-up configuration: which {@link
 * AggregationStrategy} computes each goal from its children, which goals count, how large each
 * goal's target is, and what a goal without a value counts for. Built once; {@link
 * #rollUp(LeafValues)} then scores every goal, and the {@link CascadeResult} keeps the scores
 * current as leaves change and as the graph changes ({@link CascadeResult#withGraph}).
 *
 * <h2>Semantics</h2>
 *
 * <ul>
 *   <li>A goal without children is a <em>leaf</em>: its score is the value the caller supplies in
 *       {@link LeafValues} (a KPI attainment, manual progress, a milestone share), or, if none is
 *       supplied, what its {@link MissingScorePolicy} says.
 *   <li>A goal with children gets its score from its strategy, fed one {@link WeightedScore} per
 *       child that counts and has a score: the child's goal id as name, the child's score, the
 *       weight of the link from the child to this goal, and the child's target size ({@link
 *       Builder#targetSize}, 1 unless set). A child aligned to two parents contributes to each with
 *       that link's weight.
 *   <li><b>Status.</b> A child counts only if its status is one of the {@link
 *       Builder#countedStatuses counted statuses}: all but {@link GoalStatus#DRAFT} and {@link
 *       GoalStatus#CANCELLED} unless set. So a parent with one child at 50 % and one cancelled
 *       child scores 50 %. A goal that does not count still has its own score; its parents'
 *       receipts name it and its status.
 *   <li><b>Own measure and children.</b> A goal with children that also has a measure of its own
 *       (anything but {@link GoalMeasure#derived()}) is scored as its {@link MeasuredParentRule}
 *       says: from its children ({@link MeasuredParentRule#children()}, the default), from its
 *       own value supplied like a leaf's ({@link MeasuredParentRule#ownMeasure()}), or a declared
 *       blend. Its receipt says which, and what was not used.
 *   <li><b>No score.</b> A goal may have no score, which is not 0: a leaf without a value, a
 *       parent whose children do not count or have no score; {@link
 *       CascadeResult#noScoreReason} says why. It is left out of its parents' roll-up. A goal
 *       configured with {@link MissingScorePolicy#ZERO} (for the whole cascade or per goal, {@link
 *       Builder#missingScores(GoalId, MissingScorePolicy)}) counts as 0 instead.
 *   <li>Scores travel upwards unrounded; a strategy's configured rounding shows in the goal's
 *       {@link CascadeResult#receipt receipt}.
 * </ul>
 *
 * <h2>Compact form</h2>
 *
 * <p>Goals are numbered in a bottom-up topological order, goals scored from a value of their own
 * first: every child has a smaller index than each parent it counts for. Siblings are numbered next
 * to each other where the graph allows, so that a parent reads its children from one stretch of
 * memory. The links that count are held as primitive arrays: for each goal scored from its
 * children, the range of its children (sorted by goal id, the order the built-in strategies add
 * in) with two numbers per link (its share of the parent and its weight), and a loop code; for
 * each goal, its parent and the link through which it counts, or where a goal has several, where
 * its list of parents and links starts (for incremental updates). A {@link CascadeResult} keeps,
 * beside the scores, a copy of each child's score at each of its links, so that a parent's loop
 * reads its children's scores next to their shares instead of gathering them. See {@link
 * #footprintBytes()}.
 *
 * <h2>Fast path and general path</h2>
 *
 * <p>The built-in strategies ({@link AggregationStrategy#weightedMean()}, {@link
 * AggregationStrategy#mean()}, {@link AggregationStrategy#proportionalToTarget()}, {@link
 * AggregationStrategy#minimum()}, {@link AggregationStrategy#okr()}, with or without rounding) run
 * as primitive loops over the arrays, without allocating: each link's share of its parent ({@code
 * weight / total weight}) is computed once when the cascade is built, exactly as the strategy
 * computes it, and the loop adds the children in goal-id order as the strategy does, so the result
 * is the strategy's, bit for bit. A strategy takes a fast loop only if its class and its whole
 * configuration (apart from rounding) are a built-in's; one with a parameter, a wrapper or any
 * other {@link AggregationStrategy} is called through its interface with a list of {@link
 * WeightedScore}s, and builds its receipt each time: the general path allocates and is much slower
 * (the weighted mean called this way takes about 50 times as long as its fast path on a million
 * goals). A built-in some of whose children have no score (see {@link MissingScorePolicy#EXCLUDE})
 * stays on its loop: the loop leaves those children out and divides by the weight of the others,
 * as the strategy does. Only a built-in whose input it would reject (an OKR grade outside 0 to 1,
 * scored children whose weights add up to 0) goes through the strategy, for that goal only, which
 * then throws.
 *
 * <p>Instances are immutable and safe to share between threads. A cascade belongs to one graph;
 * {@link #withGraph} gives the same configuration over a changed graph.
 */
public final class Cascade {
  /** The most distinct strategies (by class and configuration) one cascade may use: 2^23. */
  public static final int MAX_STRATEGIES = 1 << 23;

  private final AlignmentGraph graph;
  final Settings settings;
  final Layout layout;
  final Evaluation eval;
  /** The number of goals. */
  final int size;
  /** Indices {@code [0, leaves)} are the goals scored from a value of their own. */
  final int leaves;

  private Cascade(AlignmentGraph graph, Settings settings) {
    this.graph = graph;
    this.settings = settings;
    this.layout = new Layout(graph, settings);
    this.eval = new Evaluation(layout);
    this.size = layout.size;
    this.leaves = layout.leaves;
  }

  /**
   * Returns a builder for a cascade over a graph.
   *
   * @param graph the alignment graph
   * @return a new builder; the default strategy is the weighted mean, the missing-score policy
   *     {@link MissingScorePolicy#EXCLUDE}
   * @throws NullPointerException if {@code graph} is null
   */
  public static Builder builder(AlignmentGraph graph) {
    return new Builder(Checks.notNull("graph", graph));
  }

  /**
   * Returns a cascade over a graph in which every goal with children is the weighted mean of its
   * children and goals without a value are left out.
   *
   * @param graph the alignment graph
   * @return the cascade
   * @throws NullPointerException if {@code graph} is null
   */
  public static Cascade of(AlignmentGraph graph) {
    return builder(graph).build();
  }

  /**
   * Returns a cascade with this one's configuration over a changed graph, such as the graph after
   * {@link AlignmentGraph#withGoal}, {@link AlignmentGraph#withoutGoal}, {@link
   * AlignmentGraph#withLink} or {@link AlignmentGraph#withoutLink}. Per-goal settings of goals the
   * graph no longer holds are dropped, and so are a strategy or a parent rule of a goal that no
   * longer has children; everything else is kept. To carry the scores over too, use {@link
   * CascadeResult#withGraph}.
   *
   * @param changed the changed graph
   * @return the cascade over it
   * @throws NullPointerException if {@code changed} is null
   * @throws InvalidInputException as {@link Builder#build()} does, for a target size that no longer
   *     fits its new siblings
   */
  public Cascade withGraph(AlignmentGraph changed) {
    requireNonNull(changed, "changed");
    return new Cascade(changed, settings.forGraph(changed));
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Returns the graph this cascade was built from.
   *
   * @return the graph
   */
  public AlignmentGraph graph() {
    return graph;
  }

  /**
   * Returns the number of goals.
   *
   * @return the number of goals
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of goals scored from a value of their own (the goals without children, and
   * those under {@link MeasuredParentRule#ownMeasure()}), which take leaf values.
   *
   * @return the number of leaves
   */
  public int leafCount() {
    return leaves;
  }

  /**
   * Returns what a goal without a score counts for, unless configured per goal.
   *
   * @return the policy
   */
  public MissingScorePolicy missingScores() {
    return settings.missing();
  }

  /**
   * Returns what one goal counts for when it has no score.
   *
   * @param goal the goal
   * @return its policy: its own if set, else the cascade's
   * @throws NullPointerException if {@code goal} is null
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public MissingScorePolicy missingScores(GoalId goal) {
    return layout.policy(require(requireNonNull(goal, "goal")));
  }

  /**
   * Returns the statuses whose goals count in their parents' roll-up.
   *
   * @return the statuses
   */
  public Set<GoalStatus> countedStatuses() {
    return settings.counted();
  }

  /**
   * Returns how a goal is scored when it has both children and a measure of its own.
   *
   * @param goal the goal
   * @return its rule: its own if set, else the cascade's; {@link MeasuredParentRule#children()}
   *     for a goal measured as derived
   * @throws NullPointerException if {@code goal} is null
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public MeasuredParentRule measuredParentRule(GoalId goal) {
    return settings.rule(layout.goalAt(require(requireNonNull(goal, "goal"))));
  }

  /**
   * Returns the range leaf values must lie in, if one was set.
   *
   * @return the range
   */
  public Optional<Scale> leafRange() {
    return Optional.ofNullable(settings.leafRange());
  }

  /**
   * Returns a goal's index in this cascade: its place in the bottom-up order, leaves first, so the
   * leaves have the indices {@code 0 .. leafCount() - 1}. This is not the graph's index ({@link
   * CompactGraph#indexOf}). Use it with the index-based methods of
   * {@link LeafValues} and {@link CascadeResult} in loops that must not look ids up.
   *
   * @param goal the goal
   * @return its index, from 0 to {@code size() - 1}, or -1 if the graph does not hold it
   * @throws NullPointerException if {@code goal} is null
   */
  public int indexOf(GoalId goal) {
    int i = layout.view.indexOf(Checks.notNull("goal", goal));
    return i < 0 ? -1 : layout.positionOf[i];
  }

  /**
   * Returns the goal at an index of this cascade.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @return the goal's id
   * @throws InvalidInputException if the index is out of range
   */
  public GoalId goalAt(int index) {
    return idAt(Checks.inRange("index", index, 0, size - 1));
  }

  /**
   * Returns whether a goal is a leaf: scored from a value of its own, because it has no children
   * or because of {@link MeasuredParentRule#ownMeasure()}.
   *
   * @param goal the goal
   * @return true if it takes a leaf value rather than a roll-up of children
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public boolean isLeaf(GoalId goal) {
    return require(goal) < leaves;
  }

  /**
   * Returns the strategy that computes a goal from its children.
   *
   * @param goal the goal
   * @return the strategy; empty for a leaf
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public Optional<AggregationStrategy> strategy(GoalId goal) {
    int p = require(goal);
    return p < leaves ? Optional.empty() : Optional.of(layout.strategyAt(p - leaves));
  }

  /**
   * Returns a goal's target size, the weight factor of {@link
   * AggregationStrategy#proportionalToTarget()}.
   *
   * @param goal the goal
   * @return the size set with {@link Builder#targetSize}, or 1
   * @throws UnknownReferenceException if the graph does not hold the goal
   */
  public double targetSize(GoalId goal) {
    return layout.size(require(goal));
  }

  /**
   * Returns empty leaf values for this cascade, to fill and pass to {@link #rollUp}.
   *
   * @return new leaf values, none set
   */
  public LeafValues leafValues() {
    return new LeafValues(this);
  }

  /**
   * Scores every goal: leaves from the supplied values (or their {@link MissingScorePolicy}), then
   * every other goal from its children, bottom-up.
   *
   * @param values the leaf values, made by this cascade's {@link #leafValues()}
   * @return a new result holding every goal's score
   * @throws InvalidInputException if the values belong to another cascade; if a leaf has no value
   *     under {@link MissingScorePolicy#REJECT}; or if a strategy rejects its inputs (an OKR grade
   *     outside 0 to 1, a custom strategy's own rule)
   */
  public CascadeResult rollUp(LeafValues values) {
    Checks.notNull("values", values);
    Checks.require(values.cascade() == this, "values", "LeafValues of another cascade", "must come from this cascade's leafValues()");
    double[] scores = new double[size];
    long @Nullable [] supplied = layout.anyZero ? new long[(size + 63) >>> 6] : null;
    double[] given = values.values;
    for (int p = 0; p < leaves; p++) {
      scores[p] = valueOrPolicy(p, given[p], supplied);
    }
    double @Nullable [] own = null;
    if (layout.blend != null) {
      own = new double[size - leaves];
      for (int q = 0; q < own.length; q++) {
        own[q] = layout.blend[q] == 0 ? Double.NaN : valueOrPolicy(leaves + q, values.own(q), supplied);
      }
    }
    CascadeResult result = new CascadeResult(this, scores, own, supplied);
    result.recompute();
    return result;
  }

  /** Returns a supplied value, noting it as supplied, or what the goal's policy makes of none. */
  double valueOrPolicy(int p, double v, long @Nullable [] supplied) {
    if (v == v) {
      if (supplied != null) {
        supplied[p >>> 6] |= 1L << p;
      }
      return v;
    }
    return switch (layout.policy(p)) {
      case EXCLUDE -> Double.NaN;
      case ZERO -> 0.0;
      case REJECT -> throw new InvalidInputException(
          "leafValues." + idAt(p), null,
          "must be set: the goal is scored from a value of its own, and missing scores are rejected (MissingScorePolicy.REJECT)");
    };
  }

  /**
   * Returns the heap taken by the primitive arrays of this compact form, computed exactly from
   * their lengths on a 64-bit JVM with compressed class pointers: each array takes a 16-byte
   * header plus its elements, rounded up to 8 bytes. Not counted: the graph the cascade refers to
   * (for ids and receipts), the strategy objects, and the few fixed-size fields. A {@link
   * CascadeResult} adds its own {@link CascadeResult#footprintBytes()}.
   *
   * @return the bytes
   */
  public long footprintBytes() {
    return layout.footprintBytes();
  }

  /**
   * Returns a short description, such as {@code Cascade[goals=12, leaves=8, strategies=[weighted-mean]]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    for (AggregationStrategy s : layout.strategies) {
      names.add(s.config().toString());
    }
    return "Cascade[goals=" + size + ", leaves=" + leaves + ", strategies=" + names + ", missing=" + settings.missing() + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // Checks shared with LeafValues and CascadeResult

  GoalId idAt(int p) {
    return layout.idAt(p);
  }

  /** Returns the cascade index of a goal, or throws. */
  int require(GoalId goal) {
    int p = indexOf(goal);
    if (p < 0) {
      throw new UnknownReferenceException("goal", goal, "must name a goal of the cascade's alignment graph");
    }
    return p;
  }

  /**
   * Returns the cascade index of a goal that takes a value of its own, or throws: a leaf, or a goal
   * that blends its own value with its children's ({@link MeasuredParentRule#blend}).
   */
  int requireValued(GoalId goal) {
    int p = require(goal);
    if (p >= leaves && !blends(p)) {
      throw notALeaf(p);
    }
    return p;
  }

  /** Checks an index given by the caller and that its goal takes a value of its own. */
  int requireValuedIndex(int index) {
    if (index < 0 || index >= size) {
      Checks.inRange("index", index, 0, size - 1);
    }
    if (index >= leaves && !blends(index)) {
      throw notALeaf(index);
    }
    return index;
  }

  private boolean blends(int p) {
    return layout.blend != null && layout.blend[p - leaves] != 0;
  }

  private InvalidInputException notALeaf(int p) {
    int q = p - leaves;
    return new InvalidInputException(
        "goal", idAt(p),
        "must be a goal without children, or one scored from its own measure (MeasuredParentRule ownMeasure() or blend),"
            + " to take a leaf value; its score is rolled up from its " + (layout.rows[2 * q + 2] - layout.rows[2 * q])
            + " counted children");
  }

  /** Checks a leaf value; builds a message only when it fails. */
  double checkValue(int p, double value) {
    if (!Double.isFinite(value)) {
      Checks.finite("leafValues." + idAt(p), value);
    }
    Scale range = settings.leafRange();
    if (range != null && !range.contains(value)) {
      throw new InvalidInputException("leafValues." + idAt(p), value, "must lie in the cascade's leaf range " + range);
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Builder

  /**
   * Collects a cascade's configuration; {@link #build()} lays out the compact form. Each setting
   * is checked when it is made (a goal that is not in the graph, a strategy override for a leaf, a
   * negative size) and may be made once (per goal for overrides and sizes). A rejected call changes
   * nothing. A builder is not thread-safe.
   */
  public static final class Builder {
    private final AlignmentGraph graph;
    private AggregationStrategy defaultStrategy = AggregationStrategy.weightedMean();
    private boolean defaultSet;
    private final Map<GoalId, AggregationStrategy> overrides = new HashMap<>();
    private final Map<GoalId, Double> sizes = new HashMap<>();
    private MissingScorePolicy missing = MissingScorePolicy.EXCLUDE;
    private boolean missingSet;
    private final Map<GoalId, MissingScorePolicy> missingPerGoal = new HashMap<>();
    private @Nullable Scale leafRange;
    private @Nullable Set<GoalStatus> counted;
    private @Nullable MeasuredParentRule parentRule;
    private final Map<GoalId, MeasuredParentRule> parentRules = new HashMap<>();

    Builder(AlignmentGraph graph) {
      this.graph = graph;
    }

    /**
     * Sets the strategy of every goal with children that has no override; the weighted mean unless
     * set.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws NullPointerException if {@code strategy} is null
     * @throws InvalidInputException if the default was already set
     */
    public Builder defaultStrategy(AggregationStrategy strategy) {
      Checks.notNull("defaultStrategy", strategy);
      Checks.require(!defaultSet, "defaultStrategy", strategy, "must be set once; it is already " + defaultStrategy);
      defaultStrategy = strategy;
      defaultSet = true;
      return this;
    }

    /**
     * Sets the strategy of one goal with children, such as the minimum for a safety objective that
     * is only as good as its weakest part.
     *
     * @param goal the goal, which must have children
     * @param strategy the strategy
     * @return this builder
     * @throws UnknownReferenceException if the graph does not hold the goal
     * @throws NullPointerException if an argument is null
     * @throws InvalidInputException if the goal has no children or its strategy was already set
     */
    public Builder strategy(GoalId goal, AggregationStrategy strategy) {
      Checks.notNull("goal", goal);
      Checks.notNull("strategy", strategy);
      requireGoal(goal);
      Checks.require(
          !graph.children(goal).isEmpty(), "goal", goal,
          "must have children to take a roll-up strategy; a goal without children takes a leaf value");
      Checks.require(
          !overrides.containsKey(goal), "goal", goal, "must have its strategy set once; it is already " + overrides.get(goal));
      overrides.put(goal, strategy);
      return this;
    }

    /**
     * Sets a goal's target size, by which {@link AggregationStrategy#proportionalToTarget()} weighs
     * it among its siblings (times the link weight), such as 100,000 for a $100k sales target.
     *
     * @param goal the goal
     * @param size the size, finite and not negative
     * @return this builder
     * @throws UnknownReferenceException if the graph does not hold the goal
     * @throws NullPointerException if {@code goal} is null
     * @throws InvalidInputException if the size is negative, not finite, or the goal's size was
     *     already set
     */
    public Builder targetSize(GoalId goal, double size) {
      Checks.notNull("goal", goal);
      requireGoal(goal);
      Checks.nonNegative("targetSize." + goal, size);
      Checks.require(!sizes.containsKey(goal), "goal", goal, "must have its target size set once; it is already " + sizes.get(goal));
      sizes.put(goal, size);
      return this;
    }

    /**
     * Sets what a goal without a score counts for, unless set per goal; {@link
     * MissingScorePolicy#EXCLUDE} unless set.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     * @throws InvalidInputException if was already set
     */
    public Builder missingScores(MissingScorePolicy policy) {
      Checks.notNull("missingScores", policy);
      Checks.require(!missingSet, "missingScores", policy, "must be set once; it is already " + missing);
      missing = policy;
      missingSet = true;
      return this;
    }

    /**
     * Sets what one goal counts for when it has no score, such as {@link MissingScorePolicy#ZERO}
     * for a goal a host wants to count as 0 until it is measured, while the others are left out.
     * For a goal scored from its children, {@link MissingScorePolicy#REJECT} is the same as {@link
     * MissingScorePolicy#EXCLUDE}: a goal whose children have no score is not an input error.
     *
     * @param goal the goal
     * @param policy its policy
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws UnknownReferenceException if the graph does not hold the goal
     * @throws InvalidInputException if the goal's policy was already set
     */
    public Builder missingScores(GoalId goal, MissingScorePolicy policy) {
      requireNonNull(goal, "goal");
      requireNonNull(policy, "policy");
      requireGoal(goal);
      Checks.require(
          !missingPerGoal.containsKey(goal), "goal", goal,
          "must have its missing-score policy set once; it is already " + missingPerGoal.get(goal));
      missingPerGoal.put(goal, policy);
      return this;
    }

    /**
     * Sets the statuses whose goals count in their parents' roll-up; all but {@link
     * GoalStatus#DRAFT} and {@link GoalStatus#CANCELLED} unless set. Include {@code DRAFT} for a
     * what-if over planned goals.
     *
     * @param statuses the statuses, at least one
     * @return this builder
     * @throws NullPointerException if {@code statuses} is or holds null
     * @throws InvalidInputException if {@code statuses} is empty or the statuses were already set
     */
    public Builder countedStatuses(Set<GoalStatus> statuses) {
      requireNonNull(statuses, "statuses");
      statuses.forEach(s -> requireNonNull(s, "statuses"));
      Checks.require(!statuses.isEmpty(), "countedStatuses", statuses, "must hold at least one status");
      Checks.require(counted == null, "countedStatuses", statuses, "must be set once; they are already " + counted);
      counted = Set.copyOf(EnumSet.copyOf(statuses));
      return this;
    }

    /**
     * Sets how a goal with children and a measure of its own is scored, unless set per goal;
     * {@link MeasuredParentRule#children()} unless set.
     *
     * @param rule the rule
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     * @throws InvalidInputException if the rule was already set
     */
    public Builder measuredParents(MeasuredParentRule rule) {
      requireNonNull(rule, "rule");
      Checks.require(parentRule == null, "measuredParents", rule, "must be set once; it is already " + parentRule);
      parentRule = rule;
      return this;
    }

    /**
     * Sets how one goal with children and a measure of its own is scored.
     *
     * @param goal the goal, with children and a measure other than derived
     * @param rule the rule
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws UnknownReferenceException if the graph does not hold the goal
     * @throws InvalidInputException if the goal has no children, is measured as derived, or its
     *     rule was already set
     */
    public Builder measuredParent(GoalId goal, MeasuredParentRule rule) {
      requireNonNull(goal, "goal");
      requireNonNull(rule, "rule");
      requireGoal(goal);
      Checks.require(!graph.children(goal).isEmpty(), "goal", goal, "must have children to take a measured-parent rule");
      Checks.require(
          !(graph.goal(goal).orElseThrow().measure() instanceof GoalMeasure.Derived), "goal", goal,
          "must have a measure of its own to take a measured-parent rule; it is measured as derived");
      Checks.require(
          !parentRules.containsKey(goal), "goal", goal, "must have its rule set once; it is already " + parentRules.get(goal));
      parentRules.put(goal, rule);
      return this;
    }

    /**
     * Sets the range every leaf value must lie in, such as {@link Scale#FRACTION} when leaves are
     * progress from 0 to 1; any finite value unless set.
     *
     * @param range the range
     * @return this builder
     * @throws NullPointerException if {@code range} is null
     * @throws InvalidInputException if was already set
     */
    public Builder leafRange(Scale range) {
      Checks.notNull("leafRange", range);
      Checks.require(leafRange == null, "leafRange", range, "must be set once; it is already " + leafRange);
      leafRange = range;
      return this;
    }

    /**
     * Lays out the compact form: in time {@code O(n log n + m log d)} for {@code n} goals, {@code
     * m} links and at most {@code d} children per goal.
     *
     * @return the cascade
     * @throws InvalidInputException if more than {@link #MAX_STRATEGIES} distinct strategies are
     *     used, or a goal aggregated by {@link AggregationStrategy#proportionalToTarget()} has
     *     children whose weights times target sizes add up to 0, or one of whose products of
     *     weight and target size overflows
     */
    public Cascade build() {
      Settings settings = new Settings(
          defaultStrategy, overrides, sizes, missing, missingPerGoal, leafRange,
          counted == null ? Settings.DEFAULT_COUNTED : counted,
          parentRule == null ? MeasuredParentRule.children() : parentRule,
          parentRules);
      return new Cascade(graph, settings);
    }

    private void requireGoal(GoalId goal) {
      if (graph.goal(goal).isEmpty()) {
        throw new UnknownReferenceException("goal", goal, "must name a goal of the cascade's alignment graph");
      }
    }
  }
}
