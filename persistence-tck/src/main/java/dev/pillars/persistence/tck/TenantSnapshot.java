package dev.pillars.persistence.tck;

import static dev.pillars.persistence.tck.TckData.kpiId;
import static dev.pillars.persistence.tck.TckGoals.id;

import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Everything a tenant holds, as far as the kit can read it: what the groups that write to every
 * repository compare before and after, to show that a write left no trace or changed only what it
 * should.
 *
 * @param goals the goals, by id
 * @param goalCount what the goal repository counts
 * @param employees the employees, by id
 * @param units the units, by id
 * @param kpis the KPI definitions, by id
 * @param graphVersion the alignment graph's version
 * @param links the alignment links
 * @param measurements the history of KPIs 0 to 3
 * @param checkIns the check-ins on goals 0 to 23
 * @param exports the personal-data exports of the people the snapshot was taken for
 */
record TenantSnapshot(
    List<Versioned<Goal>> goals,
    long goalCount,
    List<Versioned<Employee>> employees,
    List<Versioned<OrgUnit>> units,
    List<Versioned<KpiDefinition>> kpis,
    long graphVersion,
    Set<AlignmentLink> links,
    Map<KpiId, List<Measurement>> measurements,
    Map<GoalId, List<CheckIn>> checkIns,
    List<PersonalDataExport> exports) {
  /** The goal ids a snapshot reads the check-ins of. */
  static final int GOAL_IDS = 24;

  /** The KPI ids a snapshot reads the measurements of. */
  private static final int KPI_IDS = 4;

  /**
   * Reads everything a tenant holds.
   *
   * @param repositories a tenant store or a unit of work
   * @param people whose personal data exports the snapshot holds
   * @return the snapshot
   */
  static TenantSnapshot of(Repositories repositories, EmployeeId... people) {
    Set<AlignmentLink> links;
    try (Stream<AlignmentLink> stream = repositories.alignment().stream()) {
      links = stream.collect(Collectors.toSet());
    }
    Map<KpiId, List<Measurement>> measurements = new HashMap<>();
    for (int k = 0; k < KPI_IDS; k++) {
      measurements.put(kpiId(k), repositories.measurements().history(kpiId(k), LocalDate.MIN, LocalDate.MAX));
    }
    Map<GoalId, List<CheckIn>> checkIns = new HashMap<>();
    for (int g = 0; g < GOAL_IDS; g++) {
      try (Stream<CheckIn> stream = repositories.checkIns().streamByGoal(id(g))) {
        checkIns.put(id(g), stream.collect(Collectors.toList()));
      }
    }
    List<PersonalDataExport> exports = new ArrayList<>();
    for (EmployeeId person : people) {
      exports.add(repositories.personalData().export(person));
    }
    return new TenantSnapshot(
        sorted(repositories.goals().stream(), goal -> goal.id().value()),
        repositories.goals().count(),
        sorted(repositories.employees().stream(), employee -> employee.id().value()),
        sorted(repositories.orgUnits().stream(), unit -> unit.id().value()),
        sorted(repositories.kpiDefinitions().stream(), kpi -> kpi.id().value()),
        repositories.alignment().graphVersion(),
        links,
        measurements,
        checkIns,
        exports);
  }

  private static <T> List<Versioned<T>> sorted(Stream<Versioned<T>> stream, Function<T, String> key) {
    try (stream) {
      return stream.sorted(Comparator.comparing(v -> key.apply(v.value()))).collect(Collectors.toList());
    }
  }
}
