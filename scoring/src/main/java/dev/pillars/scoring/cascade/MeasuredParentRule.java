package dev.pillars.scoring.cascade;

import dev.pillars.core.Checks;
import dev.pillars.core.goal.GoalMeasure;
import org.jspecify.annotations.Nullable;

/**
 * How a cascade scores a goal that has goals aligned under it and also a measure of its own (a KPI
 * target, manual progress, a milestone checklist; anything but {@link GoalMeasure#derived()}):
 * from its own measure, from its children, or a declared blend of both.
 *
 * <p>The choice is never silent: the goal's {@link CascadeResult#receipt receipt} names the rule
 * and what was not used. Set it for a whole cascade with {@link
 * Cascade.Builder#measuredParents(MeasuredParentRule)} and per goal with {@link
 * Cascade.Builder#measuredParent}; {@link #children()} unless set. A goal measured as derived is
 * always scored from its children; a goal without children always from its own value.
 *
 * <p>Immutable.
 */
public final class MeasuredParentRule {
  /** The three ways of scoring such a goal. */
  public enum Kind {
    /**
     * The goal's own value, supplied like a leaf's ({@link LeafValues#set}); its children are still
     * scored, but do not count for it.
     */
    OWN_MEASURE,
    /** The goal's strategy applied to its children; its own measure is not used. */
    CHILDREN,
    /**
     * {@code ownShare × own value + (1 − ownShare) × the children's score}; with only one of the
     * two present, that one.
     */
    BLEND
  }

  private static final MeasuredParentRule OWN = new MeasuredParentRule(Kind.OWN_MEASURE, 1.0);
  private static final MeasuredParentRule CHILDREN = new MeasuredParentRule(Kind.CHILDREN, 0.0);

  private final Kind kind;
  private final double ownShare;

  private MeasuredParentRule(Kind kind, double ownShare) {
    this.kind = kind;
    this.ownShare = ownShare;
  }

  /**
   * Returns the rule that scores the goal from its own measure only.
   *
   * @return the rule
   */
  public static MeasuredParentRule ownMeasure() {
    return OWN;
  }

  /**
   * Returns the rule that scores the goal from its children only.
   *
   * @return the rule
   */
  public static MeasuredParentRule children() {
    return CHILDREN;
  }

  /**
   * Returns the rule that blends the goal's own value with its children's score.
   *
   * @param ownShare the own value's share, strictly between 0 and 1 (0 and 1 are {@link
   *     #children()} and {@link #ownMeasure()})
   * @return the rule
   * @throws dev.pillars.core.InvalidInputException if {@code ownShare} is not strictly between 0
   *     and 1
   */
  public static MeasuredParentRule blend(double ownShare) {
    Checks.require(
        ownShare > 0 && ownShare < 1, "ownShare", ownShare,
        "must lie strictly between 0 and 1 (0 is children(), 1 is ownMeasure())");
    return new MeasuredParentRule(Kind.BLEND, ownShare);
  }

  /**
   * Returns which of the three rules this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the own value's share of the score: 1 for {@link Kind#OWN_MEASURE}, 0 for {@link
   * Kind#CHILDREN}, between them for {@link Kind#BLEND}.
   *
   * @return the share
   */
  public double ownShare() {
    return ownShare;
  }

  /**
   * Returns whether another object is the same rule.
   *
   * @param other the other object
   * @return true for the same kind and share
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MeasuredParentRule that
        && kind == that.kind
        && Double.compare(ownShare, that.ownShare) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Double.hashCode(ownShare);
  }

  /**
   * Returns the rule as text, such as {@code blend(ownShare=0.3)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return switch (kind) {
      case OWN_MEASURE -> "ownMeasure()";
      case CHILDREN -> "children()";
      case BLEND -> "blend(ownShare=" + ownShare + ")";
    };
  }
}
