package dev.pillars.core.smart;

import dev.pillars.core.Period;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalStatus;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.jspecify.annotations.Nullable;

/** Goals, KPI histories and a clock for the SMART tests. */
final class Fixtures {
  static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  static final LocalDate TODAY = LocalDate.of(2026, 7, 6);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-06T08:00:00Z"), ZoneOffset.UTC);
  static final LocalDate FIRST_WEEK = LocalDate.of(2026, 1, 5);
  /** 26 weeks after the last week of a 26-week history that starts on {@link #FIRST_WEEK}. */
  static final LocalDate DUE_26_WEEKS_ON = LocalDate.of(2026, 12, 28);
  static final KpiId KPI = KpiId.of("defect-rate");

  private Fixtures() {}

  static SmartAssessor assessor() {
    return SmartAssessor.withDefaults(CLOCK);
  }

  static KpiDefinition definition(KpiId id, Direction direction) {
    return KpiDefinition.builder()
        .id(id)
        .name("Defect rate")
        .unit("%")
        .direction(direction)
        .aggregation(Aggregation.MEAN)
        .frequency(Frequency.WEEKLY)
        .build();
  }

  /** Weekly values from {@link #FIRST_WEEK}: week i (from 0) has {@code value(i)}. */
  static MeasurementSeries weekly(KpiId kpi, int weeks, IntToDoubleFunction value) {
    List<Measurement> history = new ArrayList<>();
    for (int i = 0; i < weeks; i++) {
      LocalDate week = FIRST_WEEK.plusWeeks(i);
      history.add(Measurement.of(kpi, week, week.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), value.applyAsDouble(i)));
    }
    return MeasurementSeries.of(kpi, history);
  }

  /** A straight line of weekly values, without noise. */
  static MeasurementSeries line(KpiId kpi, int weeks, double start, double perWeek) {
    return weekly(kpi, weeks, i -> start + perWeek * i);
  }

  static GoalSpec goal(String id) {
    return new GoalSpec(id);
  }

  /** A goal under construction with sensible defaults: an active individual goal for 2026. */
  static final class GoalSpec {
    private final String id;
    private GoalLevel level = GoalLevel.INDIVIDUAL;
    private String title = "Cut scrap on line 3 by 20 %";
    private @Nullable String description;
    private GoalMeasure measure = GoalMeasure.manual(0.4);
    private Period period = YEAR;
    private @Nullable LocalDate due;
    private GoalStatus status = GoalStatus.ACTIVE;

    GoalSpec(String id) {
      this.id = id;
    }

    GoalSpec level(GoalLevel value) {
      level = value;
      return this;
    }

    GoalSpec title(String value) {
      title = value;
      return this;
    }

    GoalSpec description(String value) {
      description = value;
      return this;
    }

    GoalSpec measure(GoalMeasure value) {
      measure = value;
      return this;
    }

    GoalSpec period(Period value) {
      period = value;
      return this;
    }

    GoalSpec due(LocalDate value) {
      due = value;
      return this;
    }

    GoalSpec status(GoalStatus value) {
      status = value;
      return this;
    }

    Goal build() {
      Goal.Builder builder =
          Goal.builder()
              .id(GoalId.of(id))
              .title(title)
              .owner(
                  level == GoalLevel.INDIVIDUAL
                      ? GoalOwner.employee(EmployeeId.of("e-" + id))
                      : GoalOwner.unit(OrgUnitId.of("u-" + id)))
              .level(level)
              .period(period)
              .measure(measure)
              .status(status);
      if (description != null) {
        builder.description(description);
      }
      if (due != null) {
        builder.dueDate(due);
      }
      return builder.build();
    }
  }
}
