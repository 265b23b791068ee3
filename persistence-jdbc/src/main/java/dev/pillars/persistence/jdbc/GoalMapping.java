package dev.pillars.persistence.jdbc;

import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.kpi.Band;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.KpiTarget;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.persistence.spi.PersonalDataRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Goals as rows of the {@code goals} table: one typed column per attribute, the measure spread over
 * typed columns by kind (its KPI target as numbers), and only a milestone checklist as JSON text.
 */
final class GoalMapping extends Mapping<GoalId, Goal> {
  static final GoalMapping INSTANCE = new GoalMapping();

  @Override
  List<EmployeeId> employeesNamedBy(Goal goal) {
    return PersonalDataRepository.employeesNamedBy(goal);
  }

  static final String EMPLOYEE = "EMPLOYEE";
  static final String UNIT = "UNIT";
  private static final String MANUAL = "MANUAL";
  private static final String KPI = "KPI";
  private static final String MILESTONES = "MILESTONES";
  private static final String DERIVED = "DERIVED";

  private GoalMapping() {
    super(
        "Goal",
        "GoalRepository",
        "goals",
        List.of(
            "title", "description", "owner_kind", "owner_id", "level", "period_start", "period_end",
            "due_date", "weight", "status", "measure_kind", "progress", "kpi_id", "kpi_baseline",
            "kpi_target", "kpi_threshold", "kpi_stretch", "kpi_band_lower", "kpi_band_upper",
            "milestones"));
  }

  @Override
  GoalId idOf(Goal goal) {
    return goal.id();
  }

  @Override
  String key(GoalId id) {
    return id.value();
  }

  /** Returns the value of the {@code owner_kind} column for an owner. */
  static String ownerKind(GoalOwner owner) {
    return owner instanceof GoalOwner.Employee ? EMPLOYEE : UNIT;
  }

  /** Returns the value of the {@code owner_id} column for an owner. */
  static String ownerId(GoalOwner owner) {
    return owner instanceof GoalOwner.Employee
        ? ((GoalOwner.Employee) owner).id().value()
        : ((GoalOwner.Unit) owner).id().value();
  }

  @Override
  void bind(PreparedStatement s, int first, Goal goal) throws SQLException {
    int i = first;
    s.setString(i++, goal.title());
    s.setString(i++, goal.description().orElse(null));
    s.setString(i++, ownerKind(goal.owner()));
    s.setString(i++, ownerId(goal.owner()));
    s.setString(i++, goal.level().name());
    Columns.setDate(s, i++, goal.period().start());
    Columns.setDate(s, i++, goal.period().end());
    Columns.setDate(s, i++, goal.dueDate());
    s.setDouble(i++, goal.weight());
    s.setString(i++, goal.status().name());
    GoalMeasure measure = goal.measure();
    Double progress = null;
    String kpi = null;
    KpiTarget target = null;
    String milestones = null;
    String kind;
    if (measure instanceof GoalMeasure.Manual) {
      kind = MANUAL;
      progress = ((GoalMeasure.Manual) measure).progress();
    } else if (measure instanceof GoalMeasure.Kpi) {
      kind = KPI;
      kpi = ((GoalMeasure.Kpi) measure).kpi().value();
      target = ((GoalMeasure.Kpi) measure).target();
    } else if (measure instanceof GoalMeasure.Milestones) {
      kind = MILESTONES;
      milestones = MilestoneCodec.encode(((GoalMeasure.Milestones) measure).milestones());
    } else {
      kind = DERIVED;
    }
    s.setString(i++, kind);
    Columns.setDouble(s, i++, progress);
    s.setString(i++, kpi);
    Columns.setDouble(s, i++, target == null ? null : target.baseline());
    Columns.setDouble(s, i++, target == null ? null : target.target());
    Columns.setDouble(s, i++, target == null ? null : boxed(target.threshold()));
    Columns.setDouble(s, i++, target == null ? null : boxed(target.stretch()));
    Band band = target == null ? null : target.band().orElse(null);
    Columns.setDouble(s, i++, band == null ? null : band.lower());
    Columns.setDouble(s, i++, band == null ? null : band.upper());
    s.setString(i, milestones);
  }

  @Override
  Goal read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    Goal.Builder goal = Goal.builder().id(GoalId.of(id)).title(r.getString(i++));
    String description = r.getString(i++);
    if (description != null) {
      goal.description(description);
    }
    String ownerKind = r.getString(i++);
    String ownerId = r.getString(i++);
    if (EMPLOYEE.equals(ownerKind)) {
      goal.owner(GoalOwner.employee(EmployeeId.of(ownerId)));
    } else if (UNIT.equals(ownerKind)) {
      goal.owner(GoalOwner.unit(OrgUnitId.of(ownerId)));
    } else {
      throw new IllegalArgumentException("unknown owner_kind '" + ownerKind + "'");
    }
    goal.level(GoalLevel.valueOf(r.getString(i++)));
    LocalDate start = Columns.getDate(r, i++);
    LocalDate end = Columns.getDate(r, i++);
    goal.period(Period.of(start, end)).dueDate(Columns.getDate(r, i++));
    goal.weight(r.getDouble(i++));
    goal.status(GoalStatus.valueOf(r.getString(i++)));
    String kind = r.getString(i++);
    Double progress = Columns.getDouble(r, i++);
    String kpi = r.getString(i++);
    Double baseline = Columns.getDouble(r, i++);
    Double target = Columns.getDouble(r, i++);
    Double threshold = Columns.getDouble(r, i++);
    Double stretch = Columns.getDouble(r, i++);
    Double bandLower = Columns.getDouble(r, i++);
    Double bandUpper = Columns.getDouble(r, i++);
    String milestones = r.getString(i);
    switch (kind) {
      case MANUAL:
        goal.measure(GoalMeasure.manual(required("progress", progress)));
        break;
      case KPI:
        KpiTarget.Builder kpiTarget =
            KpiTarget.builder().baseline(required("kpi_baseline", baseline)).target(required("kpi_target", target));
        if (threshold != null) {
          kpiTarget.threshold(threshold);
        }
        if (stretch != null) {
          kpiTarget.stretch(stretch);
        }
        if (bandLower != null || bandUpper != null) {
          kpiTarget.band(Band.of(required("kpi_band_lower", bandLower), required("kpi_band_upper", bandUpper)));
        }
        goal.measure(GoalMeasure.kpi(KpiId.of(required("kpi_id", kpi)), kpiTarget.build()));
        break;
      case MILESTONES:
        goal.measure(GoalMeasure.milestones(MilestoneCodec.decode(required("milestones", milestones))));
        break;
      case DERIVED:
        goal.measure(GoalMeasure.derived());
        break;
      default:
        throw new IllegalArgumentException("unknown measure_kind '" + kind + "'");
    }
    return goal.build();
  }

  private static <V> V required(String column, @Nullable V value) {
    if (value == null) {
      throw new IllegalArgumentException("column " + column + " is null");
    }
    return value;
  }

  private static @Nullable Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
