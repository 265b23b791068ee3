package dev.pillars.scoring.calibration;

import dev.pillars.core.calibration.Population;
import dev.pillars.core.calibration.ProposedRating;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the fewest rating moves that bring a population's counts within a guideline's tolerance.
 *
 * <p>With counts {@code c}, allowed ranges {@code [lo, hi]} per level, surplus {@code S = Σ max(0,
 * c - hi)} and deficit {@code D = Σ max(0, lo - c)}, no plan has fewer than {@code max(S, D)} moves
 * (a move lowers one count and raises one other). Clamping {@code c} into the ranges and then
 * taking the missing people from (or giving the extra people to) the nearest levels with room
 * reaches that bound. Surplus units are then paired with deficit units in level order, which
 * minimises the total distance moved. Who moves is chosen by explanation: people whose rater shows
 * the effect the move corrects first (leniency for a move down, severity for a move up, central
 * tendency for a move out of the middle), the strongest effect first, then by rating index.
 */
final class MoveSearch {
  private final CalibrationInput input;
  private final Guideline guideline;
  private final RaterStatistics stats;
  private final List<RaterProfile> profiles;
  /** Each rater's effects as bits: 1 leniency, 2 severity, 4 central tendency. */
  private final int[] effects;
  /** Raters by mean descending (for moves down) and ascending (for moves up), ties by index. */
  private int[] byMeanDown;
  private int[] byMeanUp;

  MoveSearch(CalibrationInput input, Guideline guideline, RaterStatistics stats, List<RaterProfile> profiles) {
    this.input = input;
    this.guideline = guideline;
    this.stats = stats;
    this.profiles = profiles;
    this.effects = new int[profiles.size()];
    for (int k = 0; k < effects.length; k++) {
      RaterProfile p = profiles.get(k);
      effects[k] = (p.leniency().clearlyAboveZero() ? 1 : 0) | (p.leniency().clearlyBelowZero() ? 2 : 0)
          | (p.centralTendency().clearlyAboveZero() ? 4 : 0);
    }
  }

  private int[] byMean(boolean down) {
    if (byMeanDown == null) {
      int raters = effects.length;
      double[] distinct = Arrays.copyOf(stats.mean, raters);
      Arrays.sort(distinct);
      long[] up = new long[raters];
      long[] downKeys = new long[raters];
      for (int k = 0; k < raters; k++) {
        long rank = Arrays.binarySearch(distinct, stats.mean[k]);
        up[k] = rank << 32 | k;
        downKeys[k] = (raters - 1 - rank) << 32 | k;
      }
      Arrays.sort(up);
      Arrays.sort(downKeys);
      byMeanUp = new int[raters];
      byMeanDown = new int[raters];
      for (int k = 0; k < raters; k++) {
        byMeanUp[k] = (int) up[k];
        byMeanDown[k] = (int) downKeys[k];
      }
    }
    return down ? byMeanDown : byMeanUp;
  }

  MovePlan plan(Population population) {
    boolean[] in = input.members(population);
    int levels = guideline.levels();
    int[] counts = new int[levels];
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        counts[input.level(i)]++;
        n++;
      }
    }
    Distribution before = distribution(population, counts);
    if (n == 0 || before.withinTolerance()) {
      return new MovePlan(before, List.of(), before, true);
    }
    int[] target = target(counts, n);
    if (target == null) {
      return new MovePlan(before, List.of(), before, false);
    }
    List<SuggestedMove> moves = new ArrayList<>();
    boolean[] moved = new boolean[in.length];
    int[] sources = units(counts, target);
    int[] sinks = units(target, counts);
    for (int u = 0; u < sources.length; ) {
      int from = sources[u];
      int to = sinks[u];
      int run = 0;
      while (u < sources.length && sources[u] == from && sinks[u] == to) {
        run++;
        u++;
      }
      choose(from, to, run, in, moved, counts, n, moves);
    }
    return new MovePlan(before, moves, distribution(population, target), true);
  }

  private Distribution distribution(Population population, int[] counts) {
    List<Integer> list = new ArrayList<>(counts.length);
    for (int c : counts) {
      list.add(c);
    }
    return new Distribution(population, list, guideline);
  }

  /** Returns the target counts of a fewest-moves plan, or null if no counts of size n are allowed. */
  private int[] target(int[] counts, int n) {
    int levels = counts.length;
    int[] lo = new int[levels];
    int[] hi = new int[levels];
    int sumLo = 0;
    int sumHi = 0;
    int[] t = new int[levels];
    int sum = 0;
    for (int l = 0; l < levels; l++) {
      lo[l] = guideline.minCount(l, n);
      hi[l] = guideline.maxCount(l, n);
      sumLo += lo[l];
      sumHi += hi[l];
      t[l] = Math.max(lo[l], Math.min(hi[l], counts[l]));
      sum += t[l];
    }
    if (sumLo > n || sumHi < n || hasEmptyRange(lo, hi)) {
      return null;
    }
    while (sum > n) {
      t[nearest(t, counts, lo, hi, true)]--;
      sum--;
    }
    while (sum < n) {
      t[nearest(t, counts, lo, hi, false)]++;
      sum++;
    }
    return t;
  }

  private static boolean hasEmptyRange(int[] lo, int[] hi) {
    for (int l = 0; l < lo.length; l++) {
      if (lo[l] > hi[l]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the level to take one person from (take) or give one person to, among those with
   * room, nearest to a level that needs the person (lower level first among equals).
   */
  private static int nearest(int[] t, int[] counts, int[] lo, int[] hi, boolean take) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int l = 0; l < t.length; l++) {
      boolean room = take ? t[l] > lo[l] && t[l] <= counts[l] : t[l] < hi[l] && t[l] >= counts[l];
      if (!room) {
        continue;
      }
      int distance = Integer.MAX_VALUE;
      for (int m = 0; m < t.length; m++) {
        boolean needs = take ? t[m] > counts[m] : t[m] < counts[m];
        if (needs) {
          distance = Math.min(distance, Math.abs(m - l));
        }
      }
      if (distance < bestDistance) {
        best = l;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Returns the levels of the units where {@code a} exceeds {@code b}, one entry per unit, ascending. */
  private static int[] units(int[] a, int[] b) {
    int total = 0;
    for (int l = 0; l < a.length; l++) {
      total += Math.max(0, a[l] - b[l]);
    }
    int[] out = new int[total];
    int k = 0;
    for (int l = 0; l < a.length; l++) {
      for (int u = b[l]; u < a[l]; u++) {
        out[k++] = l;
      }
    }
    return out;
  }

  private void choose(int from, int to, int run, boolean[] in, boolean[] moved, int[] counts, int n,
      List<SuggestedMove> moves) {
    boolean down = to < from;
    RaterEffect effect = down ? RaterEffect.LENIENCY : RaterEffect.SEVERITY;
    boolean outOfMiddle = stats.middle[from] && !stats.middle[to];
    int wanted = (down ? 1 : 2) | (outOfMiddle ? 4 : 0);
    int[] byMean = byMean(down);
    String distance = distanceText(from, to, counts, n);
    int left = run;
    // first the raters whose effect explains the move, then the others, each group by mean
    for (int pass = 0; pass < 2 && left > 0; pass++) {
      for (int o = 0; o < byMean.length && left > 0; o++) {
        int k = byMean[o];
        if ((effects[k] & wanted) != 0 == (pass == 1)) {
          continue;
        }
        String reason = null;
        for (int p = input.raterStart(k); p < input.raterStart(k + 1) && left > 0; p++) {
          int i = input.raterMember(p);
          if (in[i] && !moved[i] && input.level(i) == from) {
            moved[i] = true;
            left--;
            Optional<RaterEffect> corrects = (effects[k] & (down ? 1 : 2)) != 0 ? Optional.of(effect)
                : (effects[k] & wanted & 4) != 0 ? Optional.of(RaterEffect.CENTRAL_TENDENCY) : Optional.empty();
            if (reason == null) {
              reason = reason(k, corrects, distance);
            }
            moves.add(new SuggestedMove(input.ratings().get(i), to, corrects, reason));
          }
        }
      }
    }
  }

  private String reason(int k, Optional<RaterEffect> corrects, String distance) {
    if (corrects.isEmpty()) {
      return distance;
    }
    RaterProfile profile = profiles.get(k);
    RaterEffect e = corrects.get();
    return "corrects " + e.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " of rater " + profile.rater() + " ("
        + (e == RaterEffect.CENTRAL_TENDENCY ? profile.centralTendency() : profile.leniency()) + "); " + distance;
  }

  private String distanceText(int from, int to, int[] counts, int n) {
    List<String> labels = input.scale().labels();
    return "level '" + labels.get(from) + "' holds " + percent((double) counts[from] / n) + " against "
        + percent(guideline.shares().get(from)) + " ± " + percent(guideline.tolerance()) + ", level '"
        + labels.get(to) + "' " + percent((double) counts[to] / n) + " against " + percent(guideline.shares().get(to));
  }

  private static String percent(double share) {
    return Math.round(share * 1000) / 10.0 + " %";
  }
}
