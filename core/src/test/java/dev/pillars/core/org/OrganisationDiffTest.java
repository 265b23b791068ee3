package dev.pillars.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.event.DomainEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The difference between two snapshots of an organisation, in core itself: who joined, moved, changed
 * or left, which units came, changed or went, and the events that announce it, in their order.
 */
class OrganisationDiffTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T06:00:00Z"), ZoneOffset.UTC);
  private static final OrgUnit PLANT = OrgUnit.root(OrgUnitId.of("plant"), "Plant");
  private static final OrgUnit PLANT_RENAMED = OrgUnit.root(OrgUnitId.of("plant"), "Plant 3");
  private static final OrgUnit OFFICE = OrgUnit.root(OrgUnitId.of("office"), "Office");
  private static final OrgUnit LAB = OrgUnit.root(OrgUnitId.of("lab"), "Lab");

  private static Employee person(String id, OrgUnit unit, String role, String manager) {
    Employee.Builder b = Employee.builder().id(EmployeeId.of(id)).displayName(id).unit(unit.id()).role(role).grade("G1")
        .hireDate(LocalDate.of(2020, 1, 1));
    if (manager != null) {
      b.manager(EmployeeId.of(manager));
    }
    return b.build();
  }

  @Test
  void joinersMoversUpdatesLeaversAndUnitsAreFoundAndAnnouncedInOrder() {
    Employee ana = person("ana", PLANT, "lead", null);
    Employee ben = person("ben", PLANT, "op", "ana");
    Employee cy = person("cy", OFFICE, "clerk", null);
    Employee dan = person("dan", PLANT, "op", "ana");
    Employee benInLab = person("ben", LAB, "op", "ana");
    Employee danPromoted = person("dan", PLANT, "senior op", "ana");
    Employee eve = person("eve", LAB, "chemist", null);
    Organisation before = Organisation.of(ACME, List.of(PLANT, OFFICE), List.of(ana, ben, cy, dan));
    Organisation after = Organisation.of(ACME, List.of(PLANT_RENAMED, LAB), List.of(eve, danPromoted, benInLab, ana));

    OrganisationDiff diff = OrganisationDiff.between(before, after);
    assertThat(diff.joiners()).containsExactly(eve);
    assertThat(diff.movers()).containsExactly(benInLab);
    assertThat(diff.updated()).containsExactly(danPromoted);
    assertThat(diff.leavers()).containsExactly(cy);
    assertThat(diff.unitsAdded()).containsExactly(LAB);
    assertThat(diff.unitsChanged()).containsExactly(PLANT_RENAMED);
    assertThat(diff.unitsRemoved()).containsExactly(OFFICE);
    assertThat(diff.isEmpty()).isFalse();

    Instant at = CLOCK.instant();
    List<DomainEvent> events = diff.events(CLOCK);
    assertThat(events).containsExactly(
        new OrgUnitUpserted(ACME, LAB, Optional.empty(), at),
        new OrgUnitUpserted(ACME, PLANT_RENAMED, Optional.of(PLANT), at),
        new EmployeeUpserted(ACME, eve, Optional.empty(), at),
        new EmployeeUpserted(ACME, benInLab, Optional.of(ben), at),
        new EmployeeUpserted(ACME, danPromoted, Optional.of(dan), at),
        new EmployeeRemoved(ACME, cy, at),
        new OrgUnitRemoved(ACME, OFFICE, at));
    assertThat(events).extracting(DomainEvent::aggregateId).containsExactly("lab", "plant", "acme", "acme", "acme", "acme", "office");
  }

  @Test
  void severalOfAKindComeInIdOrder() {
    Organisation before = Organisation.of(ACME, List.of(PLANT), List.of());
    Organisation after = Organisation.of(ACME, List.of(PLANT, OFFICE, LAB),
        List.of(person("zoe", PLANT, "op", null), person("abe", PLANT, "op", null)));
    OrganisationDiff diff = OrganisationDiff.between(before, after);
    assertThat(diff.joiners()).extracting(e -> e.id().value()).containsExactly("abe", "zoe");
    assertThat(diff.unitsAdded()).containsExactly(LAB, OFFICE);
    OrganisationDiff back = OrganisationDiff.between(after, before);
    assertThat(back.leavers()).extracting(e -> e.id().value()).containsExactly("abe", "zoe");
    assertThat(back.unitsRemoved()).containsExactly(LAB, OFFICE);
  }

  @Test
  void aDiffIsEmptyOnlyWhenEveryListIs() {
    Organisation org = Organisation.of(ACME, List.of(PLANT), List.of(person("ana", PLANT, "lead", null)));
    OrganisationDiff none = OrganisationDiff.between(org, org);
    assertThat(none.isEmpty()).isTrue();
    assertThat(none.events(CLOCK)).isEmpty();
    Employee ana = org.employees().get(0);
    for (int kind = 0; kind < 7; kind++) {
      List<List<?>> lists = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        lists.add(i != kind ? List.of() : i < 4 ? List.of(ana) : List.of(PLANT));
      }
      @SuppressWarnings("unchecked")
      OrganisationDiff one = new OrganisationDiff(org, org, (List<Employee>) lists.get(0), (List<Employee>) lists.get(1),
          (List<Employee>) lists.get(2), (List<Employee>) lists.get(3), (List<OrgUnit>) lists.get(4),
          (List<OrgUnit>) lists.get(5), (List<OrgUnit>) lists.get(6));
      assertThat(one.isEmpty()).as("list %d", kind).isFalse();
    }
  }

  @Test
  void snapshotsOfTwoTenantsAreNotCompared() {
    Organisation acme = Organisation.of(ACME, List.of(PLANT), List.of());
    Organisation other = Organisation.of(TenantId.of("other"), List.of(PLANT), List.of());
    assertThatThrownBy(() -> OrganisationDiff.between(acme, other))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("after.tenant was other: must be the tenant of the earlier snapshot, acme");
  }
}
