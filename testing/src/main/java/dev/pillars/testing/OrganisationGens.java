package dev.pillars.testing;

import dev.pillars.core.Checks;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;

/**
 * Generators of valid {@link Organisation}s: a forest of units and employees whose managers form a
 * forest.
 *
 * <p>Each organisation is drawn with a shape that decides how employees attach to managers, so the
 * generated values reach the cases that break tree code: long chains (each employee managed by the
 * previous one), wide and bushy trees, and several roots (employees without a manager, units
 * without a parent). Units and employees are supplied in shuffled order, so reports often come
 * before their managers. Employee ids are {@code e0, e1, ...} and unit ids {@code u0, u1, ...};
 * every employee has a role, a grade, a hire date between 2000 and 2024 and sometimes the
 * host-defined attributes {@code location} and {@code gender}.
 *
 * <p>Failures shrink towards fewer employees, flatter trees and fewer units.
 */
public final class OrganisationGens {
  private static final LocalDate FIRST_HIRE = LocalDate.of(2000, 1, 1);
  private static final List<String> ROLES =
      List.of("Operator", "Line supervisor", "Quality engineer", "Plant manager", "Analyst", "Technician");
  private static final List<String> LOCATIONS = List.of("north", "south", "east", "west");
  private static final List<String> GENDERS = List.of("f", "m", "x");

  private OrganisationGens() {}

  /**
   * Returns organisations of 1 to 60 employees.
   *
   * @return a generator of valid organisations
   */
  public static Gen<Organisation> organisations() {
    return organisations(1, 60);
  }

  /**
   * Returns organisations with {@code minEmployees} to {@code maxEmployees} employees and 1 to
   * {@code 1 + maxEmployees / 4} units.
   *
   * @param minEmployees the least number of employees, zero or more
   * @param maxEmployees the largest number of employees, at least {@code minEmployees}
   * @return a generator of valid organisations
   * @throws dev.pillars.core.InvalidInputException if the bounds are negative or in the wrong order
   */
  public static Gen<Organisation> organisations(int minEmployees, int maxEmployees) {
    Checks.inRange("minEmployees", minEmployees, 0, Integer.MAX_VALUE);
    Checks.inRange("maxEmployees", maxEmployees, minEmployees, Integer.MAX_VALUE);
    int maxUnits = 1 + maxEmployees / 4;
    return source -> {
      TenantId tenant = CoreGens.tenantIds().generate(source);
      List<OrgUnit> units = units(source, draw(source, 1, maxUnits));
      int employees = draw(source, minEmployees, maxEmployees);
      return Organisation.of(tenant, units, employees(source, employees, units.size()));
    };
  }

  private static List<OrgUnit> units(RandomnessSource source, int count) {
    List<OrgUnit> units = new ArrayList<>(count);
    for (int j = 0; j < count; j++) {
      OrgUnitId id = OrgUnitId.of("u" + j);
      String name = "Unit " + j;
      // one in five units is top-level; the others sit inside an earlier unit
      if (j == 0 || draw(source, 0, 4) == 0) {
        units.add(OrgUnit.root(id, name));
      } else {
        units.add(OrgUnit.within(id, name, OrgUnitId.of("u" + draw(source, 0, j - 1))));
      }
    }
    return shuffled(source, units);
  }

  private static List<Employee> employees(RandomnessSource source, int count, int units) {
    // shape 0: bushy trees; 3: nearly one long chain; in between: mixed
    int shape = draw(source, 0, 3);
    int rootOdds = draw(source, 0, 3);
    List<Employee> employees = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Optional<EmployeeId> manager;
      int kind = draw(source, 0, 9);
      if (i == 0 || kind < rootOdds) {
        manager = Optional.empty();
      } else if (kind < rootOdds + 3 * shape) {
        manager = Optional.of(EmployeeId.of("e" + (i - 1)));
      } else {
        manager = Optional.of(EmployeeId.of("e" + draw(source, 0, i - 1)));
      }
      Employee.Builder employee = Employee.builder()
          .id(EmployeeId.of("e" + i))
          .displayName("Employee " + i)
          .manager(manager)
          .unit(OrgUnitId.of("u" + draw(source, 0, units - 1)))
          .role(ROLES.get(draw(source, 0, ROLES.size() - 1)))
          .grade("G" + draw(source, 1, 9))
          .hireDate(FIRST_HIRE.plusDays(draw(source, 0, 9131)));
      if (draw(source, 0, 1) == 1) {
        employee.putAllAttributes(Map.of(
            "location", LOCATIONS.get(draw(source, 0, LOCATIONS.size() - 1)),
            "gender", GENDERS.get(draw(source, 0, GENDERS.size() - 1))));
      }
      employees.add(employee.build());
    }
    return shuffled(source, employees);
  }

  private static <T> List<T> shuffled(RandomnessSource source, List<T> items) {
    List<T> shuffled = new ArrayList<>(items);
    for (int i = shuffled.size() - 1; i > 0; i--) {
      Collections.swap(shuffled, i, draw(source, 0, i));
    }
    return shuffled;
  }

  private static int draw(RandomnessSource source, int min, int max) {
    return SourceDSL.integers().between(min, max).generate(source);
  }
}
