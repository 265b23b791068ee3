package dev.pillars.testing.scoring;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.scoring.Scale;
import dev.pillars.testing.KpiGens;
import dev.pillars.scoring.aggregation.WeightedScore;
import dev.pillars.scoring.allocation.AllocationInput;
import dev.pillars.scoring.normalisation.RaterRating;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid scoring inputs. They favour the cases where strategies go
 * wrong: equal values, zero weights, extreme weight ratios, values at the ends of a scale.
 */
public final class ScoringGens {
  private ScoringGens() {}

  /**
   * Returns values on a scale, often at its ends or repeated small grid points.
   *
   * @param scale the scale
   * @return a generator of values within {@code scale}
   */
  public static Gen<Double> values(Scale scale) {
    java.util.Objects.requireNonNull(scale, "scale");
    Gen<Double> any = doubles().between(scale.min(), scale.max());
    Gen<Double> ends = Generate.pick(List.of(scale.min(), scale.max()));
    Gen<Double> grid = integers().between(0, 4).map(i -> scale.min() + scale.width() * i / 4.0);
    return Generate.frequency(
        org.quicktheories.api.Pair.of(6, any),
        org.quicktheories.api.Pair.of(1, ends),
        org.quicktheories.api.Pair.of(3, grid));
  }

  /**
   * Returns link weights from 0 to 100, sometimes exactly 0 or 1, sometimes tiny.
   *
   * @return a generator of non-negative weights
   */
  public static Gen<Double> weights() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(5, doubles().between(0.0, 100.0)),
        org.quicktheories.api.Pair.of(2, Generate.constant(1.0)),
        org.quicktheories.api.Pair.of(1, Generate.constant(0.0)),
        org.quicktheories.api.Pair.of(1, doubles().between(1e-6, 1e-3)));
  }

  /**
   * Returns target sizes such as $1k, $20k and $100k, or anything from 0.5 to a million.
   *
   * @return a generator of positive sizes
   */
  public static Gen<Double> sizes() {
    return Generate.oneOf(Generate.pick(List.of(1.0, 1_000.0, 20_000.0, 100_000.0)), doubles().between(0.5, 1e6));
  }

  /**
   * Returns 1 to 8 children's scores on a scale, named {@code c0}, {@code c1}, …, the first with a
   * positive weight so that every list can be weighed.
   *
   * @param scale the scale of the values
   * @return a generator of aggregation inputs
   */
  public static Gen<List<WeightedScore>> weightedScores(Scale scale) {
    java.util.Objects.requireNonNull(scale, "scale");
    Gen<WeightedScore> child =
        values(scale).zip(weights(), sizes(), (v, w, s) -> WeightedScore.of("c", v, w, s));
    return integers().between(1, 8).flatMap(n -> org.quicktheories.generators.SourceDSL.lists()
        .of(child).ofSize(n)
        .map(list -> {
          List<WeightedScore> named = new ArrayList<>(list.size());
          for (int i = 0; i < list.size(); i++) {
            WeightedScore c = list.get(i);
            double weight = i == 0 ? Math.max(0.5, c.weight()) : c.weight();
            named.add(WeightedScore.of("c" + i, c.value(), weight, c.size()));
          }
          return named;
        }));
  }

  /**
   * Returns a value for every named component.
   *
   * @param names the component names
   * @param scale the scale of the values
   * @return a generator of complete component maps, in the names' order
   */
  public static Gen<Map<String, Double>> components(Set<String> names, Scale scale) {
    java.util.Objects.requireNonNull(names, "names");
    java.util.Objects.requireNonNull(scale, "scale");
    List<String> list = new ArrayList<>(names);
    return org.quicktheories.generators.SourceDSL.lists().of(values(scale)).ofSize(list.size()).map(vs -> {
      Map<String, Double> map = new LinkedHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        map.put(list.get(i), vs.get(i));
      }
      return map;
    });
  }

  /**
   * Returns values for a subset of the named components, at least one present.
   *
   * @param names the component names
   * @param scale the scale of the values
   * @return a generator of component maps with some components absent
   */
  public static Gen<Map<String, Double>> componentsWithAbsences(Set<String> names, Scale scale) {
    java.util.Objects.requireNonNull(names, "names");
    java.util.Objects.requireNonNull(scale, "scale");
    List<String> list = new ArrayList<>(names);
    return components(names, scale).zip(
        org.quicktheories.generators.SourceDSL.lists().of(Generate.booleans()).ofSize(list.size()),
        (all, present) -> {
          Map<String, Double> map = new LinkedHashMap<>();
          for (int i = 0; i < list.size(); i++) {
            if (i == 0 || present.get(i)) {
              map.put(list.get(i), all.get(list.get(i)));
            }
          }
          return map;
        });
  }

  /**
   * Returns KPI targets in either direction, some with a threshold, some with a stretch.
   *
   * @return a generator of valid targets
   */
  public static Gen<KpiTarget> kpiTargets() {
    return doubles().between(-100, 100).zip(
        doubles().between(1, 200),
        Generate.booleans(),
        doubles().between(0, 1),
        doubles().between(0.05, 1),
        (baseline, distance, up, thresholdShare, stretchShare) -> {
          double sign = up ? 1 : -1;
          double target = baseline + sign * distance;
          KpiTarget.Builder b = KpiTarget.builder().baseline(baseline).target(target);
          if (thresholdShare < 0.6) {
            b.threshold(baseline + sign * distance * thresholdShare);
          }
          if (stretchShare > 0.4) {
            b.stretch(target + sign * distance * stretchShare);
          }
          return b.build();
        });
  }

  /**
   * Returns measured values against targets, from well below the baseline to well beyond the
   * target, sometimes exactly at the baseline, threshold, target or stretch. About a quarter are
   * against {@link dev.pillars.core.kpi.Direction#WITHIN_RANGE within-range} targets (see {@link
   * #bandAttainmentCases()}).
   *
   * @return a generator of attainment inputs
   */
  public static Gen<AttainmentCase> attainmentCases() {
    Gen<AttainmentCase> directed = kpiTargets().zip(doubles().between(-1, 2.5), integers().between(0, 9), (target, share, pick) -> {
      double span = target.target() - target.baseline();
      double actual =
          switch (pick) {
            case 0 -> target.baseline();
            case 1 -> target.target();
            case 2 -> target.threshold().orElse(target.target());
            case 3 -> target.stretch().orElse(target.target());
            default -> target.baseline() + share * span;
          };
      return new AttainmentCase(actual, target);
    });
    return directed.mix(bandAttainmentCases(), 25);
  }

  /**
   * Returns measured values against {@link dev.pillars.core.kpi.Direction#WITHIN_RANGE
   * within-range} targets (a band of good values, some of width 0, some with a threshold): at the
   * baseline, at either end of the band, at the threshold, inside the band, on the far side of the
   * band, and anywhere from beyond the baseline to beyond the far side.
   *
   * @return a generator of attainment inputs against band targets
   */
  public static Gen<AttainmentCase> bandAttainmentCases() {
    return KpiGens.targets(Direction.WITHIN_RANGE).zip(doubles().between(-0.5, 1.5), integers().between(0, 9), (target, share, pick) -> {
      Band band = target.band().orElseThrow();
      double near = target.baseline() < band.lower() ? band.lower() : band.upper();
      double far = near == band.lower() ? band.upper() : band.lower();
      double beyond = far + (far - target.baseline());
      double actual =
          switch (pick) {
            case 0 -> target.baseline();
            case 1 -> band.lower();
            case 2 -> band.upper();
            case 3 -> target.threshold().orElse(near);
            case 4 -> band.lower() + share * (band.upper() - band.lower());
            default -> target.baseline() + share * (beyond - target.baseline());
          };
      return new AttainmentCase(actual, target);
    });
  }

  /**
   * Returns ratings on a scale by up to 4 raters of up to 8 subjects, each pair at most once, at
   * least one rating; some raters lenient, some severe, some who never vary.
   *
   * @param scale the rating scale
   * @return a generator of rating populations
   */
  public static Gen<List<RaterRating>> raterRatings(Scale scale) {
    java.util.Objects.requireNonNull(scale, "scale");
    Gen<List<Double>> grid = org.quicktheories.generators.SourceDSL.lists().of(values(scale)).ofSize(32);
    Gen<List<Boolean>> present = org.quicktheories.generators.SourceDSL.lists().of(Generate.booleans()).ofSize(32);
    return grid.zip(present, (vs, ps) -> {
      List<RaterRating> out = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        if (i == 0 || ps.get(i)) {
          out.add(RaterRating.of(EmployeeId.of("rater-" + (i / 8)), EmployeeId.of("subject-" + (i % 8)), vs.get(i)));
        }
      }
      return out;
    });
  }

  /**
   * Returns budgets in minor units: 0, small amounts that leave remainders, and up to a trillion.
   *
   * @return a generator of budgets
   */
  public static Gen<Long> budgets() {
    return Generate.frequency(
        org.quicktheories.api.Pair.of(1, Generate.constant(0L)),
        org.quicktheories.api.Pair.of(4, longs().between(1, 1_000)),
        org.quicktheories.api.Pair.of(4, longs().between(1_000, 1_000_000_000_000L)));
  }

  /**
   * Returns 1 to 12 recipients {@code e00}, {@code e01}, … with ratings and bases from small sets,
   * so that equal inputs and ties are common; the first has a positive base and rating.
   *
   * @return a generator of allocation inputs
   */
  public static Gen<List<AllocationInput>> allocationInputs() {
    Gen<Double> ratings = Generate.oneOf(Generate.pick(List.of(0.0, 1.0, 2.0, 2.5, 3.0, 4.0, 5.0)), doubles().between(0, 5));
    Gen<Long> bases = Generate.oneOf(Generate.pick(List.of(0L, 1_000L, 5_000L, 12_345L, 100_000L)), longs().between(0, 10_000_000));
    Gen<AllocationInput> one = ratings.zip(bases, (r, b) -> AllocationInput.of(EmployeeId.of("e"), r, b));
    return integers().between(1, 12).flatMap(n -> org.quicktheories.generators.SourceDSL.lists().of(one).ofSize(n)
        .map(list -> {
          List<AllocationInput> named = new ArrayList<>(list.size());
          for (int i = 0; i < list.size(); i++) {
            AllocationInput in = list.get(i);
            double rating = i == 0 ? Math.max(1.0, in.rating()) : in.rating();
            long base = i == 0 ? Math.max(1_000L, in.base()) : in.base();
            named.add(AllocationInput.of(EmployeeId.of(String.format("e%02d", i)), rating, base));
          }
          return named;
        }));
  }
}
