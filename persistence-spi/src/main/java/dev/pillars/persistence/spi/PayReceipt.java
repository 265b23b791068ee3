package dev.pillars.persistence.spi;

import dev.pillars.core.Checks;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.RangeReceipt;
import java.util.Currency;

/**
 * A person's line in one allocation run (a merit round or a bonus pool), as their export shows
 * it: the run, its currency and their receipt, which replays their amount in minor units. It does
 * not show anyone else's line.
 *
 * @param run the allocation run
 * @param runName the run's name
 * @param currency the currency of the receipt's amounts
 * @param receipt the person's receipt
 */
public record PayReceipt(AllocationRunId run, String runName, Currency currency, RangeReceipt receipt) {
  /**
   * Creates a pay receipt.
   *
   * @param run the allocation run
   * @param runName the run's name
   * @param currency the currency of the receipt's amounts
   * @param receipt the person's receipt
   * @throws NullPointerException if an argument is null
   */
  public PayReceipt {
    Checks.notNull("run", run);
    Checks.notNull("runName", runName);
    Checks.notNull("currency", currency);
    Checks.notNull("receipt", receipt);
  }
}
