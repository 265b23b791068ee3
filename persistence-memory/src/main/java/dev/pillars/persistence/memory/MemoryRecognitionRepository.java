package dev.pillars.persistence.memory;

import dev.pillars.core.Checks;
import dev.pillars.core.Period;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.persistence.spi.RecognitionRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The recognitions of one tenant in the in-memory store. The queries by period and by employee
 * scan the tenant's recognitions: time linear in their number, no index to keep.
 */
final class MemoryRecognitionRepository extends MemoryRepository<RecognitionId, Recognition>
    implements RecognitionRepository {
  MemoryRecognitionRepository(MemoryTenantStore store, @Nullable MemoryUnitOfWork work) {
    super(store, work, Tables.RECOGNITIONS, "RecognitionRepository");
  }

  @Override
  public Stream<Versioned<Recognition>> streamGivenIn(Period period) {
    Checks.notNull("period", period);
    return stream().filter(recognition -> period.contains(recognition.value().givenOn()));
  }

  @Override
  public Stream<Versioned<Recognition>> streamNaming(EmployeeId employee) {
    Checks.notNull("employee", employee);
    return stream().filter(recognition -> recognition.value().names(employee));
  }
}
