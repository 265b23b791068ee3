package dev.pillars.benchmarks;

import dev.pillars.core.TenantId;
import dev.pillars.core.cadence.CadenceReport;
import dev.pillars.core.cadence.FeedbackFact;
import dev.pillars.core.cadence.MeetingFact;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Cadence analytics for 100,000 people (managers with eight reports each), 1,000,000 feedback
 * facts (one in ten anonymous) and 200,000 held 1:1s over the last 180 days: {@link #report} is
 * {@link CadenceReport#of}, one pass over the facts with an index per person; {@link
 * #baselineFor1000People} is the straightforward way, per person filtering every fact (the days
 * since the last feedback received and given, since the last 1:1, the feedback in the window), run
 * for the first 1,000 people only: the whole organisation would take a hundred times as long.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class CadenceBenchmark {
  private static final int PEOPLE = 100_000;
  private static final int FEEDBACK = 1_000_000;
  private static final int MEETINGS = 200_000;
  private static final int WINDOW = 90;
  private static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  private Organisation organisation;
  private List<FeedbackFact> feedback;
  private List<MeetingFact> meetings;

  /** Builds the organisation and the facts, from a fixed seed. */
  @Setup
  public void setUp() {
    Random random = new Random(20261203);
    List<Employee> employees = new ArrayList<>(PEOPLE);
    EmployeeId[] ids = new EmployeeId[PEOPLE];
    for (int i = 0; i < PEOPLE; i++) {
      ids[i] = EmployeeId.of("e" + i);
      employees.add(Employee.builder()
          .id(ids[i])
          .displayName("Person " + i)
          .manager(i == 0 ? Optional.empty() : Optional.of(ids[(i - 1) / 8]))
          .unit(OrgUnitId.of("acme"))
          .role("Operator")
          .grade("G1")
          .hireDate(LocalDate.of(2020, 1, 1))
          .build());
    }
    organisation = Organisation.of(TenantId.of("bench"), List.of(OrgUnit.root(OrgUnitId.of("acme"), "Acme")), employees);
    feedback = new ArrayList<>(FEEDBACK);
    for (int f = 0; f < FEEDBACK; f++) {
      Optional<EmployeeId> giver = random.nextInt(10) == 0 ? Optional.empty() : Optional.of(ids[random.nextInt(PEOPLE)]);
      feedback.add(new FeedbackFact(giver, ids[random.nextInt(PEOPLE)], AS_OF.minusDays(random.nextInt(180))));
    }
    meetings = new ArrayList<>(MEETINGS);
    for (int m = 0; m < MEETINGS; m++) {
      int report = 1 + random.nextInt(PEOPLE - 1);
      meetings.add(new MeetingFact(ids[(report - 1) / 8], ids[report], AS_OF.minusDays(random.nextInt(180))));
    }
  }

  /** The report of the whole organisation. */
  @Benchmark
  public CadenceReport report() {
    return CadenceReport.of(organisation, feedback, meetings, AS_OF, WINDOW);
  }

  /** The straightforward way for the first 1,000 people (1/100 of them): per person, filter every fact. */
  @Benchmark
  public void baselineFor1000People(Blackhole sink) {
    sink.consume(baseline(1_000));
  }

  /** The straightforward way for the first {@code count} people: per person, filter every fact. */
  long baseline(int count) {
    List<Employee> employees = organisation.employees();
    long sum = 0;
    for (int i = 0; i < count; i++) {
      EmployeeId person = employees.get(i).id();
      long received = Long.MAX_VALUE;
      long given = Long.MAX_VALUE;
      long met = Long.MAX_VALUE;
      int inWindow = 0;
      for (FeedbackFact fact : feedback) {
        long ago = AS_OF.toEpochDay() - fact.on().toEpochDay();
        if (ago < 0) {
          continue;
        }
        if (fact.receiver().equals(person)) {
          received = Math.min(received, ago);
          inWindow += ago < WINDOW ? 1 : 0;
        }
        if (fact.giver().isPresent() && fact.giver().get().equals(person)) {
          given = Math.min(given, ago);
        }
      }
      for (MeetingFact fact : meetings) {
        long ago = AS_OF.toEpochDay() - fact.on().toEpochDay();
        if (ago >= 0 && (fact.manager().equals(person) || fact.report().equals(person))) {
          met = Math.min(met, ago);
        }
      }
      sum += received + given + met + inWindow;
    }
    return sum;
  }

  /**
   * Prints the thread CPU time of the report and of the baseline for a sample of the people, 8
   * rounds.
   *
   * @param args the number of people the baseline is measured on, 1,000 if none
   */
  public static void main(String[] args) {
    int sample = args.length == 0 ? 1_000 : Integer.parseInt(args[0]);
    CadenceBenchmark b = new CadenceBenchmark();
    b.setUp();
    new CpuTimeRounds().add("report", b::report).add("baselineFor" + sample + "People", () -> b.baseline(sample)).run(8);
  }
}
