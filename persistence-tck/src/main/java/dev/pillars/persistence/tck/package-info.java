/**
 * The technology compatibility kit of the persistence SPI.
 *
 * <p>A store implementation proves itself by extending {@link
 * dev.pillars.persistence.tck.PillarsStoreContract} in its own test sources with one method that
 * creates a fresh store, and running it with JUnit 5:
 *
 * <pre>{@code
 * class MyStoreCompatibilityTest extends PillarsStoreContract {
 *   @Override
 *   protected PillarsStore createStore() {
 *     return MyStore.create(dataSource);
 *   }
 * }
 * }</pre>
 *
 * <p>The kit checks every rule of the SPI: versions and stale writes, units of work (all or
 * nothing, isolation, rollback at every step of a unit of work spanning every repository), tenant
 * isolation, bulk writes and streams, references between aggregates, export and erasure of personal
 * data, the outbox and the commit counter, and that every bad argument fails with the documented
 * exception and changes nothing.
 * Model-based QuickTheories properties run random sequences of units of work on two tenants against
 * the store and a simple model, end each unit of work in every way the SPI offers (commit, {@code
 * runInTransaction}, rollback, close, throw, or no unit of work at all) and compare every read; one
 * runner serves every contract, which gives it only its operations and its model. Each versioned
 * aggregate's repository is
 * checked by an {@link dev.pillars.persistence.tck.AggregateRepositoryContract}; the organisation
 * snapshot, the alignment graph and the two logs by {@link
 * dev.pillars.persistence.tck.OrganisationContract}, {@link
 * dev.pillars.persistence.tck.AlignmentContract}, {@link
 * dev.pillars.persistence.tck.MeasurementLogContract} and {@link
 * dev.pillars.persistence.tck.CheckInLogContract}; the outbox and the commit counter by {@link
 * dev.pillars.persistence.tck.OutboxContract} and {@link
 * dev.pillars.persistence.tck.CommitCounterContract}; units of work, concurrency, personal data and
 * tenants by {@link dev.pillars.persistence.tck.UnitOfWorkContract}, {@link
 * dev.pillars.persistence.tck.ConcurrencyContract}, {@link
 * dev.pillars.persistence.tck.PersonalDataContract} and {@link
 * dev.pillars.persistence.tck.TenantsContract}. Every test works in tenants of its own, with
 * random names, so the kit can run against a database that keeps data between runs. Against the
 * in-memory store the whole kit takes about 10 seconds.
 *
 * <p>Every type is null-marked: no parameter or result is null unless annotated otherwise.
 */
@NullMarked
package dev.pillars.persistence.tck;

import org.jspecify.annotations.NullMarked;
