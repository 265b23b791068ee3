package dev.pillars.persistence.jdbc;

import dev.pillars.core.Checks;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.persistence.spi.ReviewCycleRepository;
import dev.pillars.persistence.spi.Versioned;
import java.util.stream.Stream;

/** The review cycles of one tenant in the JDBC store. */
final class JdbcReviewCycleRepository extends JdbcRepository<ReviewCycleId, ReviewCycle> implements ReviewCycleRepository {
  JdbcReviewCycleRepository(Session session) {
    super(session, session.jdbc().reviewCycles);
  }

  @Override
  public Stream<Versioned<ReviewCycle>> streamByTemplate(ReviewTemplateId template) {
    Checks.notNull("template", template);
    return streamWhere("streamByTemplate", "template_id = ?", statement -> statement.setString(2, template.value()));
  }
}
