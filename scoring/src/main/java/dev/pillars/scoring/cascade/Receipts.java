package dev.pillars.scoring.cascade;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.StrategyKind;
import dev.pillars.scoring.aggregation.WeightedScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Explains one goal's score on demand: the strategy's receipt over the children that count, with
 * notes for everything the roll-up did not use (children whose status is not counted, children
 * without a score, a goal's own measure under {@link MeasuredParentRule#children()}), and the
 * receipts of the two rules that are not a strategy: a goal's own measure, and a blend.
 */
final class Receipts {
  /** The configuration named on the receipt of a goal scored from its own measure. */
  static final String OWN_MEASURE = "own-measure";
  /** The configuration named on the receipt of a goal that blends its own value with its children's. */
  static final String BLEND = "blend";
  /** The receipt line of a goal's own value. */
  static final String OWN_LINE = "own measure";
  /** The receipt line of the children's score in a blend. */
  static final String CHILDREN_LINE = "children";

  private Receipts() {}

  /** Returns the receipt of the goal at cascade index {@code p}, which has a score. */
  static Optional<Receipt> of(
      Cascade cascade, int p, double[] values, double @Nullable [] own, long @Nullable [] supplied) {
    Layout layout = cascade.layout;
    Goal goal = layout.goalAt(p);
    boolean hasChildren = !cascade.graph().children(goal.id()).isEmpty();
    if (p < layout.leaves) {
      if (!hasChildren) {
        return Optional.empty();
      }
      return Optional.of(Receipt.builder()
          .kind(StrategyKind.AGGREGATION)
          .config(StrategyConfig.of(OWN_MEASURE))
          .addLines(ReceiptLine.of(OWN_LINE, values[p], 1.0, values[p]))
          .addNotes(goal.id() + " is scored from its own measure (MeasuredParentRule " + cascade.measuredParentRule(goal.id())
              + "); its " + cascade.graph().children(goal.id()).size() + " children do not count for it")
          .unroundedValue(values[p])
          .build());
    }
    int q = p - layout.leaves;
    List<String> notes = new ArrayList<>();
    List<WeightedScore> inputs = cascade.eval.inputs(q, values, supplied, notes);
    notes.addAll(uncounted(cascade, goal));
    if (!(goal.measure() instanceof GoalMeasure.Derived)
        && cascade.measuredParentRule(goal.id()).kind() == MeasuredParentRule.Kind.CHILDREN) {
      notes.add(goal.id() + " has a measure of its own (" + goal.measure() + "), not used: it is scored from its children"
          + " (MeasuredParentRule children())");
    }
    double share = layout.blend == null ? 0 : layout.blend[q];
    double ownValue = share == 0 || own == null ? Double.NaN : own[q];
    if (inputs.isEmpty()) {
      NoScoreReason reason = cascade.eval.reason(p);
      if (ownValue == ownValue) {
        notes.add("no child of " + goal.id() + " has a score (" + reason + "): its own value only");
        return Optional.of(blendReceipt(share, ownValue, Double.NaN, values[p], notes));
      }
      notes.add(goal.id() + " has no score (" + reason + "): counted as 0 (MissingScorePolicy.ZERO)");
      return Optional.of(Receipt.builder()
          .kind(StrategyKind.AGGREGATION)
          .config(layout.strategyAt(q).config())
          .addAllNotes(notes)
          .unroundedValue(values[p])
          .build());
    }
    Receipt receipt = layout.strategyAt(q).aggregate(inputs).receipt();
    if (share != 0) {
      notes.add("children: " + receipt.config() + " = " + receipt.unroundedValue());
      notes.addAll(receipt.notes());
      if (ownValue != ownValue) {
        notes.add(goal.id() + " has no own value: its children's score only");
      }
      return Optional.of(blendReceipt(share, ownValue, receipt.unroundedValue(), values[p], notes));
    }
    if (notes.isEmpty()) {
      return Optional.of(receipt);
    }
    return Optional.of(
        Receipt.builder()
            .kind(receipt.kind())
            .config(receipt.config())
            .addAllLines(receipt.lines())
            .putAllContext(receipt.context())
            .addAllNotes(receipt.notes())
            .addAllNotes(notes)
            .intercept(receipt.intercept())
            .unroundedValue(receipt.unroundedValue())
            .build());
  }

  private static Receipt blendReceipt(double share, double own, double children, double value, List<String> notes) {
    Receipt.Builder b = Receipt.builder()
        .kind(StrategyKind.AGGREGATION)
        .config(StrategyConfig.of(BLEND).with("ownShare", share));
    boolean both = own == own && children == children;
    if (own == own) {
      b.addLines(ReceiptLine.of(OWN_LINE, own, both ? share : 1.0, both ? share * own : own));
    }
    if (children == children) {
      b.addLines(ReceiptLine.of(CHILDREN_LINE, children, both ? 1 - share : 1.0, both ? (1 - share) * children : children));
    }
    return b.addAllNotes(notes).unroundedValue(value).build();
  }

  /** Returns a note for each child of a goal whose status the cascade does not count. */
  static List<String> uncounted(Cascade cascade, Goal goal) {
    List<String> notes = new ArrayList<>();
    if (cascade.isLeaf(goal.id())) {
      return notes;
    }
    for (AlignmentLink link : cascade.graph().children(goal.id())) {
      Goal child = cascade.graph().goal(link.child()).orElseThrow();
      if (!cascade.countedStatuses().contains(child.status())) {
        notes.add(child.id() + " is " + child.status() + ": left out (counted statuses: "
            + new TreeSet<>(cascade.countedStatuses()) + ")");
      }
    }
    notes.sort(null);
    return notes;
  }
}
