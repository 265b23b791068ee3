package dev.pillars.persistence.spi;

import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.org.EmployeeId;
import java.util.stream.Stream;

/**
 * The feedback of one tenant, each piece with its version; withdrawn feedback is kept, as an update.
 *
 * <p>Everything {@link AggregateRepository} says holds here. A piece's id is {@link Feedback#id()}.
 *
 * <p><b>The anonymous giver.</b> A store keeps the giver of anonymous feedback where reading the
 * feedback's own records does not show it (the JDBC store: a table of its own, so that its access
 * can be granted apart), and never writes it into a message, a log line or an exception. The
 * repository returns the whole aggregate, giver included: the engine, not the store, decides who
 * may see it.
 */
public interface FeedbackRepository extends AggregateRepository<FeedbackId, Feedback> {

  /**
   * Streams the feedback one employee received, withdrawn included, with the same consistency and
   * closing duties as {@link #stream()}.
   *
   * @param receiver the receiver
   * @return their feedback; the caller closes it
   * @throws NullPointerException if {@code receiver} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Feedback>> streamByReceiver(EmployeeId receiver);

  /**
   * Streams the feedback one employee gave, anonymous and withdrawn included, with the same
   * consistency and closing duties as {@link #stream()}. This is the giver's own view; only the
   * giver themself may be shown the anonymous part of it.
   *
   * @param giver the giver
   * @return their feedback; the caller closes it
   * @throws NullPointerException if {@code giver} is null
   * @throws TransactionStateException if this repository belongs to a unit of work that has ended
   * @throws PersistenceException if the underlying storage fails
   */
  Stream<Versioned<Feedback>> streamByGiver(EmployeeId giver);
}
