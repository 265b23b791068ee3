package dev.pillars.benchmarks;

import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.goal.GoalTemplate;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.goal.Assignment;
import dev.pillars.engine.goal.GoalService;
import dev.pillars.persistence.memory.MemoryStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A goal template of {@code templateGoals} goals, each aligned to the organisation objective, given to
 * {@code people} people at once through the engine on the in-memory store ({@link
 * GoalService#assign}): everything validated first, then written in units of work of
 * {@code batch} people. Each run starts from a fresh store holding only the organisation and the
 * objective ({@link Mode#SingleShotTime}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class EngineBulkAssignmentBenchmark {
  /** Creates the benchmark; JMH calls it. */
  public EngineBulkAssignmentBenchmark() {}

  /**
   * Gives everyone the template.
   *
   * @param input the engine and the template
   * @return what was written
   */
  @Benchmark
  public Assignment assign(Input input) {
    return input.goals.assign(input.template, input.everyone, input.batch);
  }

  /** A fresh store with the organisation, the objective and the template. */
  @State(Scope.Benchmark)
  public static class Input {
    /** How many people get the template. */
    @Param({"10000"})
    public int people;

    /** How many goals the template holds. */
    @Param({"25"})
    public int templateGoals;

    /** How many people's goals each unit of work writes. */
    @Param({"1000"})
    public int batch;

    GoalTemplate template;
    List<EmployeeId> everyone;
    GoalService goals;

    /** Creates the input; JMH calls it. */
    public Input() {}

    /** Writes the organisation and the objective into a fresh store. */
    @Setup(Level.Invocation)
    public void setUp() {
      MemoryStore store = MemoryStore.create();
      var tenant = store.forTenant(EngineTenant.TENANT);
      EngineTenant.writeOrganisation(tenant, people);
      tenant.runInTransaction(work -> work.goals().insert(EngineTenant.goal(EngineTenant.OBJECTIVE,
          GoalOwner.unit(EngineTenant.ROOT), GoalLevel.ORGANISATION, GoalMeasure.derived())));
      Pillars pillars = Pillars.builder().store(store).clock(Clock.systemUTC()).build();
      goals = pillars.tenant(EngineTenant.TENANT).as(EngineTenant.HR).goals();
      List<GoalTemplate.Entry> entries = new ArrayList<>();
      for (int g = 0; g < templateGoals; g++) {
        Goal prototype = Goal.builder().id(GoalId.of("template-" + g)).title("Template goal " + g)
            .owner(GoalOwner.employee(EngineTenant.CEO)).level(GoalLevel.INDIVIDUAL).period(EngineTenant.H1)
            .measure(GoalMeasure.manual(0)).status(GoalStatus.DRAFT).build();
        entries.add(GoalTemplate.Entry.alignedTo(prototype, EngineTenant.OBJECTIVE, 1.0));
      }
      template = new GoalTemplate("benchmark", entries);
      everyone = new ArrayList<>(people);
      for (int e = 0; e < people; e++) {
        everyone.add(EngineTenant.employee(e));
      }
    }
  }
}
