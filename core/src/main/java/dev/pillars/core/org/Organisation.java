package dev.pillars.core.org;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.Checks;
import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.UnknownReferenceException;
import dev.pillars.core.event.Change;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An immutable snapshot of one tenant's organisation, as the host supplies it: its units and its
 * employees.
 *
 * <p>Every instance is valid: unit and employee ids are unique, every manager and every unit an
 * employee names exists, and both the manager relation and the unit parent relation are forests
 * (a chain of managers or parents always ends at a root; a cycle is rejected with the cycle in
 * the message). Validation and all indices are computed once, in time linear in the number of
 * units and employees, so the queries below are fast: {@link #directReports}, {@link #allReports},
 * {@link #members} and {@link #allMembers} return views in constant time, {@link #manages} answers
 * in constant time, and {@link #managementChain} costs the length of the chain.
 *
 * <p>Queries that name an employee or a unit of another organisation throw an {@link
 * UnknownReferenceException}; {@link #employee} and {@link #unit} return an empty {@code Optional}
 * instead. The host replaces the snapshot when its data changes, or applies single changes with
 * {@link #withEmployee} and {@link #withoutEmployee}, which also yield domain events.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Organisation {
  private final TenantId tenant;
  private final List<OrgUnit> units;
  private final List<Employee> employees;
  private final Map<OrgUnitId, Integer> unitIndex;
  private final Map<EmployeeId, Integer> employeeIndex;
  private final Forest unitForest;
  private final Forest managerForest;
  private final List<Employee> reportsByManager;
  private final List<Employee> employeesInPreorder;
  private final List<Employee> rootEmployees;
  private final List<OrgUnit> subUnitsByParent;
  private final List<OrgUnit> rootUnits;
  /** Employees grouped by unit, the units taken in unit pre-order. */
  private final List<Employee> membersByUnit;
  /** Start of each unit's members in {@code membersByUnit}, indexed by the unit's pre-order position. */
  private final int[] memberStart;

  private Organisation(TenantId tenant, List<OrgUnit> units, List<Employee> employees) {
    this.tenant = Checks.notNull("tenant", tenant);
    this.units = copyWithoutNulls("units", units);
    this.employees = copyWithoutNulls("employees", employees);

    this.unitIndex = new HashMap<>(capacity(this.units.size()));
    for (int i = 0; i < this.units.size(); i++) {
      OrgUnitId id = this.units.get(i).id();
      Checks.require(unitIndex.putIfAbsent(id, i) == null, "units.id", id, "must be unique in the organisation");
    }
    this.employeeIndex = new HashMap<>(capacity(this.employees.size()));
    for (int i = 0; i < this.employees.size(); i++) {
      EmployeeId id = this.employees.get(i).id();
      Checks.require(
          employeeIndex.putIfAbsent(id, i) == null, "employees.id", id, "must be unique in the organisation");
    }

    int[] unitParent = new int[this.units.size()];
    for (int i = 0; i < unitParent.length; i++) {
      OrgUnit unit = this.units.get(i);
      unitParent[i] = unit.parent().map(p -> unitIndexOf("units[" + unit.id() + "].parent", p)).orElse(-1);
    }
    int[] managerOf = new int[this.employees.size()];
    int[] unitOf = new int[this.employees.size()];
    for (int i = 0; i < managerOf.length; i++) {
      Employee employee = this.employees.get(i);
      unitOf[i] = unitIndexOf("employees[" + employee.id() + "].unit", employee.unit());
      managerOf[i] =
          employee.manager().map(m -> employeeIndexOf("employees[" + employee.id() + "].manager", m)).orElse(-1);
    }
    this.unitForest = Forest.of(unitParent, cycle -> cycleException("units", "parent", cycle, this.units, OrgUnit::id));
    this.managerForest =
        Forest.of(managerOf, cycle -> cycleException("employees", "manager", cycle, this.employees, Employee::id));

    this.reportsByManager = view(managerForest.children(), this.employees, Employee.class);
    this.employeesInPreorder = view(managerForest.preorder(), this.employees, Employee.class);
    this.rootEmployees = view(managerForest.roots(), this.employees, Employee.class);
    this.subUnitsByParent = view(unitForest.children(), this.units, OrgUnit.class);
    this.rootUnits = view(unitForest.roots(), this.units, OrgUnit.class);

    // counting sort of employees by the pre-order position of their unit
    int unitCount = this.units.size();
    this.memberStart = new int[unitCount + 1];
    for (int unit : unitOf) {
      memberStart[unitForest.position(unit) + 1]++;
    }
    for (int k = 0; k < unitCount; k++) {
      memberStart[k + 1] += memberStart[k];
    }
    int[] fill = Arrays.copyOf(memberStart, unitCount);
    Employee[] members = new Employee[this.employees.size()];
    for (int i = 0; i < unitOf.length; i++) {
      members[fill[unitForest.position(unitOf[i])]++] = this.employees.get(i);
    }
    this.membersByUnit = Collections.unmodifiableList(Arrays.asList(members));
  }

  /**
   * Returns the organisation of a tenant with the given units and employees.
   *
   * @param tenant the tenant
   * @param units the units, in the order {@link #units()} lists them
   * @param employees the employees, in the order {@link #employees()} lists them
   * @return the organisation
   * @throws NullPointerException if an argument is null or holds null
   * @throws InvalidInputException if an id repeats or the manager or unit relation has a cycle
   * @throws UnknownReferenceException if a parent, manager or unit refers to nothing in the input
   */
  public static Organisation of(TenantId tenant, Collection<OrgUnit> units, Collection<Employee> employees) {
    Checks.notNull("units", units);
    Checks.notNull("employees", employees);
    return new Organisation(tenant, new ArrayList<>(units), new ArrayList<>(employees));
  }

  /**
   * Returns a builder for the organisation of a tenant.
   *
   * @param tenant the tenant
   * @return a new, empty builder
   */
  public static Builder builder(TenantId tenant) {
    return new Builder(Checks.notNull("tenant", tenant));
  }

  /**
   * Returns the tenant whose organisation this is.
   *
   * @return the tenant
   */
  public TenantId tenant() {
    return tenant;
  }

  /**
   * Returns every employee, in the order they were supplied.
   *
   * @return the employees
   */
  public List<Employee> employees() {
    return employees;
  }

  /**
   * Returns every unit, in the order they were supplied.
   *
   * @return the units
   */
  public List<OrgUnit> units() {
    return units;
  }

  /**
   * Returns the employee with the given id.
   *
   * @param id the id
   * @return the employee, or empty if the organisation has none with that id
   */
  public Optional<Employee> employee(EmployeeId id) {
    requireNonNull(id, "id");
    Integer index = employeeIndex.get(id);
    return index == null ? Optional.empty() : Optional.of(employees.get(index));
  }

  /**
   * Returns the unit with the given id.
   *
   * @param id the id
   * @return the unit, or empty if the organisation has none with that id
   */
  public Optional<OrgUnit> unit(OrgUnitId id) {
    requireNonNull(id, "id");
    Integer index = unitIndex.get(id);
    return index == null ? Optional.empty() : Optional.of(units.get(index));
  }

  /**
   * Returns the employees who have no manager, the roots of the management forest, in the order
   * they were supplied.
   *
   * @return the top of every management chain
   */
  public List<Employee> rootEmployees() {
    return rootEmployees;
  }

  /**
   * Returns the units that have no parent, in the order they were supplied.
   *
   * @return the top-level units
   */
  public List<OrgUnit> rootUnits() {
    return rootUnits;
  }

  /**
   * Returns the employees whose manager is {@code manager}, in the order they were supplied.
   *
   * @param manager the manager
   * @return the direct reports; empty for someone who manages nobody
   * @throws UnknownReferenceException if {@code manager} is not an employee of this organisation
   */
  public List<Employee> directReports(EmployeeId manager) {
    int node = employeeIndexOf("manager", manager);
    return reportsByManager.subList(managerForest.childStart(node), managerForest.childEnd(node));
  }

  /**
   * Returns everybody below {@code manager} in the management forest: the direct reports, their
   * reports, and so on, depth first, each manager before the people they manage.
   *
   * @param manager the manager
   * @return the direct and indirect reports, without {@code manager}
   * @throws UnknownReferenceException if {@code manager} is not an employee of this organisation
   */
  public List<Employee> allReports(EmployeeId manager) {
    int node = employeeIndexOf("manager", manager);
    return employeesInPreorder.subList(managerForest.position(node) + 1, managerForest.subtreeEnd(node));
  }

  /**
   * Returns the managers above {@code employee}: the direct manager first, the root last.
   *
   * @param employee the employee
   * @return the management chain, without {@code employee}; empty for a root
   * @throws UnknownReferenceException if {@code employee} is not an employee of this organisation
   */
  public List<Employee> managementChain(EmployeeId employee) {
    int node = employeeIndexOf("employee", employee);
    List<Employee> chain = new ArrayList<>();
    for (int m = managerForest.parent(node); m >= 0; m = managerForest.parent(m)) {
      chain.add(employees.get(m));
    }
    return Collections.unmodifiableList(chain);
  }

  /**
   * Returns whether {@code manager} is above {@code employee} in the management forest, directly or
   * through other managers.
   *
   * @param manager the possible manager
   * @param employee the employee
   * @return true if {@code manager} is in {@code employee}'s management chain; false for the
   *     employee itself
   * @throws UnknownReferenceException if either is not an employee of this organisation
   */
  public boolean manages(EmployeeId manager, EmployeeId employee) {
    int above = employeeIndexOf("manager", manager);
    int below = employeeIndexOf("employee", employee);
    int position = managerForest.position(below);
    return managerForest.position(above) < position && position < managerForest.subtreeEnd(above);
  }

  /**
   * Returns the units directly inside {@code unit}, in the order they were supplied.
   *
   * @param unit the unit
   * @return the sub-units; empty for a unit without any
   * @throws UnknownReferenceException if {@code unit} is not a unit of this organisation
   */
  public List<OrgUnit> subUnits(OrgUnitId unit) {
    int node = unitIndexOf("unit", unit);
    return subUnitsByParent.subList(unitForest.childStart(node), unitForest.childEnd(node));
  }

  /**
   * Returns the employees who belong to {@code unit} itself, in the order they were supplied.
   *
   * @param unit the unit
   * @return the unit's own members, without those of its sub-units
   * @throws UnknownReferenceException if {@code unit} is not a unit of this organisation
   */
  public List<Employee> members(OrgUnitId unit) {
    int position = unitForest.position(unitIndexOf("unit", unit));
    return membersByUnit.subList(memberStart[position], memberStart[position + 1]);
  }

  /**
   * Returns the employees who belong to {@code unit} or to any unit inside it, unit by unit, each
   * unit's members before those of its sub-units.
   *
   * @param unit the unit
   * @return the members of the unit and of all its sub-units
   * @throws UnknownReferenceException if {@code unit} is not a unit of this organisation
   */
  public List<Employee> allMembers(OrgUnitId unit) {
    int node = unitIndexOf("unit", unit);
    return membersByUnit.subList(memberStart[unitForest.position(node)], memberStart[unitForest.subtreeEnd(node)]);
  }

  /**
   * Returns this organisation with {@code employee} added, or replacing the employee with the same
   * id in place.
   *
   * <p>The result is validated like any organisation: the manager and the unit must exist, and a
   * new manager must not close a cycle. This organisation is unchanged either way. Like building an
   * organisation, it costs time linear in the number of employees and units; to apply many changes
   * at once, build a new snapshot instead.
   *
   * @param employee the new or changed employee
   * @param clock the clock that dates the event
   * @return the new organisation and one {@link EmployeeUpserted} event
   * @throws InvalidInputException if the employee is already here exactly as given, or the change
   *     would close a manager cycle
   * @throws UnknownReferenceException if the employee's manager or unit does not exist
   */
  public Change<Organisation> withEmployee(Employee employee, Clock clock) {
    Checks.notNull("employee", employee);
    Checks.notNull("clock", clock);
    requireNoCycleThrough(employee);
    Integer index = employeeIndex.get(employee.id());
    List<Employee> next = new ArrayList<>(employees);
    Optional<Employee> previous;
    if (index == null) {
      previous = Optional.empty();
      next.add(employee);
    } else {
      previous = Optional.of(employees.get(index));
      Checks.require(
          !employee.equals(previous.get()), "employee", employee.id(), "must differ from the employee already here");
      next.set(index, employee);
    }
    Organisation changed = new Organisation(tenant, units, next);
    return Change.of(changed, new EmployeeUpserted(tenant, employee, previous, clock.instant()));
  }

  /**
   * Returns this organisation without the employee {@code id}.
   *
   * @param id the employee to remove
   * @param clock the clock that dates the event
   * @return the new organisation and one {@link EmployeeRemoved} event
   * @throws UnknownReferenceException if {@code id} is not an employee of this organisation
   * @throws InvalidInputException if the employee still manages somebody; the message names them
   */
  public Change<Organisation> withoutEmployee(EmployeeId id, Clock clock) {
    Checks.notNull("clock", clock);
    int node = employeeIndexOf("employee", id);
    List<Employee> reports = directReports(id);
    Checks.require(
        reports.isEmpty(),
        "employee",
        id,
        "must manage nobody to be removed, but still manages "
            + reports.stream().map(e -> e.id().value()).collect(Collectors.joining(", "))
            + "; give them another manager first");
    List<Employee> next = new ArrayList<>(employees);
    Employee removed = next.remove(node);
    return Change.of(new Organisation(tenant, units, next), new EmployeeRemoved(tenant, removed, clock.instant()));
  }

  /**
   * Returns whether another organisation has the same tenant, units and employees, in any order.
   *
   * @param other the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Organisation)) {
      return false;
    }
    Organisation that = (Organisation) other;
    return tenant.equals(that.tenant)
        && units.size() == that.units.size()
        && employees.size() == that.employees.size()
        && units.stream().allMatch(u -> that.unit(u.id()).filter(u::equals).isPresent())
        && employees.stream().allMatch(e -> that.employee(e.id()).filter(e::equals).isPresent());
  }

  @Override
  public int hashCode() {
    int hash = tenant.hashCode();
    for (OrgUnit unit : units) {
      hash += unit.hashCode();
    }
    for (Employee employee : employees) {
      hash += employee.hashCode();
    }
    return hash;
  }

  /**
   * Returns a short summary such as {@code Organisation[tenant=acme, units=4, employees=120]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Organisation[tenant=" + tenant + ", units=" + units.size() + ", employees=" + employees.size() + "]";
  }

  /**
   * Rejects a changed employee whose new manager is one of their own reports, naming the cycle from
   * the changed employee, before the full validation of the new organisation runs.
   */
  private void requireNoCycleThrough(Employee employee) {
    Optional<EmployeeId> manager = employee.manager();
    if (manager.isEmpty() || !employeeIndex.containsKey(manager.get())) {
      return;
    }
    List<String> cycle = new ArrayList<>();
    cycle.add(employee.id().value());
    for (int node = employeeIndex.get(manager.get()); node >= 0; node = managerForest.parent(node)) {
      EmployeeId above = employees.get(node).id();
      cycle.add(above.value());
      if (above.equals(employee.id())) {
        throw new InvalidInputException(
            "employees[" + employee.id() + "].manager", manager.get(), "would close the cycle " + String.join(" -> ", cycle));
      }
    }
  }

  private int employeeIndexOf(String field, EmployeeId id) {
    Checks.notNull(field, id);
    Integer index = employeeIndex.get(id);
    if (index == null) {
      throw new UnknownReferenceException(field, id, "must name an employee of this organisation");
    }
    return index;
  }

  private int unitIndexOf(String field, OrgUnitId id) {
    Checks.notNull(field, id);
    Integer index = unitIndex.get(id);
    if (index == null) {
      throw new UnknownReferenceException(field, id, "must name a unit of this organisation");
    }
    return index;
  }

  private static <T> InvalidInputException cycleException(
      String collection, String field, int[] cycle, List<T> items, java.util.function.Function<T, Object> id) {
    StringBuilder path = new StringBuilder();
    for (int node : cycle) {
      path.append(id.apply(items.get(node))).append(" -> ");
    }
    path.append(id.apply(items.get(cycle[0])));
    Object first = id.apply(items.get(cycle[0]));
    Object next = id.apply(items.get(cycle.length > 1 ? cycle[1] : cycle[0]));
    return new InvalidInputException(collection + "[" + first + "]." + field, next, "would close the cycle " + path);
  }

  private static <T> List<T> copyWithoutNulls(String field, List<T> items) {
    for (int i = 0; i < items.size(); i++) {
      Checks.notNull(field + "[" + i + "]", items.get(i));
    }
    return Collections.unmodifiableList(items);
  }

  private static <T> List<T> view(int[] order, List<T> items, Class<T> type) {
    @SuppressWarnings("unchecked")
    T[] array = (T[]) java.lang.reflect.Array.newInstance(type, order.length);
    for (int k = 0; k < order.length; k++) {
      array[k] = items.get(order[k]);
    }
    return Collections.unmodifiableList(Arrays.asList(array));
  }

  private static int capacity(int size) {
    return (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1);
  }

  /**
   * Collects units and employees and builds a validated {@link Organisation}. Not thread-safe; use
   * it on one thread and discard it after {@link #build()}.
   */
  public static final class Builder {
    private final TenantId tenant;
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<Employee> employees = new ArrayList<>();

    private Builder(TenantId tenant) {
      this.tenant = tenant;
    }

    /**
     * Adds a unit.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder addUnit(OrgUnit unit) {
      units.add(Checks.notNull("unit", unit));
      return this;
    }

    /**
     * Adds units, in their iteration order.
     *
     * @param units the units
     * @return this builder
     */
    public Builder addUnits(Collection<OrgUnit> units) {
      Checks.notNull("units", units).forEach(this::addUnit);
      return this;
    }

    /**
     * Adds an employee.
     *
     * @param employee the employee
     * @return this builder
     */
    public Builder addEmployee(Employee employee) {
      employees.add(Checks.notNull("employee", employee));
      return this;
    }

    /**
     * Adds employees, in their iteration order.
     *
     * @param employees the employees
     * @return this builder
     */
    public Builder addEmployees(Collection<Employee> employees) {
      Checks.notNull("employees", employees).forEach(this::addEmployee);
      return this;
    }

    /**
     * Validates what was added and returns the organisation. The builder may be used again.
     *
     * @return the organisation
     * @throws InvalidInputException if an id repeats or the manager or unit relation has a cycle
     * @throws UnknownReferenceException if a parent, manager or unit refers to nothing added
     */
    public Organisation build() {
      return new Organisation(tenant, new ArrayList<>(units), new ArrayList<>(employees));
    }
  }
}
