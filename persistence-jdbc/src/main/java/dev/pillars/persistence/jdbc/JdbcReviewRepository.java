package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.persistence.spi.ReviewRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;

/** The reviews of one tenant in the JDBC store, each row holding its whole revision history. */
final class JdbcReviewRepository extends JdbcRepository<ReviewId, Review> implements ReviewRepository {
  JdbcReviewRepository(Session session) {
    super(session, session.jdbc().reviews);
  }

  @Override
  public Stream<Versioned<Review>> streamByCycle(ReviewCycleId cycle) {
    Checks.notNull("cycle", cycle);
    return streamWhere("streamByCycle", "cycle_id = ?", statement -> statement.setString(2, cycle.value()));
  }

  @Override
  public Stream<Versioned<Review>> streamBySubject(EmployeeId subject) {
    Checks.notNull("subject", subject);
    return streamWhere("streamBySubject", "subject_id = ?", statement -> statement.setString(2, subject.value()));
  }
}
