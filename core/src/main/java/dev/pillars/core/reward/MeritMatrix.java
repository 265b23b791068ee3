package dev.pillars.core.reward;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A merit matrix: for each rating level and compa-ratio band, the range of a salary increase
 * (minimum, target, maximum, as fractions of salary).
 *
 * <p>Invariants, checked on creation: the bands cover the whole compa-ratio axis without gap or
 * overlap (the first starts at 0, each starts where the one before ends, the last is open above);
 * there is one row per level of the scale and one range per band in each row; and increases do not
 * fall as the rating rises: in every band, each bound of a level's range is at least the same bound
 * of the level below.
 *
 * @param id the matrix's id
 * @param name the matrix's name, not blank
 * @param scale the rating scale whose levels are the rows
 * @param bands the compa-ratio bands, the columns, lowest first
 * @param increases one row per level, lowest level first, each with one range per band
 */
public record MeritMatrix(
    MeritMatrixId id, String name, RatingScale scale, List<CompaRatioBand> bands, List<List<IncreaseRange>> increases) {
  /**
   * Creates a matrix.
   *
   * @param id the matrix's id
   * @param name the matrix's name, not blank
   * @param scale the rating scale whose levels are the rows
   * @param bands the compa-ratio bands, lowest first
   * @param increases one row per level, lowest level first, each with one range per band
   * @throws NullPointerException if a part is null
   * @throws InvalidInputException if the bands leave a gap or overlap, the rows do not match the
   *     scale and bands, or an increase falls as the rating rises
   */
  public MeritMatrix {
    Checks.notNull("id", id);
    Checks.notNull("name", name);
    Checks.notNull("scale", scale);
    Checks.notNull("bands", bands);
    Checks.notNull("increases", increases);
    Checks.notBlank("name", name);
    bands = List.copyOf(bands);
    Checks.require(!bands.isEmpty(), "bands", bands, "must hold at least one band");
    for (int b = 0; b < bands.size(); b++) {
      CompaRatioBand band = bands.get(b);
      int start = b == 0 ? 0 : bands.get(b - 1).toBp();
      Checks.require(band.fromBp() == start, "bands[" + b + "]", band,
          b == 0 ? "must start at 0 so the bands cover the axis"
              : "must start where bands[" + (b - 1) + "] " + bands.get(b - 1) + " ends: no gap and no overlap");
    }
    Checks.require(bands.get(bands.size() - 1).toBp() == CompaRatioBand.OPEN, "bands[" + (bands.size() - 1) + "]",
        bands.get(bands.size() - 1), "must be open above so the bands cover the axis");
    Checks.notNull("increases", increases);
    Checks.require(increases.size() == scale.levels().size(), "increases", increases.size() + " rows",
        "must hold one row per level of the scale (" + scale.levels().size() + ")");
    List<List<IncreaseRange>> rows = new ArrayList<>(increases.size());
    for (int l = 0; l < increases.size(); l++) {
      List<IncreaseRange> row = List.copyOf(Checks.notNull("increases[" + l + "]", increases.get(l)));
      Checks.require(row.size() == bands.size(), "increases[" + l + "]", row,
          "must hold one range per band (" + bands.size() + ")");
      for (int b = 0; b < row.size() && l > 0; b++) {
        IncreaseRange below = rows.get(l - 1).get(b);
        Checks.require(row.get(b).atLeast(below), "increases[" + l + "][" + b + "]", row.get(b),
            "must not fall below level " + scale.levels().get(l - 1).label() + "'s " + below
                + " in band " + bands.get(b) + ": increases do not fall as the rating rises");
      }
      rows.add(row);
    }
    increases = List.copyOf(rows);
  }

  /**
   * Returns the compa-ratio of a salary against its range's midpoint, in basis points, rounded down.
   *
   * @param salary the salary in minor units, positive
   * @param midpoint the salary range's midpoint in minor units, positive
   * @return {@code floor(salary * 10000 / midpoint)}, at most {@code Integer.MAX_VALUE - 1}
   * @throws InvalidInputException if a number is not positive
   */
  public static int compaRatioBp(long salary, long midpoint) {
    Checks.require(salary > 0, "salary", salary, "must be positive");
    Checks.require(midpoint > 0, "midpoint", midpoint, "must be positive");
    BigInteger bp = BigInteger.valueOf(salary).multiply(BigInteger.valueOf(IncreaseRange.ONE))
        .divide(BigInteger.valueOf(midpoint));
    return bp.min(BigInteger.valueOf(CompaRatioBand.OPEN - 1L)).intValueExact();
  }

  /**
   * Returns the index of the band a compa-ratio lies in.
   *
   * @param compaRatioBp the compa-ratio in basis points, 0 or more
   * @return the band's index
   * @throws InvalidInputException if the compa-ratio is negative
   */
  public int band(int compaRatioBp) {
    Checks.require(compaRatioBp >= 0, "compaRatioBp", compaRatioBp, "must be zero or positive");
    int b = 0;
    while (!bands.get(b).contains(compaRatioBp)) {
      b++;
    }
    return b;
  }

  /**
   * Returns the index of a level in the matrix's scale, lowest 0.
   *
   * @param level a level of the scale
   * @return its row
   * @throws InvalidInputException if the level is not one of the scale's
   */
  public int row(RatingLevel level) {
    Checks.notNull("level", level);
    int row = scale.levels().indexOf(level);
    Checks.require(row >= 0, "level", level, "must be a level of the matrix's scale " + scale.labels());
    return row;
  }

  /**
   * Returns the increase range for a rating level and a compa-ratio.
   *
   * @param level a level of the scale
   * @param compaRatioBp the compa-ratio in basis points
   * @return the range of the cell
   * @throws InvalidInputException if the level is not the scale's or the compa-ratio negative
   */
  public IncreaseRange range(RatingLevel level, int compaRatioBp) {
    return increases.get(row(level)).get(band(compaRatioBp));
  }

  /**
   * Returns the increase range for a rating level, a salary and its range's midpoint.
   *
   * @param level a level of the scale
   * @param salary the salary in minor units, positive
   * @param midpoint the midpoint in minor units, positive
   * @return the range of the cell
   */
  public IncreaseRange range(RatingLevel level, long salary, long midpoint) {
    Checks.notNull("level", level);
    return range(level, compaRatioBp(salary, midpoint));
  }
}
