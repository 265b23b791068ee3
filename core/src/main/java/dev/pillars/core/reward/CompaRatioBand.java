package dev.pillars.core.reward;

import dev.pillars.core.Checks;

/**
 * A band of the compa-ratio axis (salary against its range's midpoint), in basis points: from
 * {@code fromBp} inclusive to {@code toBp} exclusive, such as {@code [8000, 9000)} for 0.80 to 0.90.
 * The last band of a matrix is open above: its {@code toBp} is {@link #OPEN}.
 *
 * @param fromBp where the band starts, inclusive, 0 or more
 * @param toBp where it ends, exclusive, above {@code fromBp}; {@link #OPEN} for no end
 */
public record CompaRatioBand(int fromBp, int toBp) {
  /** The end of a band that is open above. */
  public static final int OPEN = Integer.MAX_VALUE;

  /**
   * Creates a band.
   *
   * @param fromBp where the band starts, inclusive, 0 or more
   * @param toBp where it ends, exclusive, above {@code fromBp}; {@link #OPEN} for no end
   * @throws dev.pillars.core.InvalidInputException if {@code fromBp} is negative or {@code toBp} not
   *     above it
   */
  public CompaRatioBand {
    Checks.require(fromBp >= 0, "fromBp", fromBp, "must be zero or positive");
    Checks.require(toBp > fromBp, "toBp", toBp, "must be above fromBp " + fromBp);
  }

  /**
   * Returns a closed band {@code [fromBp, toBp)}.
   *
   * @param fromBp the start, inclusive
   * @param toBp the end, exclusive
   * @return the band
   */
  public static CompaRatioBand of(int fromBp, int toBp) {
    return new CompaRatioBand(fromBp, toBp);
  }

  /**
   * Returns a band open above, {@code [fromBp, ...)}.
   *
   * @param fromBp the start, inclusive
   * @return the band
   */
  public static CompaRatioBand from(int fromBp) {
    return new CompaRatioBand(fromBp, OPEN);
  }

  /**
   * Returns whether a compa-ratio lies in the band.
   *
   * @param compaRatioBp the compa-ratio in basis points
   * @return {@code true} if {@code fromBp <= compaRatioBp < toBp}
   */
  public boolean contains(int compaRatioBp) {
    return compaRatioBp >= fromBp && (toBp == OPEN || compaRatioBp < toBp);
  }

  /**
   * Returns the band as text, such as {@code [0.80, 0.90)} or {@code [1.20, ...)}.
   *
   * @return the band as text
   */
  @Override
  public String toString() {
    return "[" + ratio(fromBp) + ", " + (toBp == OPEN ? "..." : ratio(toBp)) + ")";
  }

  private static String ratio(int bp) {
    return java.math.BigDecimal.valueOf(bp, 4).stripTrailingZeros().toPlainString();
  }
}
