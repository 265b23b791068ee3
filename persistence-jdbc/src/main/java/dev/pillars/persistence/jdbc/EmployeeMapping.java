package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.PersonalDataRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Employees as rows of the {@code employees} table; their attributes as a JSON object. */
final class EmployeeMapping extends Mapping<EmployeeId, Employee> {
  static final EmployeeMapping INSTANCE = new EmployeeMapping();

  @Override
  List<EmployeeId> employeesNamedBy(Employee employee) {
    return PersonalDataRepository.employeesNamedBy(employee);
  }

  private EmployeeMapping() {
    super(
        "Employee",
        "EmployeeRepository",
        "employees",
        List.of("display_name", "manager_id", "unit_id", "role", "grade", "hire_date", "attributes"));
  }

  @Override
  EmployeeId idOf(Employee employee) {
    return employee.id();
  }

  @Override
  String key(EmployeeId id) {
    return id.value();
  }

  @Override
  void bind(PreparedStatement s, int first, Employee employee) throws SQLException {
    int i = first;
    s.setString(i++, employee.displayName());
    s.setString(i++, employee.manager().map(EmployeeId::value).orElse(null));
    s.setString(i++, employee.unit().value());
    s.setString(i++, employee.role());
    s.setString(i++, employee.grade());
    Columns.setDate(s, i++, employee.hireDate());
    s.setString(i, AttributesCodec.encode(employee.attributes()));
  }

  @Override
  Employee read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    Employee.Builder employee = Employee.builder().id(EmployeeId.of(id)).displayName(r.getString(i++));
    String manager = r.getString(i++);
    if (manager != null) {
      employee.manager(EmployeeId.of(manager));
    }
    return employee
        .unit(OrgUnitId.of(r.getString(i++)))
        .role(r.getString(i++))
        .grade(r.getString(i++))
        .hireDate(Columns.getDate(r, i++))
        .putAllAttributes(AttributesCodec.decode(r.getString(i)))
        .build();
  }
}
