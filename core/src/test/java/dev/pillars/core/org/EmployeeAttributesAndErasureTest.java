package dev.pillars.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An employee's attribute keys are not blank; an erasure's event is about the pseudonym, not the person. */
class EmployeeAttributesAndErasureTest {
  @Test
  void aBlankAttributeKeyIsRefusedByItsOwnRule() {
    assertThatThrownBy(() -> Employee.builder().id(EmployeeId.of("ana")).displayName("Ana").unit(OrgUnitId.of("plant"))
            .role("op").grade("G1").hireDate(LocalDate.of(2020, 1, 1)).putAttributes(" ", "x").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("attributes was ' ': must have keys that are not blank");
  }

  @Test
  void anErasureIsAboutThePseudonym() {
    EmployeeErased erased = new EmployeeErased(TenantId.of("acme"), EmployeeId.of("erased-7"), 3, 1, 2, Instant.parse("2026-05-01T00:00:00Z"));
    assertThat(erased.aggregateId()).isEqualTo("erased-7");
  }
}
