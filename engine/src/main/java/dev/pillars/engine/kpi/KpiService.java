package dev.pillars.engine.kpi;

import static java.util.Objects.requireNonNull;

import dev.pillars.core.event.Change;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementCorrected;
import dev.pillars.core.kpi.MeasurementRecorded;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.internal.Call;
import dev.pillars.engine.internal.Outcome;
import dev.pillars.engine.internal.Resources;
import dev.pillars.engine.internal.Effect;
import dev.pillars.persistence.spi.Versioned;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The KPI workflows of one tenant, for one actor: define KPIs, record and correct measurements,
 * read series. Every method checks access, runs in one unit of work, keeps the scores of the goals
 * a KPI measures current, and delivers its events after commit; a method that throws has changed
 * nothing.
 *
 * <pre>{@code
 * KpiService kpis = pillars.tenant(acme).as(Actor.system("mes-feed", Set.of(Action.RECORD_MEASUREMENT))).kpis();
 * kpis.record(KpiId.of("defect-rate"), LocalDate.of(2026, 3, 2), 2.9);
 * }</pre>
 */
public final class KpiService {
  private final Call call;

  /**
   * Creates the service for one call context; hosts get it from {@code Session.kpis()}.
   *
   * @param call the call context
   */
  public KpiService(Call call) {
    this.call = requireNonNull(call, "call");
  }

  /**
   * Defines a KPI.
   *
   * @param definition the definition, with an id the tenant does not have yet
   * @return the definition as stored
   * @throws NullPointerException if {@code definition} is null
   * @throws dev.pillars.persistence.spi.DuplicateAggregateException if the id is taken
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not define KPIs
   */
  public KpiDefinition define(KpiDefinition definition) {
    requireNonNull(definition, "definition");
    return call.write("define KPI", work -> {
      work.require(Action.DEFINE_KPI, Resources.ofKpi(definition.id()));
      Change<KpiDefinition> change = KpiDefinition.define(definition, call.clock());
      work.repositories().kpiDefinitions().insert(change.value());
      // goals may already be measured by the new KPI: they are scored from now on
      return Outcome.of(change.value(), change, Effect.kpiDefined(definition.id()), key(definition.id()));
    });
  }

  /**
   * Records a KPI's value for an observation date that has none yet, dated by the engine's clock.
   *
   * @param kpi the KPI
   * @param observedOn the date the value was observed
   * @param value the value, finite
   * @return the measurement as recorded
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.UnknownReferenceException if the tenant has not defined the KPI
   * @throws dev.pillars.core.InvalidInputException if the value is not finite or the date has a
   *     value already (correct it instead)
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not record
   *     measurements
   */
  public Measurement record(KpiId kpi, LocalDate observedOn, double value) {
    requireNonNull(observedOn, "observedOn");
    return measure("record measurement", kpi, observedOn,
        series -> series.record(observedOn, value, call.clock()),
        change -> change.event(MeasurementRecorded.class).orElseThrow().measurement());
  }

  /**
   * Corrects the value of an observation date; the earlier value stays in the history.
   *
   * @param kpi the KPI
   * @param observedOn the date whose value to correct
   * @param value the corrected value, finite
   * @return the correction as recorded
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.UnknownReferenceException if the tenant has not defined the KPI
   * @throws dev.pillars.core.InvalidInputException if the value is not finite or the date has no
   *     value to correct
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not record
   *     measurements
   */
  public Measurement correct(KpiId kpi, LocalDate observedOn, double value) {
    requireNonNull(observedOn, "observedOn");
    return measure("correct measurement", kpi, observedOn,
        series -> series.correct(observedOn, value, call.clock()),
        change -> change.event(MeasurementCorrected.class).orElseThrow().correction());
  }

  /**
   * Returns a KPI's definition as stored.
   *
   * @param kpi the KPI
   * @return the definition
   * @throws NullPointerException if {@code kpi} is null
   * @throws dev.pillars.core.UnknownReferenceException if the tenant has not defined the KPI
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see KPIs
   */
  public KpiDefinition definition(KpiId kpi) {
    requireNonNull(kpi, "kpi");
    return call.read(scope -> {
      scope.require(Action.VIEW_KPI, Resources.ofKpi(kpi));
      return scope.repositories().kpiDefinitions().find(kpi).map(Versioned::value)
          .orElseThrow(() -> Resources.unknownKpi(kpi));
    });
  }

  /**
   * Returns a KPI's measurement series, corrections included.
   *
   * @param kpi the KPI
   * @return the series
   * @throws dev.pillars.core.UnknownReferenceException if the tenant has not defined the KPI
   * @throws dev.pillars.engine.access.AccessDeniedException if the actor may not see KPIs
   */
  public MeasurementSeries series(KpiId kpi) {
    requireNonNull(kpi, "kpi");
    return call.read(scope -> {
      scope.require(Action.VIEW_KPI, Resources.ofKpi(kpi));
      scope.repositories().kpiDefinitions().find(kpi).orElseThrow(() -> Resources.unknownKpi(kpi));
      return scope.repositories().measurements().series(kpi);
    });
  }

  /**
   * Records or corrects one date's value. The domain rule needs only that date's history, so only
   * that is read: the cost does not grow with the series.
   */
  private Measurement measure(
      String operation,
      KpiId kpi,
      LocalDate day,
      Function<MeasurementSeries, Change<MeasurementSeries>> rule,
      Function<Change<MeasurementSeries>, Measurement> appended) {
    requireNonNull(kpi, "kpi");
    return call.write(operation, work -> {
      work.require(Action.RECORD_MEASUREMENT, Resources.ofKpi(kpi));
      work.repositories().kpiDefinitions().find(kpi).orElseThrow(() -> Resources.unknownKpi(kpi));
      MeasurementSeries thatDay = MeasurementSeries.of(kpi, work.repositories().measurements().history(kpi, day, day));
      Change<MeasurementSeries> change = rule.apply(thatDay);
      Measurement measurement = appended.apply(change);
      work.repositories().measurements().append(measurement);
      return Outcome.of(measurement, change, Effect.kpi(kpi), key(kpi));
    });
  }

  private static String key(KpiId kpi) {
    return "kpi:" + kpi.value();
  }
}
