package dev.pillars.benchmarks;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.recognition.RecognitionReach;
import dev.pillars.core.recognition.UnitReach;
import dev.pillars.core.recognition.Visibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The recognition reach report of a year: 100,000 people in 1,000 teams under 10 divisions under
 * one root, and 1,000,000 recognitions of one to three receivers each, spread over two years (so
 * about half fall in the year), 2 % of them withdrawn.
 *
 * <p>{@link #reach} is {@link RecognitionReach#of}: one pass over the recognitions into arrays
 * indexed by person, then per unit (1,011 of them, each with its sub-units, so every person is
 * counted in three units) a sort of primitive arrays for the two Gini coefficients. {@link
 * #straightforward} is the baseline a host might write first with the same result: a stream that
 * counts recognitions and points per receiver into maps, then per unit the members' boxed values
 * sorted and summed with the same sorted formula.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+UseG1GC"})
public class RecognitionReachBenchmark {
  private static final int PEOPLE = 100_000;
  private static final int TEAMS = 1_000;
  private static final int DIVISIONS = 10;
  private static final int RECOGNITIONS = 1_000_000;
  private static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  /** Creates the benchmark; JMH calls it. */
  public RecognitionReachBenchmark() {}

  /** The organisation and the recognitions, generated once with a fixed seed. */
  @State(Scope.Benchmark)
  public static class Input {
    Organisation organisation;
    List<Recognition> recognitions;

    /** Creates the state; JMH calls it. */
    public Input() {}

    /** Generates the organisation and the recognitions. */
    @Setup(Level.Trial)
    public void generate() {
      generate(PEOPLE, TEAMS, DIVISIONS, RECOGNITIONS);
    }

    /** Generates a firm of the given size, with a fixed seed. */
    void generate(int peopleCount, int teams, int divisions, int recognitionCount) {
      List<OrgUnit> units = new ArrayList<>();
      OrgUnitId root = OrgUnitId.of("root");
      units.add(OrgUnit.root(root, "Firm"));
      for (int d = 0; d < divisions; d++) {
        units.add(OrgUnit.within(OrgUnitId.of("div-" + d), "Division " + d, root));
      }
      for (int t = 0; t < teams; t++) {
        units.add(OrgUnit.within(OrgUnitId.of("team-" + t), "Team " + t, OrgUnitId.of("div-" + t % divisions)));
      }
      List<Employee> people = new ArrayList<>(peopleCount);
      LocalDate hired = LocalDate.of(2020, 1, 1);
      for (int p = 0; p < peopleCount; p++) {
        int team = p % teams;
        Optional<EmployeeId> manager = p < teams ? Optional.empty() : Optional.of(EmployeeId.of("p" + team));
        people.add(Employee.builder().id(EmployeeId.of("p" + p)).displayName("Person " + p).manager(manager)
            .unit(OrgUnitId.of("team-" + team)).role("Operator").grade("G3").hireDate(hired).build());
      }
      organisation = Organisation.of(TenantId.of("bench"), units, people);
      Random random = new Random(20261203L);
      CompanyValueId value = CompanyValueId.of("safety");
      LocalDate first = LocalDate.of(2025, 7, 1);
      recognitions = new ArrayList<>(recognitionCount);
      for (int r = 0; r < recognitionCount; r++) {
        int giver = random.nextInt(peopleCount);
        Set<EmployeeId> receivers = new LinkedHashSet<>();
        int count = 1 + random.nextInt(3);
        while (receivers.size() < count) {
          int receiver = random.nextInt(peopleCount);
          if (receiver != giver) {
            receivers.add(people.get(receiver).id());
          }
        }
        LocalDate givenOn = first.plusDays(random.nextInt(730));
        recognitions.add(Recognition.builder().id(RecognitionId.of("r" + r)).giver(people.get(giver).id())
            .addAllReceivers(receivers).value(value).message("Thanks").visibility(Visibility.PUBLIC)
            .pointsEach(random.nextInt(5) * 10).givenOn(givenOn)
            .withdrawnOn(random.nextInt(50) == 0 ? Optional.of(givenOn) : Optional.empty()).build());
      }
    }
  }

  /**
   * The library's reach report.
   *
   * @param input the organisation and recognitions
   * @return the report
   */
  @Benchmark
  public RecognitionReach reach(Input input) {
    return RecognitionReach.of(input.organisation, YEAR, input.recognitions);
  }

  /**
   * The baseline: maps of boxed counts from a stream, and per unit a sorted list of boxed values.
   *
   * @param input the organisation and recognitions
   * @return every unit's reach
   */
  @Benchmark
  public Map<OrgUnitId, UnitReach> straightforward(Input input) {
    List<Recognition> counted = input.recognitions.stream()
        .filter(r -> r.isActive() && YEAR.contains(r.givenOn()))
        .collect(Collectors.toList());
    Map<EmployeeId, Long> received = counted.stream()
        .flatMap(r -> r.receivers().stream())
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    Map<EmployeeId, Long> points = new HashMap<>();
    for (Recognition r : counted) {
      for (EmployeeId receiver : r.receivers()) {
        points.merge(receiver, (long) r.pointsEach(), Long::sum);
      }
    }
    Map<OrgUnitId, UnitReach> units = new HashMap<>();
    for (OrgUnit unit : input.organisation.units()) {
      List<Employee> members = input.organisation.allMembers(unit.id());
      List<EmployeeId> recognised = new ArrayList<>();
      List<EmployeeId> notRecognised = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      List<Long> awarded = new ArrayList<>();
      for (Employee member : members) {
        long c = received.getOrDefault(member.id(), 0L);
        (c > 0 ? recognised : notRecognised).add(member.id());
        counts.add(c);
        awarded.add(points.getOrDefault(member.id(), 0L));
      }
      units.put(unit.id(), new UnitReach(Optional.of(unit.id()), recognised, notRecognised, gini(counts), gini(awarded)));
    }
    return units;
  }

  /** The sorted formula over boxed values: Σ (2i − n − 1) x(i) / (n Σ x). */
  private static double gini(List<Long> values) {
    List<Long> sorted = values.stream().sorted().collect(Collectors.toList());
    double total = 0;
    double weighted = 0;
    int n = sorted.size();
    for (int i = 0; i < n; i++) {
      total += sorted.get(i);
      weighted += (2.0 * (i + 1) - n - 1) * sorted.get(i);
    }
    return total == 0 ? 0 : weighted / (n * total);
  }
}
