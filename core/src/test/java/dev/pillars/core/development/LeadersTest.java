package dev.pillars.core.development;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.TenantId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.succession.Candidate;
import dev.pillars.core.succession.PositionId;
import dev.pillars.core.succession.Readiness;
import dev.pillars.core.succession.Severity;
import dev.pillars.core.succession.SuccessionPlan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who counts as a leader: managers of anyone, incumbents and candidates of succession plans, once each, by id. */
class LeadersTest {
  private static final OrgUnitId PLANT = OrgUnitId.of("plant");

  @Test
  void leadersAreManagersIncumbentsAndCandidatesInIdOrder() {
    Organisation acme = Organisation.of(TenantId.of("acme"), List.of(OrgUnit.root(PLANT, "Plant")),
        List.of(person("zoe", null), person("max", "zoe"), person("ana", "max"), person("bob", "max")));
    SuccessionPlan plan = SuccessionPlan.builder().position(PositionId.of("head")).title("Head of plant").unit(PLANT)
        .incumbent(EmployeeId.of("kim")).impact(Severity.HIGH).risk(Severity.LOW)
        .addCandidates(new Candidate(EmployeeId.of("bob"), Readiness.READY_NOW, List.of()),
            new Candidate(EmployeeId.of("max"), Readiness.ONE_TO_TWO_YEARS, List.of()))
        .build();
    assertThat(LeadershipView.leaders(acme, List.of(plan)))
        .containsExactly(EmployeeId.of("bob"), EmployeeId.of("kim"), EmployeeId.of("max"), EmployeeId.of("zoe"));
    assertThat(LeadershipView.leaders(acme, List.of())).containsExactly(EmployeeId.of("max"), EmployeeId.of("zoe"));
  }

  private static Employee person(String id, String manager) {
    Employee.Builder b = Employee.builder().id(EmployeeId.of(id)).displayName(id).unit(PLANT).role("op").grade("G1")
        .hireDate(LocalDate.of(2020, 1, 1));
    if (manager != null) {
      b.manager(EmployeeId.of(manager));
    }
    return b.build();
  }
}
