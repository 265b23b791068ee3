package dev.pillars.persistence.tck;

import dev.pillars.persistence.spi.Repositories;
import dev.pillars.persistence.spi.TenantStore;
import org.quicktheories.core.Gen;

/**
 * What a contract gives {@link ModelRun} for its model-based property: how to generate an
 * operation, how to seed a tenant and its model, how to apply an operation to both, and how to
 * compare them. {@link ModelRun} generates runs of units of work, ends each in every way {@link
 * UnitOfWorkRun.End} names and compares every tenant after each.
 *
 * @param <O> an operation; a record, so that a failing run prints itself
 * @param <M> the model of one tenant: what its committed reads must show
 */
interface TckModel<O, M> {
  /**
   * Generates one operation.
   *
   * @return the operations' generator
   */
  Gen<O> operations();

  /**
   * Returns a tenant no test has used, seeded as {@link #seed()} models.
   *
   * @return the tenant
   */
  TenantStore tenant();

  /**
   * Returns the model of a tenant {@link #tenant()} returns.
   *
   * @return a new model
   */
  M seed();

  /**
   * Returns a copy of a model, which a unit of work changes and which replaces the model only if
   * the unit of work commits.
   *
   * @param model the model
   * @return an independent copy
   */
  M copy(M model);

  /**
   * Applies an operation to the store and to the model, checking that it fails where the model
   * says it must and changes the model only if it succeeds.
   *
   * @param repositories the unit of work's repositories, or the tenant store's outside one
   * @param view the model of what the unit of work sees
   * @param operation the operation
   * @param inside whether the operation runs inside a unit of work
   * @param context what the assertion messages name
   */
  void apply(Repositories repositories, M view, O operation, boolean inside, String context);

  /**
   * Checks that a tenant's committed reads show what its model holds.
   *
   * @param tenant the tenant store
   * @param model its model
   * @param where what the assertion messages name
   */
  void compare(TenantStore tenant, M model, String where);
}
