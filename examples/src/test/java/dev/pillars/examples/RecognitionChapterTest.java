package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionReach;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.spi.Versioned;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RecognitionChapterTest {
  @Test
  void theYearsRecognitionsSpendTheBudgetsAndReachEveryUnit() {
    MemoryStore store = MemoryStore.create();
    TenantStore tenant = store.forTenant(AcmeFirm.TENANT);
    AcmeEngine.enter(store, AcmeFirm.TENANT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    RecognitionChapter.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), store, AcmeFirm.TENANT);
    String report = bytes.toString(StandardCharsets.UTF_8);

    List<Recognition> recognitions;
    try (Stream<Versioned<Recognition>> all = tenant.recognitions().stream()) {
      recognitions = all.map(Versioned::value).collect(Collectors.toList());
    }
    List<PointsBudget> budgets;
    try (Stream<Versioned<PointsBudget>> all = tenant.pointsBudgets().stream()) {
      budgets = all.map(Versioned::value).collect(Collectors.toList());
    }
    assertThat(recognitions).hasSize(10);
    long awarded = recognitions.stream().filter(Recognition::isActive).mapToLong(Recognition::totalPoints).sum();
    assertThat(budgets.stream().mapToLong(PointsBudget::spent).sum()).isEqualTo(awarded);
    assertThat(budgets).allSatisfy(b -> assertThat(b.spent()).isLessThanOrEqualTo(b.allowance()));

    RecognitionReach reach = RecognitionReach.of(AcmeFirm.organisation(), RecognitionChapter.YEAR, recognitions);
    assertThat(reach.recognitionsReceived(EmployeeId.of("dana"))).isEqualTo(2);
    assertThat(reach.recognitionsReceived(EmployeeId.of("gus"))).isEqualTo(1);
    assertThat(reach.overall().notRecognised()).contains(EmployeeId.of("maria"), EmployeeId.of("nina"));
    assertThat(report)
        .contains("refused: Tom's award of 90 points: points was 90: must not exceed the 80 points left of budget tom-2026")
        .contains("Ana withdrew r-09")
        .contains("Dana reads 2 recognitions of her own")
        .contains("whole firm")
        .contains(String.format(java.util.Locale.ROOT, "%.3f", reach.overall().recognitionsGini()));
  }
}
