package dev.pillars.examples;

import dev.pillars.scoring.Receipt;
import dev.pillars.scoring.ReceiptLine;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * A receipt written for a business reader: one row per input with its value, the share of the
 * result it counts for and what it adds, in the reader's words and units rather than the strategy's
 * configuration. The share of an input is its weight in the receipt over the sum of the weights, so
 * an input the strategy leaves out counts 0 % whatever weight it was given. Shares, and in a table
 * of percentages the additions too, are whole percentages that add up as the reader adds them.
 */
final class ReceiptTable {
  private final Receipt receipt;
  private final Function<String, String> names;
  private final DoubleFunction<String> values;
  private final boolean percentages;

  private ReceiptTable(Receipt receipt, Function<String, String> names, DoubleFunction<String> values, boolean percentages) {
    this.receipt = receipt;
    this.names = names;
    this.values = values;
    this.percentages = percentages;
  }

  /** A table of scores from 0 to 1, written as percentages. */
  static ReceiptTable percentages(Receipt receipt, Function<String, String> names) {
    return new ReceiptTable(receipt, names, Wording::percent, true);
  }

  /** A table of values in their own unit, written by {@code values}. */
  static ReceiptTable of(Receipt receipt, Function<String, String> names, DoubleFunction<String> values) {
    return new ReceiptTable(receipt, names, values, false);
  }

  /** The whole percentage of the result an input counts for, from its weight; 0 if it is not in the receipt. */
  long share(String input) {
    long[] shares = Wording.percents(weightShares());
    for (int i = 0; i < shares.length; i++) {
      if (receipt.lines().get(i).name().equals(input)) {
        return shares[i];
      }
    }
    return 0;
  }

  private double[] weightShares() {
    double total = receipt.lines().stream().mapToDouble(ReceiptLine::weight).sum();
    return receipt.lines().stream().mapToDouble(line -> total == 0 ? 0 : line.weight() / total).toArray();
  }

  /**
   * Prints the table, then the extra lines (inputs left out, notes), then the result.
   *
   * @param heading the column heading of the row labels, such as {@code goal}
   */
  void print(PrintStream out, String indent, String heading, List<String> extraLines) {
    List<ReceiptLine> lines = receipt.lines();
    List<String> labels = new ArrayList<>(List.of(heading, "result"));
    lines.forEach(line -> labels.add(names.apply(line.name())));
    int width = labels.stream().mapToInt(String::length).max().orElse(0);
    String row = indent + "%-" + width + "s  %7s  %7s  %7s%n";
    out.printf(Locale.ROOT, row, heading, "value", "counts", "adds");
    long[] shares = Wording.percents(weightShares());
    long[] adds = Wording.percents(lines.stream().mapToDouble(ReceiptLine::contribution).toArray());
    for (int i = 0; i < lines.size(); i++) {
      ReceiptLine line = lines.get(i);
      String added = percentages ? adds[i] + " %" : values.apply(line.contribution());
      out.printf(Locale.ROOT, row, names.apply(line.name()), values.apply(line.value()), shares[i] + " %", added);
    }
    extraLines.forEach(extra -> out.println(indent + extra));
    out.printf(Locale.ROOT, row, "result", "", "", values.apply(receipt.value()));
  }
}
