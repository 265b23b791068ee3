package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.recognition.RecognitionReach;
import dev.pillars.core.recognition.Visibility;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.recognition.RecognitionService;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PointsBudgetRepository;
import dev.pillars.persistence.spi.RecognitionRepository;
import dev.pillars.persistence.spi.UnitOfWork;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Sample values of the recognition types, for the API sanity tests. */
final class ApiSamplesRecognition {
  private ApiSamplesRecognition() {}

  static void add(ApiSamples s) {
    Period year = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    Recognition recognition = Recognition.builder()
        .id(RecognitionId.of("r1"))
        .giver(EmployeeId.of("ana"))
        .addReceivers(EmployeeId.of("ben"))
        .value(CompanyValueId.of("safety-first"))
        .message("Thanks for stopping the line")
        .visibility(Visibility.PUBLIC)
        .pointsEach(10)
        .givenOn(LocalDate.of(2026, 3, 2))
        .build();
    s.add(RecognitionId.class, recognition.id());
    s.add(PointsBudgetId.class, PointsBudgetId.of("ana-2026"));
    s.add(Recognition.class, recognition);
    s.add(Recognition.Builder.class, Recognition.builder());
    s.add(PointsBudget.class, PointsBudget.of(PointsBudgetId.of("ana-2026"), EmployeeId.of("ana"), year, 100));
    s.add(RecognitionReach.class, RecognitionReach.of(AcmeFirm.organisation(), year, List.of(recognition)));
    UnitOfWork work = MemoryStore.create().forTenant(TenantId.of("acme")).begin();
    s.add(RecognitionRepository.class, work.recognitions());
    s.add(PointsBudgetRepository.class, work.pointsBudgets());
    RecognitionService service = Pillars.builder().store(MemoryStore.create()).clock(AcmeFirm.CLOCK).build()
        .tenant(TenantId.of("acme"))
        .as(Actor.system("hr", EnumSet.allOf(Action.class)))
        .recognition();
    s.add(RecognitionService.class, service);
  }
}
