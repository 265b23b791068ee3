package dev.pillars.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmployeeTest {
  private static Employee.Builder base(String id) {
    return Employee.builder()
        .id(EmployeeId.of(id))
        .unit(OrgUnitId.of("plant-a"))
        .role("Line supervisor")
        .grade("G7")
        .hireDate(LocalDate.of(2019, 4, 1));
  }

  @Test
  void holdsWhatTheHostSupplies() {
    Employee ana = base("ana")
        .displayName("Ana Alves")
        .manager(EmployeeId.of("ceo"))
        .putAttributes("location", "Porto")
        .build();

    assertThat(ana.manager()).contains(EmployeeId.of("ceo"));
    assertThat(ana.attributes()).isEqualTo(Map.of("location", "Porto"));
    assertThat(ana.reportingTo(Optional.empty()).manager()).isEmpty();
    assertThat(ana.inUnit(OrgUnitId.of("qa")).unit()).isEqualTo(OrgUnitId.of("qa"));
    assertThat(ana.manager()).contains(EmployeeId.of("ceo"));
  }

  @Test
  void pseudonymisingKeepsTheOrganisationsFactsAndDropsTheName() {
    Employee ana = base("ana").displayName("Ana Alves").manager(EmployeeId.of("ceo")).putAttributes("location", "Porto").build();

    Employee bare = ana.pseudonymised(EmployeeId.of("erased-7"));

    assertThat(bare).isEqualTo(base("erased-7").displayName("erased-7").manager(EmployeeId.of("ceo")).build());
    assertThat(bare.attributes()).isEmpty();
  }

  @Test
  void aPseudonymThatIsTheManagerOrNullIsRejected() {
    Employee ana = base("ana").displayName("Ana Alves").manager(EmployeeId.of("ceo")).build();

    assertThatThrownBy(() -> ana.pseudonymised(EmployeeId.of("ceo")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("manager")
        .hasMessageContaining("ceo");
    assertThatThrownBy(() -> ana.pseudonymised(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("pseudonym");
  }

  @Test
  void selfManagementIsRejected() {
    assertThatThrownBy(() -> base("ana").displayName("Ana").manager(EmployeeId.of("ana")).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("manager was ana: must not be the employee ana itself");
  }

  @Test
  void reportingToOneselfIsRejectedAndLeavesTheEmployeeAsItWas() {
    Employee ana = base("ana").displayName("Ana").build();

    assertThatThrownBy(() -> ana.reportingTo(Optional.of(EmployeeId.of("ana"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("manager was ana: must not be the employee ana itself");
    assertThat(ana.manager()).isEmpty();
  }

  @Test
  void aBlankDisplayNameIsRejected() {
    assertThatThrownBy(() -> base("ana").displayName("  ").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("displayName was '  ': must not be blank");
  }

  @Test
  void aBlankAttributeValueIsRejected() {
    assertThatThrownBy(() -> base("ana").displayName("Ana").putAttributes("location", "").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("attributes[location] was '': must not be blank");
  }

  @Test
  void aUnitCannotContainItself() {
    assertThatThrownBy(() -> OrgUnit.within(OrgUnitId.of("qa"), "QA", OrgUnitId.of("qa")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("parent was qa: must not be the unit qa itself");
  }

  @Test
  void aUnitNeedsAName() {
    assertThatThrownBy(() -> OrgUnit.root(OrgUnitId.of("qa"), ""))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name was '': must not be blank");
  }
}
