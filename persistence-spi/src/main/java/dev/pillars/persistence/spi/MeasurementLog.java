package dev.pillars.persistence.spi;

import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The measurements of one tenant's KPIs: an append-only log, queried by KPI and observation date,
 * that keeps every correction.
 *
 * <p><b>Append-only, without versions.</b> A measurement is never changed or removed (except with
 * its KPI definition, see {@link KpiDefinitionRepository}). A correction is a new measurement for
 * the same KPI and observation date with another {@code recordedAt}; reads show the latest
 * recording of each date as current and keep the others in the history, so it can always be told
 * what was known when. A measurement is identified by its KPI, {@code observedOn} and {@code
 * recordedAt}: appending a second one with the same three fails with {@link
 * DuplicateAggregateException} (type {@code "Measurement"}), whatever its value. Appends of
 * concurrent units of work never conflict otherwise: measurements carry no versions, and a unit of
 * work's appends fail at commit only if a concurrent one committed a measurement with the same
 * identity first, or deleted the KPI.
 *
 * <p>Measurements may be appended in any order of {@code recordedAt} (a backfill of old values is
 * allowed); reads order them by date, and by {@code recordedAt} within a date.
 *
 * <p><b>Duties of an implementation.</b> As for {@link AggregateRepository}: the log of a tenant
 * store is thread-safe and refuses appends with {@link TransactionRequiredException}; the log of a
 * unit of work is used by one thread at a time and appends into it; reads inside a unit of work
 * include its own appends; a call that throws changes nothing; arguments are checked first. Every
 * read reflects one consistent state. A KPI's reads cost time proportional to the measurements
 * returned plus a logarithm of the KPI's log (an index on KPI, date and recording time serves a
 * database store).
 */
public interface MeasurementLog {

  /**
   * Appends one measurement to its KPI's log.
   *
   * <p>Thread safety: only a unit of work's log writes, used by one thread at a time.
   *
   * @param measurement the measurement; its KPI must be defined
   * @throws NullPointerException if {@code measurement} is null
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws AggregateNotFoundException if the measurement's KPI has no definition (type {@code
   *     "KpiDefinition"})
   * @throws DuplicateAggregateException if a measurement of the same KPI, date and recording time
   *     exists
   * @throws PersistenceException if the underlying storage fails
   */
  void append(Measurement measurement);

  /**
   * Appends many measurements, of any KPIs, reading them one by one from an iterator and sending
   * them to the storage in batches.
   *
   * <p>All of them become part of the unit of work. The store holds no more than {@code batchSize}
   * of them at a time beyond what it stores. If one fails (an undefined KPI, or an identity that
   * exists or occurs twice in the input), none of this call's appends remain in the unit of work;
   * the iterator may have been partly consumed.
   *
   * <p>Thread safety: only a unit of work's log writes, used by one thread at a time.
   *
   * @param measurements the measurements
   * @param batchSize how many measurements the store sends to its storage at once, at least 1; a
   *     hint a store without batches may ignore
   * @return how many measurements were appended
   * @throws NullPointerException if {@code measurements} is or yields null
   * @throws dev.pillars.core.InvalidInputException if {@code batchSize} is below 1
   * @throws TransactionRequiredException if called outside a unit of work
   * @throws TransactionStateException if the unit of work has ended
   * @throws AggregateNotFoundException if a measurement's KPI has no definition
   * @throws DuplicateAggregateException if an identity exists already or occurs twice
   * @throws PersistenceException if the underlying storage fails
   */
  long appendAll(Iterator<Measurement> measurements, int batchSize);

  /**
   * Returns the current value of each observation date from {@code from} to {@code to}: the
   * latest recording of each date, ordered by date.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param kpi the KPI
   * @param from the first observation date, included
   * @param to the last observation date, included; not before {@code from}
   * @return one measurement per date that has one; empty for an unknown KPI
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code to} is before {@code from}
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  List<Measurement> range(KpiId kpi, LocalDate from, LocalDate to);

  /**
   * Returns every recording of the observation dates from {@code from} to {@code to}, corrections
   * included, ordered by date and, within a date, by recording time.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param kpi the KPI
   * @param from the first observation date, included
   * @param to the last observation date, included; not before {@code from}
   * @return the recordings; empty for an unknown KPI
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code to} is before {@code from}
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  List<Measurement> history(KpiId kpi, LocalDate from, LocalDate to);

  /**
   * Returns the value of each observation date from {@code from} to {@code to} as it was known at
   * {@code recordedBy}: the latest recording of each date recorded at or before that instant,
   * ordered by date. Dates first recorded later are left out.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param kpi the KPI
   * @param from the first observation date, included
   * @param to the last observation date, included; not before {@code from}
   * @param recordedBy the instant the values were known at, included
   * @return one measurement per date that had one at {@code recordedBy}
   * @throws NullPointerException if an argument is null
   * @throws dev.pillars.core.InvalidInputException if {@code to} is before {@code from}
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  List<Measurement> asOf(KpiId kpi, LocalDate from, LocalDate to, Instant recordedBy);

  /**
   * Returns a KPI's whole log as core's {@link MeasurementSeries}, corrections included, its
   * history in order of recording time (and of date, among equal recording times).
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param kpi the KPI
   * @return the series; empty for a KPI without measurements or unknown
   * @throws NullPointerException if {@code kpi} is null
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  MeasurementSeries series(KpiId kpi);

  /**
   * Returns the current value of a KPI's latest observation date, as {@link
   * MeasurementSeries#latest()} does.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param kpi the KPI
   * @return the latest recording of the latest date, or empty if the KPI has no measurement
   * @throws NullPointerException if {@code kpi} is null
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Optional<Measurement> latest(KpiId kpi);

  /**
   * Returns how many measurements a KPI's log holds, corrections included.
   *
   * <p>Thread safety: safe from any thread on a tenant store's log; on a unit of work's, one thread
   * at a time.
   *
   * @param kpi the KPI
   * @return the number of recordings; 0 for an unknown KPI
   * @throws NullPointerException if {@code kpi} is null
   * @throws TransactionStateException if this log belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  long count(KpiId kpi);
}
