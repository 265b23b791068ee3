package dev.pillars.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of recognition reach on random organisations and recognitions, against a direct count:
 * the recognised and the not recognised split each unit's people, a person counts as recognised
 * exactly when a standing recognition of the period names them, and the coefficients are Gini
 * coefficients of the direct counts.
 */
class RecognitionReachProperties {
  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final int PEOPLE = 12;

  /** Acme (root) with plant-a under it and qa beside it; person i sits in unit i % 3. */
  private static Organisation organisation() {
    List<OrgUnit> units = List.of(
        OrgUnit.root(OrgUnitId.of("acme"), "Acme"),
        OrgUnit.within(OrgUnitId.of("plant-a"), "Plant A", OrgUnitId.of("acme")),
        OrgUnit.root(OrgUnitId.of("qa"), "Quality"));
    List<Employee> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(Employee.builder()
          .id(EmployeeId.of("p" + i))
          .displayName("Person " + i)
          .unit(units.get(i % 3).id())
          .role("Operator")
          .grade("G3")
          .hireDate(LocalDate.of(2020, 1, 1))
          .build());
    }
    return Organisation.of(TenantId.of("acme"), units, people);
  }

  /** A recognition from one of 14 ids (two unknown to the organisation) to up to three others. */
  private static final Gen<Recognition> RECOGNITIONS = integers().between(0, 13)
      .zip(lists().of(integers().between(0, 13)).ofSizeBetween(1, 3), integers().between(0, 9),
          integers().between(-40, 220), (giver, receivers, points, day) -> {
            Set<EmployeeId> to = new LinkedHashSet<>();
            receivers.stream().filter(r -> !r.equals(giver)).forEach(r -> to.add(EmployeeId.of("p" + r)));
            if (to.isEmpty()) {
              to.add(EmployeeId.of("p" + (giver + 1)));
            }
            LocalDate givenOn = LocalDate.of(2026, 1, 1).plusDays(day);
            return Recognition.builder()
                .id(RecognitionId.of("r" + giver + "-" + receivers.hashCode() + "-" + day))
                .giver(EmployeeId.of("p" + giver))
                .addAllReceivers(List.copyOf(to))
                .value(CompanyValueId.of("safety"))
                .message("Thanks")
                .visibility(Visibility.PUBLIC)
                .pointsEach(points)
                .givenOn(givenOn)
                .withdrawnOn(points == 7 ? Optional.of(givenOn) : Optional.empty())
                .build();
          });

  private static boolean counts(Recognition r) {
    return r.isActive() && H1.contains(r.givenOn());
  }

  @Test
  void reachMatchesADirectCountInEveryUnit() {
    Organisation organisation = organisation();
    qt().forAll(lists().of(RECOGNITIONS).ofSizeBetween(0, 40)).check(recognitions -> {
      RecognitionReach reach = RecognitionReach.of(organisation, H1, recognitions);
      List<UnitReach> all = new ArrayList<>(reach.units());
      all.add(reach.overall());
      for (UnitReach unit : all) {
        List<Employee> members = unit.unit().map(organisation::allMembers).orElse(organisation.employees());
        long[] counts = new long[members.size()];
        long[] points = new long[members.size()];
        Set<EmployeeId> recognised = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
          EmployeeId id = members.get(i).id();
          for (Recognition r : recognitions) {
            if (counts(r) && r.receivers().contains(id)) {
              counts[i]++;
              points[i] += r.pointsEach();
              recognised.add(id);
            }
          }
          if (reach.recognitionsReceived(id) != counts[i] || reach.pointsReceived(id) != points[i]) {
            return false;
          }
        }
        boolean split = new HashSet<>(unit.recognised()).equals(recognised)
            && unit.people() == members.size()
            && unit.notRecognised().stream().noneMatch(recognised::contains);
        boolean gini = unit.recognitionsGini() == Gini.of(counts) && unit.pointsGini() == Gini.of(points);
        if (!split || !gini || unit.recognitionsGini() < 0 || unit.recognitionsGini() >= 1) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void aUnitIsEqualWhenEveryoneGotTheSame() {
    Organisation organisation = organisation();
    List<Recognition> everyoneOnce = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      everyoneOnce.add(Recognitions.thanks("r" + i, "p" + ((i + 1) % PEOPLE), "p" + i).pointsEach(5).build());
    }
    RecognitionReach reach = RecognitionReach.of(organisation, H1, everyoneOnce);
    assertThat(reach.overall().recognitionsGini()).isZero();
    assertThat(reach.overall().pointsGini()).isZero();
    assertThat(reach.overall().share()).isEqualTo(1.0);
    assertThat(reach.unit(OrgUnitId.of("acme")).people()).isEqualTo(8);
    assertThat(reach.unit(OrgUnitId.of("plant-a")).people()).isEqualTo(4);
  }

  @Test
  void nobodyRecognisedIsZeroReachAndUnknownUnitsAreRefused() {
    RecognitionReach reach = RecognitionReach.of(organisation(), H1, List.of());
    assertThat(reach.overall().recognised()).isEmpty();
    assertThat(reach.overall().notRecognised()).hasSize(PEOPLE);
    assertThat(reach.overall().share()).isZero();
    assertThat(reach.overall().recognitionsGini()).isZero();
    assertThat(reach.recognitionsReceived(EmployeeId.of("stranger"))).isZero();
    assertThatThrownBy(() -> reach.unit(OrgUnitId.of("nowhere"))).isInstanceOf(UnknownReferenceException.class);
    assertThatThrownBy(() -> RecognitionReach.of(organisation(), H1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("recognitions");
  }
}
