package dev.pillars.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The organisations {@link OrganisationGens} generates are valid and reach the interesting shapes. */
class OrganisationGensProperties {

  @Test
  void everyGeneratedOrganisationIsValidAndWithinItsBounds() {
    qt().forAll(OrganisationGens.organisations(3, 40)).checkAssert(org -> {
      assertThat(org.employees()).hasSizeBetween(3, 40);
      assertThat(org.units()).hasSizeBetween(1, 11);
      // validating the same data again gives the same organisation
      assertThat(Organisation.of(org.tenant(), org.units(), org.employees())).isEqualTo(org);
      Set<Object> seen = new HashSet<>();
      for (Employee employee : org.employees()) {
        assertThat(org.unit(employee.unit())).isPresent();
        employee.manager().ifPresent(m -> assertThat(org.employee(m)).isPresent());
        assertThat(org.managementChain(employee.id())).hasSizeLessThan(org.employees().size());
        assertThat(seen.add(employee.id())).isTrue();
      }
      for (OrgUnit unit : org.units()) {
        unit.parent().ifPresent(p -> assertThat(org.unit(p)).isPresent());
      }
    });
  }

  @Test
  void theGeneratorReachesDeepChainsBushyTreesAndSeveralRoots() {
    AtomicInteger deepest = new AtomicInteger();
    AtomicInteger mostRootEmployees = new AtomicInteger();
    AtomicInteger mostRootUnits = new AtomicInteger();
    AtomicInteger widest = new AtomicInteger();
    AtomicInteger singleRoot = new AtomicInteger();

    qt().withFixedSeed(20261125L).withExamples(300).forAll(OrganisationGens.organisations(1, 60)).checkAssert(org -> {
      for (Employee employee : org.employees()) {
        deepest.accumulateAndGet(org.managementChain(employee.id()).size(), Math::max);
        widest.accumulateAndGet(org.directReports(employee.id()).size(), Math::max);
      }
      mostRootEmployees.accumulateAndGet(org.rootEmployees().size(), Math::max);
      mostRootUnits.accumulateAndGet(org.rootUnits().size(), Math::max);
      if (org.rootEmployees().size() == 1 && org.employees().size() > 10) {
        singleRoot.incrementAndGet();
      }
    });

    assertThat(deepest.get()).as("longest management chain").isGreaterThanOrEqualTo(30);
    assertThat(widest.get()).as("most direct reports").isGreaterThanOrEqualTo(8);
    assertThat(mostRootEmployees.get()).as("most employees without a manager").isGreaterThanOrEqualTo(5);
    assertThat(mostRootUnits.get()).as("most top-level units").isGreaterThanOrEqualTo(3);
    assertThat(singleRoot.get()).as("organisations with one chief").isGreaterThan(0);
  }

  @Test
  void boundsInTheWrongOrderAreRejected() {
    assertThatThrownBy(() -> OrganisationGens.organisations(5, 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("maxEmployees was 4: must be between 5 and 2147483647");
  }
}
