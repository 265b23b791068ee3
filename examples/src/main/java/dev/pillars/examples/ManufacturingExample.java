package dev.pillars.examples;

import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.spi.TenantStore;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A mid-sized manufacturing firm cascading "Improve production quality" from the organisation to its
 * two plants, their teams and their people, measured by two KPIs over the first half of 2026.
 *
 * <p>The program works as a host application would: it writes the firm's organisation, KPIs,
 * measurements, goals, alignment and check-ins into a store through the persistence SPI, in units
 * of work, then reads everything back from the store and reports on what it read: the cascade with
 * each goal's score, the check-ins, the SMART findings of every goal, the KPIs' attainment, payout,
 * trend, projection and improvement, and how well the goals are aligned.
 *
 * <p>The store is the in-memory store unless the system property {@code pillars.store} selects
 * another (see {@link ExampleStores}). Everything is deterministic: the data is fixed and the clock
 * stands still on 6 July 2026.
 */
public final class ManufacturingExample {
  private ManufacturingExample() {}

  /**
   * Runs the example on the store the system properties select and prints its report.
   *
   * @param args ignored; {@code -Dpillars.store} and {@code -Dpillars.jdbc.url} select the store
   */
  public static void main(String[] args) {
    try (ExampleStores.OpenStore open = ExampleStores.fromSystemProperties()) {
      run(System.out, open.store(), open.description());
    }
  }

  /** Runs the example on a fresh in-memory store. */
  static void run(PrintStream out) {
    run(out, MemoryStore.create(), "the in-memory store");
  }

  /** Runs the example on a store: writes the firm, reads it back and reports on what it read. */
  static void run(PrintStream out, PillarsStore store, String description) {
    TenantStore tenant = store.forTenant(AcmeFirm.TENANT);
    Firm written = AcmeFirm.firm();
    int unitsOfWork = FirmStore.write(tenant, written);
    Firm firm = FirmStore.read(tenant);

    FirmReport report = new FirmReport(out, firm, new CascadeScores(firm));
    report.printOrganisation();
    printStored(out, firm, tenant, description, unitsOfWork);
    report.printCascade();
    report.printCheckIns();
    report.printSmart();
    report.printKpis();
    report.printAlignment();
  }

  private static void printStored(PrintStream out, Firm firm, TenantStore tenant, String description, int unitsOfWork) {
    long measurements = firm.measurements().stream().mapToLong(s -> s.history().size()).sum();
    out.printf(Locale.ROOT, "  stored in %s (tenant %s) in %d units of work and read back: %d goals, %d links, "
            + "%d KPIs with %d measurements, %d check-ins%n", description, tenant.tenant().value(), unitsOfWork,
        firm.goals().size(), firm.links().size(), firm.kpis().size(), measurements, firm.checkIns().size());
  }
}
