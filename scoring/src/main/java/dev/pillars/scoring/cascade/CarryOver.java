package dev.pillars.scoring.cascade;

import org.jspecify.annotations.Nullable;

/**
 * Moves a result to a cascade over a changed graph: every value supplied is carried over by goal
 * id, every score is kept where nothing it depends on changed, and only the goals whose own row
 * changed (other children, weights, sizes, strategy or rule), and those above them whose score
 * then changes, are recomputed. The result equals a full roll-up of the carried values bit for bit,
 * because every goal's score is a function of its row and its children's scores only.
 */
final class CarryOver {
  private CarryOver() {}

  static CascadeResult carry(Cascade from, CascadeResult result, Cascade to) {
    Layout a = from.layout;
    Layout b = to.layout;
    int n = b.size;
    int[] oldOf = new int[n];
    for (int p = 0; p < n; p++) {
      oldOf[p] = from.indexOf(b.idAt(p));
    }
    double[] values = new double[n];
    long @Nullable [] supplied = b.anyZero ? new long[(n + 63) >>> 6] : null;
    double @Nullable [] own = b.blend == null ? null : new double[n - b.leaves];
    for (int p = 0; p < n; p++) {
      int o = oldOf[p];
      // the value a goal was given for its own measure, as a leaf or as a blend, whichever it is now
      double given = o >= 0 && result.isSupplied(o) ? result.valueAt(o) : Double.NaN;
      if (p < b.leaves) {
        values[p] = to.valueOrPolicy(p, given, supplied);
      } else {
        values[p] = o >= 0 ? result.scoreAt(o) : Double.NaN; // its score before, which its parents hold
        if (own != null) {
          int q = p - b.leaves;
          own[q] = b.blend[q] == 0 ? Double.NaN : to.valueOrPolicy(p, given, supplied);
        }
      }
    }
    CascadeResult next = new CascadeResult(to, values, own, supplied);
    for (int p = 0; p < n; p++) {
      int o = oldOf[p];
      if (p < b.leaves) {
        if (o < 0 || Double.doubleToRawLongBits(values[p]) != Double.doubleToRawLongBits(result.scoreAt(o))) {
          next.seedParents(p);
        }
      } else if (o < a.leaves || !sameRow(a, o - a.leaves, b, p - b.leaves, oldOf) || blendChanged(result, next, a, b, o, p)) {
        next.seed(p);
      }
    }
    next.propagateSeeds();
    return next;
  }

  /** Returns whether parent {@code qb} of {@code b} computes exactly as parent {@code qa} of {@code a} did. */
  private static boolean sameRow(Layout a, int qa, Layout b, int qb, int[] oldOf) {
    int sa = a.rows[2 * qa];
    int sb = b.rows[2 * qb];
    int degree = b.rows[2 * qb + 2] - sb;
    if (a.rows[2 * qa + 2] - sa != degree || a.kindAt(qa) != b.kindAt(qb)) {
      return false;
    }
    if (a.strategyAt(qa).getClass() != b.strategyAt(qb).getClass()
        || !a.strategyAt(qa).config().equals(b.strategyAt(qb).config())
        || a.policy(a.leaves + qa) != b.policy(b.leaves + qb)
        || blendOf(a, qa) != blendOf(b, qb)) {
      return false;
    }
    for (int j = 0; j < degree; j++) {
      int cb = b.child[sb + j];
      int ca = a.child[sa + j];
      if (oldOf[cb] != ca
          || Double.doubleToRawLongBits(a.childWeight[sa + j]) != Double.doubleToRawLongBits(b.childWeight[sb + j])
          || Double.doubleToRawLongBits(a.size(ca)) != Double.doubleToRawLongBits(b.size(cb))) {
        return false;
      }
    }
    return true;
  }

  private static double blendOf(Layout layout, int q) {
    return layout.blend == null ? 0 : layout.blend[q];
  }

  private static boolean blendChanged(CascadeResult before, CascadeResult after, Layout a, Layout b, int o, int p) {
    if (blendOf(b, p - b.leaves) == 0) {
      return false;
    }
    return Double.doubleToRawLongBits(before.ownAt(o - a.leaves)) != Double.doubleToRawLongBits(after.ownAt(p - b.leaves));
  }
}
