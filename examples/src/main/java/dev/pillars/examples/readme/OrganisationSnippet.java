package dev.pillars.examples.readme;

// region organisation
import dev.pillars.core.TenantId;
import dev.pillars.core.org.*;
import java.time.LocalDate;
import java.util.List;
// endregion

/** README's "An organisation" snippet. */
public final class OrganisationSnippet {
  private OrganisationSnippet() {}

  /**
   * Builds README's organisation.
   *
   * @return Ana's reports
   */
  public static List<Employee> team() {
    // region organisation
    Organisation org = Organisation.builder(TenantId.of("acme"))
        .addUnit(OrgUnit.root(OrgUnitId.of("acme"), "Acme Precision Parts"))
        .addUnit(OrgUnit.within(OrgUnitId.of("plant-north"), "North plant", OrgUnitId.of("acme")))
        .addEmployee(Employee.builder()
            .id(EmployeeId.of("ana")).displayName("Ana Silva").unit(OrgUnitId.of("plant-north"))
            .role("Plant manager").grade("G9").hireDate(LocalDate.of(2019, 3, 1))
            .build())
        .addEmployee(Employee.builder()
            .id(EmployeeId.of("chen")).displayName("Chen Wei").unit(OrgUnitId.of("plant-north"))
            .manager(EmployeeId.of("ana")).role("Assembler").grade("G4").hireDate(LocalDate.of(2022, 9, 1))
            .build())
        .build();
    List<Employee> team = org.allReports(EmployeeId.of("ana"));   // [Chen Wei]
    // endregion
    return team;
  }
}
