package dev.pillars.persistence.tck;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.tck.UnitOfWorkRun.End;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * The kit's one model-based runner: generates runs of up to 10 units of work of up to 6
 * operations each over one or more tenants, replays each against the store and a {@link TckModel}
 * per tenant, ends every unit of work in one of the ways {@link End} names, and compares every
 * tenant with its model after each unit of work.
 */
final class ModelRun {
  private ModelRun() {}

  /**
   * One unit of work of a generated run.
   *
   * @param tenant which tenant it works on
   * @param ops its operations
   * @param end how it ends
   * @param <O> an operation
   */
  record Tx<O>(int tenant, List<O> ops, End end) {}

  /**
   * Generates runs of units of work.
   *
   * @param ops the operations' generator
   * @param tenants how many tenants the units of work pick from
   * @return the generator
   */
  static <O> Gen<List<Tx<O>>> runs(Gen<O> ops, int tenants) {
    Gen<Tx<O>> txs =
        integers()
            .between(0, tenants - 1)
            .zip(
                lists().of(ops).ofSizeBetween(0, 6),
                integers().between(0, 9),
                (tenant, list, end) -> new Tx<>(tenant, list, End.of(end)));
    return lists().of(txs).ofSizeBetween(1, 10);
  }

  /**
   * Checks a model-based property: generated runs give the same reads as the model, on every
   * tenant, after every unit of work.
   *
   * @param model the contract's operations and model
   * @param tenants how many tenants each run works on
   * @param examples how many runs to generate
   */
  static <O, M> void check(TckModel<O, M> model, int tenants, int examples) {
    qt().withExamples(examples).forAll(runs(model.operations(), tenants)).checkAssert(run -> replay(model, tenants, run));
  }

  private static <O, M> void replay(TckModel<O, M> model, int tenantCount, List<Tx<O>> run) {
    List<TenantStore> stores = new ArrayList<>();
    List<M> models = new ArrayList<>();
    for (int t = 0; t < tenantCount; t++) {
      stores.add(model.tenant());
      models.add(model.seed());
    }
    int step = 0;
    for (Tx<O> tx : run) {
      step++;
      M view = model.copy(models.get(tx.tenant()));
      String where = "unit of work " + step + " " + tx;
      boolean committed =
          UnitOfWorkRun.run(
              stores.get(tx.tenant()),
              tx.end(),
              (repositories, inside) ->
                  tx.ops().forEach(op -> model.apply(repositories, view, op, inside, where + ", operation " + op)),
              where);
      if (committed) {
        models.set(tx.tenant(), view);
      }
      for (int t = 0; t < tenantCount; t++) {
        model.compare(stores.get(t), models.get(t), "tenant " + t + " after " + where);
      }
    }
  }
}
