package dev.pillars.benchmarks;

import dev.pillars.core.calibration.ProposedRating;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.scoring.calibration.CalibrationInput;
import dev.pillars.scoring.calibration.CalibrationReport;
import dev.pillars.scoring.calibration.Calibrator;
import dev.pillars.scoring.calibration.Guideline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Calibrates a cycle of 500,000 proposed ratings from 50,000 managers (ten people each, every
 * manager with a lenient or severe bias of their own) on a five-level scale against a 10/20/40/20/10
 * guideline within 5 points.
 *
 * <ul>
 *   <li>{@link #calibrate}: {@link Calibrator#calibrate} over a prepared {@link CalibrationInput}:
 *       rater effects with intervals, per-rater z-scores, the forced distribution, and the fewest
 *       explained moves for the whole cycle.
 *   <li>{@link #buildInputAndCalibrate}: the whole, as the target counts it: a {@link
 *       CalibrationInput.Builder} filled from the host's columns, then {@link #calibrate}.
 *   <li>{@link #prepareInput}: building that input from {@link ProposedRating} values (no sort when
 *       they come in employee id order, raters numbered).
 *   <li>{@link #perManagerSorting}: the straightforward baseline computing the same things over
 *       boxed collections: ratings grouped per manager in a {@code HashMap}, means and deviations
 *       over boxed lists, z-scores into a map, the forced distribution by sorting the whole list
 *       with a comparator, and the moves by sorting each surplus level's people by their manager's
 *       mean.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CalibrationBenchmark {
  static final int MANAGERS = 50_000;
  static final int REPORTS = 10;
  static final long SEED = 20261203L;
  static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
      List.of("unsatisfactory", "developing", "solid", "exceeds", "outstanding"));
  static final Guideline GUIDELINE = Guideline.percent(5, 10, 20, 40, 20, 10);

  /** Creates the benchmark; JMH calls it. */
  public CalibrationBenchmark() {}

  /** The ratings, plain and prepared. */
  @State(Scope.Benchmark)
  public static class Cycle {
    List<ProposedRating> ratings;
    EmployeeId[] employees;
    EmployeeId[] raters;
    int[] levels;
    OrgUnitId[] units;
    String[] grades;
    Calibrator calibrator;
    CalibrationInput input;

    /** Creates the state; JMH calls it. */
    public Cycle() {}

    /** Generates the ratings and prepares the input. */
    @Setup
    public void setUp() {
      setUp(MANAGERS);
    }

    /** Generates the ratings of a number of managers and prepares the input. */
    void setUp(int managers) {
      Random random = new Random(SEED);
      ratings = new ArrayList<>(managers * REPORTS);
      for (int m = 0; m < managers; m++) {
        EmployeeId manager = EmployeeId.of(String.format("m%05d", m));
        double bias = random.nextGaussian() * 0.5 + 0.3;
        OrgUnitId unit = OrgUnitId.of("unit-" + m % 200);
        for (int r = 0; r < REPORTS; r++) {
          int level = (int) Math.round(2 + bias + random.nextGaussian() * 0.9);
          ratings.add(new ProposedRating(EmployeeId.of(String.format("e%07d", m * REPORTS + r)), manager,
              Math.max(0, Math.min(4, level)), unit, "G" + r % 4));
        }
      }
      int n = ratings.size();
      employees = new EmployeeId[n];
      raters = new EmployeeId[n];
      levels = new int[n];
      units = new OrgUnitId[n];
      grades = new String[n];
      for (int i = 0; i < n; i++) {
        ProposedRating r = ratings.get(i);
        employees[i] = r.employee();
        raters[i] = r.rater();
        levels[i] = r.level();
        units[i] = r.unit();
        grades[i] = r.grade();
      }
      calibrator = Calibrator.of(SCALE, GUIDELINE);
      input = calibrator.input(ratings);
    }
  }

  /**
   * Calibrates the prepared input.
   *
   * @param cycle the ratings
   * @return the report
   */
  @Benchmark
  public CalibrationReport calibrate(Cycle cycle) {
    return cycle.calibrator.calibrate(cycle.input);
  }

  /**
   * The whole as issue 15's target counts it: the host fills an input builder from its rows (here
   * the columns of the ratings, as a result set gives them), and the cycle is calibrated.
   *
   * @param cycle the ratings
   * @return the report
   */
  @Benchmark
  public CalibrationReport buildInputAndCalibrate(Cycle cycle) {
    CalibrationInput.Builder builder = CalibrationInput.builder(SCALE, cycle.levels.length);
    for (int i = 0; i < cycle.levels.length; i++) {
      builder.add(cycle.employees[i], cycle.raters[i], cycle.levels[i], cycle.units[i], cycle.grades[i]);
    }
    return cycle.calibrator.calibrate(builder.build());
  }

  /**
   * Prepares the input from the plain ratings.
   *
   * @param cycle the ratings
   * @return the input
   */
  @Benchmark
  public CalibrationInput prepareInput(Cycle cycle) {
    return cycle.calibrator.input(cycle.ratings);
  }

  /**
   * The baseline over boxed collections.
   *
   * @param cycle the ratings
   * @return the z-scores, forced levels and moves
   */
  @Benchmark
  public Object[] perManagerSorting(Cycle cycle) {
    List<ProposedRating> ratings = cycle.ratings;
    Map<EmployeeId, List<ProposedRating>> byManager = new HashMap<>();
    for (ProposedRating r : ratings) {
      byManager.computeIfAbsent(r.rater(), k -> new ArrayList<>()).add(r);
    }
    List<Double> all = new ArrayList<>();
    ratings.forEach(r -> all.add(value(r)));
    double mean = all.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double sd = Math.sqrt(all.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0));
    Map<EmployeeId, Double> managerMean = new HashMap<>();
    Map<EmployeeId, Double> z = new HashMap<>();
    byManager.forEach((manager, own) -> {
      List<Double> values = own.stream().map(CalibrationBenchmark::value).toList();
      double m = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
      double s = Math.sqrt(values.stream().mapToDouble(v -> (v - m) * (v - m)).average().orElse(0));
      managerMean.put(manager, m);
      for (ProposedRating r : own) {
        double v = s > 1e-9 ? mean + sd * (value(r) - m) / s : value(r) - m + mean;
        z.put(r.employee(), Math.max(1, Math.min(5, v)));
      }
    });
    List<ProposedRating> ranked = new ArrayList<>(ratings);
    ranked.sort(Comparator.comparingInt(ProposedRating::level).thenComparing(r -> r.employee().value()));
    List<Integer> bands = GUIDELINE.bandCounts(ranked.size());
    Map<EmployeeId, Integer> forced = new HashMap<>();
    int rank = 0;
    for (int band = 0; band < bands.size(); band++) {
      for (int c = 0; c < bands.get(band); c++) {
        forced.put(ranked.get(rank++).employee(), band);
      }
    }
    return new Object[] {z, forced, moves(ratings, managerMean)};
  }

  /** Moves people out of levels above their allowed count, most lenient managers' people first. */
  private static List<ProposedRating> moves(List<ProposedRating> ratings, Map<EmployeeId, Double> managerMean) {
    int n = ratings.size();
    Map<Integer, List<ProposedRating>> byLevel = new HashMap<>();
    ratings.forEach(r -> byLevel.computeIfAbsent(r.level(), k -> new ArrayList<>()).add(r));
    List<ProposedRating> moved = new ArrayList<>();
    for (int level = 0; level < GUIDELINE.levels(); level++) {
      List<ProposedRating> people = byLevel.getOrDefault(level, List.of());
      int surplus = people.size() - GUIDELINE.maxCount(level, n);
      if (surplus > 0) {
        List<ProposedRating> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparing((ProposedRating r) -> -managerMean.get(r.rater()))
            .thenComparing(r -> r.employee().value()));
        moved.addAll(sorted.subList(0, surplus));
      }
    }
    return moved;
  }

  private static double value(ProposedRating r) {
    return SCALE.levels().get(r.level()).value();
  }

  /**
   * Prints the cycle's plan once, then the calling thread's CPU time of each method over twelve
   * rounds (the median of the last nine), which a machine shared with other work distorts far less
   * than wall-clock time; collector threads are not counted.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Cycle cycle = new Cycle();
    cycle.setUp();
    CalibrationBenchmark benchmark = new CalibrationBenchmark();
    CalibrationReport report = benchmark.calibrate(cycle);
    System.out.println("before: " + report.plan().before());
    System.out.println(report.plan().moves().size() + " moves; after: " + report.plan().after());
    System.out.println(report.raterProfiles().stream().filter(p -> !p.effects().isEmpty()).count() + " of "
        + report.raterProfiles().size() + " managers flagged; first move: " + report.plan().moves().get(0).reason());
    new CpuTimeRounds().add("buildInputAndCalibrate", () -> benchmark.buildInputAndCalibrate(cycle))
        .add("calibrate", () -> benchmark.calibrate(cycle))
        .add("prepareInput", () -> benchmark.prepareInput(cycle))
        .add("perManagerSorting", () -> benchmark.perManagerSorting(cycle))
        .run(12);
  }
}
