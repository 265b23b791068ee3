package dev.pillars.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.engine.Pillars;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Runs each engine benchmark method on small inputs and checks it does the work it claims, so the
 * benchmarks cannot rot between runs. Measures nothing.
 */
class EngineBenchmarksTest {
  @Test
  void theEngineAndTheHandWiredBaselineComputeTheSameObjectiveScore() {
    EngineMeasurementBenchmark benchmark = new EngineMeasurementBenchmark();
    EngineMeasurementBenchmark.Input engine = input();
    EngineMeasurementBenchmark.Input byHand = input();
    EngineMeasurementBenchmark.Cursor engineCursor = new EngineMeasurementBenchmark.Cursor();
    EngineMeasurementBenchmark.Cursor byHandCursor = new EngineMeasurementBenchmark.Cursor();
    for (int i = 0; i < 150; i++) {
      benchmark.engine(engine, engineCursor);
      benchmark.byHand(byHand, byHandCursor);
    }
    assertThat(engine.delivered.sum()).isEqualTo(150);
    double viaEngine = Pillars.builder().store(engine.pillarsStore).clock(Clock.systemUTC()).build()
        .tenant(EngineTenant.TENANT).as(EngineTenant.HR).scores().of(EngineTenant.OBJECTIVE).orElseThrow().value();
    assertThat(byHand.byHand.score(EngineTenant.OBJECTIVE).getAsDouble()).isEqualTo(viaEngine);
  }

  @Test
  void throughputThreadsRecordForTheirOwnLeaves() {
    EngineThroughputBenchmark benchmark = new EngineThroughputBenchmark();
    EngineThroughputBenchmark.Input input = new EngineThroughputBenchmark.Input();
    input.leaves = 30;
    input.setUp();
    for (int thread = 0; thread < 4; thread++) {
      EngineThroughputBenchmark.Cursor cursor = new EngineThroughputBenchmark.Cursor();
      cursor.thread = thread;
      cursor.threads = 4;
      for (int i = 0; i < 20; i++) {
        assertThat(benchmark.record(input, cursor)).isEqualTo(i % 100);
      }
    }
  }

  @Test
  void bulkAssignmentGivesEveryoneEveryGoal() {
    EngineBulkAssignmentBenchmark.Input input = new EngineBulkAssignmentBenchmark.Input();
    input.people = 40;
    input.templateGoals = 5;
    input.batch = 15;
    input.setUp();
    var assignment = new EngineBulkAssignmentBenchmark().assign(input);
    assertThat(assignment.goals()).isEqualTo(200);
    assertThat(assignment.links()).isEqualTo(200);
    assertThat(assignment.unitsOfWork()).isEqualTo(3);
  }

  private static EngineMeasurementBenchmark.Input input() {
    EngineMeasurementBenchmark.Input input = new EngineMeasurementBenchmark.Input();
    input.leaves = 60;
    input.store = "memory";
    input.setUp();
    return input;
  }
}
