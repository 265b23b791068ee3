package dev.pillars.core.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.UnknownReferenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random manager assignments either build a forest whose queries agree with a brute-force
 * recount, or are rejected with a cycle that really is in the input.
 */
class ManagerForestProperties {
  private static final OrgUnitId UNIT = OrgUnitId.of("unit");
  private static final Pattern CYCLE = Pattern.compile("would close the cycle (.+)$");

  /**
   * Assignments of managers to employees {@code 0 .. n-1}: mostly someone with a smaller number
   * (which alone always gives a forest), sometimes nobody, sometimes anybody else (which may close
   * a cycle), and a supply order shuffled so that reports often come before their managers.
   */
  private static final Gen<Assignment> ASSIGNMENTS = rs -> {
    int n = integers().between(1, 24).generate(rs);
    int[] manager = new int[n];
    for (int i = 0; i < n; i++) {
      int kind = integers().between(0, 9).generate(rs);
      if (kind == 0 || n == 1) {
        manager[i] = -1;
      } else if (kind < 9 && i > 0) {
        manager[i] = integers().between(0, i - 1).generate(rs);
      } else {
        int other = integers().between(0, n - 2).generate(rs);
        manager[i] = other >= i ? other + 1 : other;
      }
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = integers().between(0, i).generate(rs);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return new Assignment(manager, order);
  };

  private static final class Assignment {
    final int[] manager;
    final int[] order;

    Assignment(int[] manager, int[] order) {
      this.manager = manager;
      this.order = order;
    }

    List<Employee> employees() {
      List<Employee> employees = new ArrayList<>();
      for (int i : order) {
        employees.add(Employee.builder()
            .id(id(i))
            .displayName("Employee " + i)
            .manager(manager[i] < 0 ? Optional.empty() : Optional.of(id(manager[i])))
            .unit(UNIT)
            .role("Role")
            .grade("G1")
            .hireDate(LocalDate.of(2021, 1, 1))
            .build());
      }
      return employees;
    }

    /** Whether following managers from some employee comes back to an employee already seen. */
    boolean hasCycle() {
      for (int start = 0; start < manager.length; start++) {
        Set<Integer> seen = new HashSet<>();
        for (int node = start; node >= 0; node = manager[node]) {
          if (!seen.add(node)) {
            return true;
          }
        }
      }
      return false;
    }

    /** The chain above {@code node}, nearest first; only for an input without a cycle. */
    List<Integer> chain(int node) {
      List<Integer> chain = new ArrayList<>();
      for (int m = manager[node]; m >= 0; m = manager[m]) {
        chain.add(m);
      }
      return chain;
    }

    @Override
    public String toString() {
      return "managers " + Arrays.toString(manager) + " supplied in order " + Arrays.toString(order);
    }
  }

  private static EmployeeId id(int i) {
    return EmployeeId.of("e" + i);
  }

  private static int number(EmployeeId id) {
    return Integer.parseInt(id.value().substring(1));
  }

  private static Set<Integer> numbers(List<Employee> employees) {
    return employees.stream().map(e -> number(e.id())).collect(Collectors.toSet());
  }

  @Test
  void randomAssignmentsBuildAForestOrAreRejectedWithARealCycle() {
    AtomicInteger built = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();

    qt().withExamples(1000).forAll(ASSIGNMENTS).checkAssert(a -> {
      Organisation org;
      try {
        org = Organisation.of(TenantId.of("t"), List.of(OrgUnit.root(UNIT, "Unit")), a.employees());
      } catch (UnknownReferenceException e) {
        throw new AssertionError("every manager exists, yet: " + e.getMessage(), e);
      } catch (InvalidInputException e) {
        rejected.incrementAndGet();
        assertThat(a.hasCycle()).as("rejected without a cycle: %s", e.getMessage()).isTrue();
        assertRealCycle(a, e);
        return;
      }
      built.incrementAndGet();
      assertThat(a.hasCycle()).as("built although the input has a cycle").isFalse();
      assertQueriesAgreeWithBruteForce(a, org);
    });

    assertThat(built.get()).as("forests built").isGreaterThan(50);
    assertThat(rejected.get()).as("cycles rejected").isGreaterThan(50);
  }

  private static void assertRealCycle(Assignment a, InvalidInputException e) {
    Matcher matcher = CYCLE.matcher(e.getMessage());
    if (!matcher.find()) {
      fail("no cycle in the message: " + e.getMessage());
    }
    List<Integer> cycle = Arrays.stream(matcher.group(1).split(" -> "))
        .map(EmployeeId::of)
        .map(ManagerForestProperties::number)
        .collect(Collectors.toList());
    assertThat(cycle.size()).as("a cycle of two or more people").isGreaterThanOrEqualTo(3);
    assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
    assertThat(new HashSet<>(cycle.subList(1, cycle.size()))).hasSize(cycle.size() - 1);
    for (int k = 0; k + 1 < cycle.size(); k++) {
      assertThat(a.manager[cycle.get(k)]).as("manager of e%s", cycle.get(k)).isEqualTo(cycle.get(k + 1));
    }
    assertThat(e.field()).isEqualTo("employees[e" + cycle.get(0) + "].manager");
    assertThat(e.value()).isEqualTo("e" + cycle.get(1));
  }

  private static void assertQueriesAgreeWithBruteForce(Assignment a, Organisation org) {
    int n = a.manager.length;
    Set<Integer> roots = new HashSet<>();
    for (int e = 0; e < n; e++) {
      List<Integer> chain = a.chain(e);
      if (chain.isEmpty()) {
        roots.add(e);
      }
      assertThat(org.managementChain(id(e)).stream().map(x -> number(x.id())).collect(Collectors.toList()))
          .as("chain of e%s", e)
          .isEqualTo(chain);

      Set<Integer> direct = new HashSet<>();
      Set<Integer> all = new HashSet<>();
      for (int r = 0; r < n; r++) {
        if (a.manager[r] == e) {
          direct.add(r);
        }
        if (a.chain(r).contains(e)) {
          all.add(r);
        }
      }
      assertThat(numbers(org.directReports(id(e)))).as("direct reports of e%s", e).isEqualTo(direct);
      List<Employee> allReports = org.allReports(id(e));
      assertThat(allReports).as("no one twice below e%s", e).doesNotHaveDuplicates();
      assertThat(numbers(allReports)).as("all reports of e%s", e).isEqualTo(all);
      for (int r = 0; r < n; r++) {
        assertThat(org.manages(id(e), id(r))).as("e%s manages e%s", e, r).isEqualTo(all.contains(r));
      }
    }
    assertThat(numbers(org.rootEmployees())).isEqualTo(roots);
  }
}
