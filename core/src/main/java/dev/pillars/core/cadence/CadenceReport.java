package dev.pillars.core.cadence;

import dev.pillars.core.Checks;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The feedback and 1:1 cadence of an organisation on one day: per person the days since they last
 * received and gave feedback and since their last 1:1, and the feedback they receive per month; per
 * manager the share of direct reports without feedback, or without a 1:1 with them, in the last
 * {@code windowDays} days.
 *
 * <p>"In the last {@code N} days" means on one of the {@code N} days ending on the report's day
 * ({@code daysSince < N}); facts dated after the report's day and facts naming nobody in the
 * organisation are left out. Withdrawn feedback is left out by {@link FeedbackFact#of}; anonymous
 * feedback counts as received but as given by nobody.
 *
 * <p>Computed in one pass over the facts (an index per person and primitive arrays), so a report
 * over a hundred thousand people and a million facts takes a fraction of a second. Immutable.
 */
public final class CadenceReport {
  private static final int NEVER = Integer.MIN_VALUE;

  private final LocalDate asOf;
  private final int windowDays;
  private final List<PersonCadence> people;
  private final List<ManagerCadence> managers;
  private final Map<EmployeeId, Integer> personIndex;
  private final Map<EmployeeId, Integer> managerIndex;

  private CadenceReport(LocalDate asOf, int windowDays, List<PersonCadence> people, List<ManagerCadence> managers) {
    this.asOf = asOf;
    this.windowDays = windowDays;
    this.people = List.copyOf(people);
    this.managers = List.copyOf(managers);
    this.personIndex = indexOf(this.people.stream().map(PersonCadence::person).toList());
    this.managerIndex = indexOf(this.managers.stream().map(ManagerCadence::manager).toList());
  }

  private static Map<EmployeeId, Integer> indexOf(List<EmployeeId> ids) {
    Map<EmployeeId, Integer> index = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index;
  }

  /**
   * Computes the report.
   *
   * @param organisation the organisation, whose employees and managers the report covers
   * @param feedback the feedback facts
   * @param meetings the facts of held 1:1s
   * @param asOf the report's day
   * @param windowDays the window of "in the last N days", 1 to 3,650
   * @return the report
   * @throws NullPointerException if an argument is or holds null
   * @throws dev.pillars.core.InvalidInputException if {@code windowDays} is out of range
   */
  public static CadenceReport of(
      Organisation organisation, Iterable<FeedbackFact> feedback, Iterable<MeetingFact> meetings, LocalDate asOf, int windowDays) {
    Checks.notNull("organisation", organisation);
    Checks.notNull("feedback", feedback);
    Checks.notNull("meetings", meetings);
    Checks.notNull("asOf", asOf);
    Checks.inRange("windowDays", windowDays, 1, 3650);
    List<Employee> employees = organisation.employees();
    int n = employees.size();
    Map<EmployeeId, Integer> index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(employees.get(i).id(), i);
    }
    long today = asOf.toEpochDay();
    int[] received = filled(n);
    int[] given = filled(n);
    int[] met = filled(n);
    int[] metManager = filled(n);
    int[] inWindow = new int[n];
    for (FeedbackFact fact : feedback) {
      int ago = daysAgo(today, Checks.notNull("feedback", fact).on());
      if (ago < 0) {
        continue;
      }
      Integer r = index.get(fact.receiver());
      if (r != null) {
        received[r] = latest(received[r], ago);
        if (ago < windowDays) {
          inWindow[r]++;
        }
      }
      if (fact.giver().isPresent()) {
        Integer g = index.get(fact.giver().get());
        if (g != null) {
          given[g] = latest(given[g], ago);
        }
      }
    }
    for (MeetingFact fact : meetings) {
      int ago = daysAgo(today, Checks.notNull("meetings", fact).on());
      if (ago < 0) {
        continue;
      }
      Integer m = index.get(fact.manager());
      Integer r = index.get(fact.report());
      if (m != null) {
        met[m] = latest(met[m], ago);
      }
      if (r != null) {
        met[r] = latest(met[r], ago);
        Optional<EmployeeId> manager = employees.get(r).manager();
        if (manager.isPresent() && manager.get().equals(fact.manager())) {
          metManager[r] = latest(metManager[r], ago);
        }
      }
    }
    List<PersonCadence> people = new ArrayList<>(n);
    int[] reports = new int[n];
    int[] withoutFeedback = new int[n];
    int[] withoutMeeting = new int[n];
    for (int i = 0; i < n; i++) {
      Employee employee = employees.get(i);
      people.add(new PersonCadence(employee.id(), optional(received[i]), optional(given[i]), optional(met[i]), inWindow[i] * 30.0 / windowDays));
      Optional<EmployeeId> manager = employee.manager();
      if (manager.isPresent()) {
        Integer m = index.get(manager.get());
        if (m != null) {
          reports[m]++;
          withoutFeedback[m] += within(received[i], windowDays) ? 0 : 1;
          withoutMeeting[m] += within(metManager[i], windowDays) ? 0 : 1;
        }
      }
    }
    List<ManagerCadence> managers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (reports[i] > 0) {
        managers.add(new ManagerCadence(
            employees.get(i).id(), reports[i], (double) withoutFeedback[i] / reports[i], (double) withoutMeeting[i] / reports[i]));
      }
    }
    return new CadenceReport(asOf, windowDays, people, managers);
  }

  private static int[] filled(int n) {
    int[] days = new int[n];
    Arrays.fill(days, NEVER);
    return days;
  }

  private static int daysAgo(long today, LocalDate on) {
    long ago = today - on.toEpochDay();
    return ago > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) ago;
  }

  private static int latest(int current, int ago) {
    return current == NEVER || ago < current ? ago : current;
  }

  private static boolean within(int ago, int windowDays) {
    return ago != NEVER && ago < windowDays;
  }

  private static OptionalInt optional(int ago) {
    return ago == NEVER ? OptionalInt.empty() : OptionalInt.of(ago);
  }

  /**
   * Returns the report's day.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the window of "in the last N days".
   *
   * @return the number of days
   */
  public int windowDays() {
    return windowDays;
  }

  /**
   * Returns every person's cadence, in the organisation's order of employees.
   *
   * @return the people
   */
  public List<PersonCadence> people() {
    return people;
  }

  /**
   * Returns every manager's cadence, for each employee with at least one direct report.
   *
   * @return the managers
   */
  public List<ManagerCadence> managers() {
    return managers;
  }

  /**
   * Returns one person's cadence.
   *
   * @param person the person
   * @return their cadence; empty if they are not in the organisation
   */
  public Optional<PersonCadence> person(EmployeeId person) {
    Integer i = personIndex.get(Checks.notNull("person", person));
    return i == null ? Optional.empty() : Optional.of(people.get(i));
  }

  /**
   * Returns one manager's cadence.
   *
   * @param manager the manager
   * @return their cadence; empty if they have no direct reports
   */
  public Optional<ManagerCadence> manager(EmployeeId manager) {
    Integer i = managerIndex.get(Checks.notNull("manager", manager));
    return i == null ? Optional.empty() : Optional.of(managers.get(i));
  }

  @Override
  public String toString() {
    return "CadenceReport{asOf=" + asOf + ", windowDays=" + windowDays + ", " + people.size() + " people, " + managers.size() + " managers}";
  }
}
