package dev.pillars.benchmarks;

import dev.pillars.core.assessment.Assessment;
import dev.pillars.core.assessment.AssessmentId;
import dev.pillars.core.assessment.Assessor;
import dev.pillars.core.assessment.AssessorRole;
import dev.pillars.core.assessment.DisagreementRule;
import dev.pillars.core.assessment.GapAnalysis;
import dev.pillars.core.assessment.GapReport;
import dev.pillars.core.assessment.Rating;
import dev.pillars.core.assessment.SharedGap;
import dev.pillars.core.competency.Competency;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.competency.CompetencyModel;
import dev.pillars.core.competency.CompetencyModelId;
import dev.pillars.core.competency.ModelRevision;
import dev.pillars.core.competency.ProficiencyLevel;
import dev.pillars.core.competency.Requirement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Gap analysis for 100,000 people over a 40-competency model, each with two assessments (self and
 * manager) rating every competency: 8,000,000 ratings. The target is at most 300 ms per analysis.
 *
 * <p>{@link #gapAnalysis} runs {@link GapAnalysis#analyse} (the latest rating per person, role and
 * competency, the manager-first rule, the required level per role and grade) and then the
 * organisation's largest shared gaps from the report. {@link #straightforward}, the baseline,
 * computes the same gaps the plain way: assessments grouped by person with streams, for each person
 * and competency the latest rating per role found by a stream, required levels from a map per
 * role and grade, and the gaps kept in a map per person; then the same shared-gap counts. Both
 * run on the same generated input, built once per fork.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseG1GC"})
public class GapAnalysisBenchmark {
  static final int PEOPLE = 100_000;
  static final int COMPETENCIES = 40;
  static final int ROLES = 10;
  static final long SEED = 20261203L;

  /** Creates the benchmark; JMH calls it. */
  public GapAnalysisBenchmark() {}

  /** The generated model, people and assessments. */
  @State(Scope.Benchmark)
  public static class Input {
    CompetencyModel model;
    List<Employee> people;
    List<Assessment> assessments;

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Generates the input once per fork. */
    @Setup
    public void generate() {
      model = model();
      people = new ArrayList<>(PEOPLE);
      assessments = new ArrayList<>(2 * PEOPLE);
      Random random = new Random(SEED);
      LocalDate day = LocalDate.of(2026, 3, 1);
      for (int p = 0; p < PEOPLE; p++) {
        EmployeeId id = EmployeeId.of("e" + p);
        people.add(Employee.builder().id(id).displayName("Person " + p).unit(OrgUnitId.of("u" + p % 100))
            .role("role-" + p % ROLES).grade("G" + p % 7).hireDate(day.minusYears(2)).build());
        for (AssessorRole role : List.of(AssessorRole.SELF, AssessorRole.MANAGER)) {
          List<Rating> ratings = new ArrayList<>(COMPETENCIES);
          for (int c = 0; c < COMPETENCIES; c++) {
            ratings.add(Rating.of(CompetencyId.of("c" + c), 1 + random.nextInt(5)));
          }
          assessments.add(new Assessment(AssessmentId.of("a" + p + "-" + role.ordinal()), id,
              new Assessor(role == AssessorRole.SELF ? id : EmployeeId.of("m" + p / 8), role), model.id(),
              day.plusDays(random.nextInt(60)), ratings));
        }
      }
      java.util.Collections.shuffle(assessments, random);
    }
  }

  static CompetencyModel model() {
    List<ProficiencyLevel> levels = new ArrayList<>();
    for (int l = 1; l <= 5; l++) {
      levels.add(new ProficiencyLevel(l, "L" + l, "Behaviour at level " + l));
    }
    List<Competency> competencies = new ArrayList<>();
    List<Requirement> requirements = new ArrayList<>();
    for (int c = 0; c < COMPETENCIES; c++) {
      CompetencyId id = CompetencyId.of("c" + c);
      competencies.add(new Competency(id, "Competency " + c, c % 4 == 0, levels));
      for (int r = 0; r < ROLES; r++) {
        requirements.add(Requirement.forRole("role-" + r, id, 1 + (r + c) % 5));
      }
    }
    return new CompetencyModel(ModelRevision.first(CompetencyModelId.of("bench")), "Bench model", competencies, requirements);
  }

  /**
   * The library's gap analysis and the organisation's largest shared gaps.
   *
   * @param input the generated input
   * @param cpu the benchmark thread's CPU time
   * @return the shared gaps
   */
  @Benchmark
  public List<SharedGap> gapAnalysis(Input input, Cpu cpu) {
    long started = cpu.start();
    GapReport report = GapAnalysis.of(input.model, DisagreementRule.MANAGER_FIRST).analyse(input.people, input.assessments);
    List<SharedGap> gaps = report.largestGaps();
    cpu.stop(started);
    return gaps;
  }

  /**
   * The baseline: the same gaps computed the plain way, with streams and maps.
   *
   * @param input the generated input
   * @param cpu the benchmark thread's CPU time
   * @return the summed shortfall per competency
   */
  @Benchmark
  public Map<CompetencyId, Long> straightforward(Input input, Cpu cpu) {
    long started = cpu.start();
    Map<CompetencyId, Long> shortfall = straightforwardPass(input);
    cpu.stop(started);
    return shortfall;
  }

  static Map<CompetencyId, Long> straightforwardPass(Input input) {
    Map<List<String>, Map<CompetencyId, Integer>> required = new HashMap<>();
    Map<EmployeeId, List<Assessment>> byPerson = input.assessments.stream().collect(Collectors.groupingBy(Assessment::employee));
    Comparator<Assessment> latest = Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::id);
    Map<EmployeeId, Map<CompetencyId, Integer>> gaps = new HashMap<>();
    for (Employee person : input.people) {
      Map<CompetencyId, Integer> needed = required.computeIfAbsent(List.of(person.role(), person.grade()), job -> {
        Map<CompetencyId, Integer> levels = new HashMap<>();
        for (Competency c : input.model.competencies()) {
          input.model.requiredLevel(job.get(0), job.get(1), c.id()).ifPresent(l -> levels.put(c.id(), l));
        }
        return levels;
      });
      List<Assessment> own = byPerson.getOrDefault(person.id(), List.of());
      Map<CompetencyId, Integer> personGaps = new HashMap<>();
      for (Competency c : input.model.competencies()) {
        Optional<Integer> level = Optional.empty();
        for (AssessorRole role : List.of(AssessorRole.MANAGER, AssessorRole.ASSESSOR, AssessorRole.SELF)) {
          level = own.stream()
              .filter(a -> a.assessor().role() == role)
              .filter(a -> a.ratings().stream().anyMatch(r -> r.competency().equals(c.id())))
              .max(latest)
              .flatMap(a -> a.ratings().stream().filter(r -> r.competency().equals(c.id())).findFirst())
              .map(Rating::level);
          if (level.isPresent()) {
            break;
          }
        }
        level.ifPresent(l -> personGaps.put(c.id(), needed.getOrDefault(c.id(), 0) - l));
      }
      gaps.put(person.id(), personGaps);
    }
    Map<CompetencyId, Long> shortfall = new HashMap<>();
    gaps.values().forEach(g -> g.forEach((c, gap) -> {
      if (gap > 0) {
        shortfall.merge(c, (long) gap, Long::sum);
      }
    }));
    return shortfall;
  }

  /**
   * The benchmark thread's own CPU time, as secondary results: {@code cpuMillis / calls} is the
   * CPU time of one analysis, which leaves out the time the thread waits for a core on a busy
   * machine (and the collector's threads).
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Cpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The CPU milliseconds spent in the measured calls of an iteration. */
    public double cpuMillis;
    /** The measured calls of an iteration. */
    public long calls;

    /** Creates the counters; JMH calls it. */
    public Cpu() {}

    long start() {
      return THREADS.getCurrentThreadCpuTime();
    }

    void stop(long started) {
      cpuMillis += (THREADS.getCurrentThreadCpuTime() - started) / 1e6;
      calls++;
    }
  }
}
