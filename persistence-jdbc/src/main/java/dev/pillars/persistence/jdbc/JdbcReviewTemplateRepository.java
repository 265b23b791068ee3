package dev.pillars.persistence.jdbc;

import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.persistence.spi.ReviewTemplateRepository;

/** The review templates of one tenant in the JDBC store. */
final class JdbcReviewTemplateRepository extends JdbcRepository<ReviewTemplateId, ReviewTemplate>
    implements ReviewTemplateRepository {
  JdbcReviewTemplateRepository(Session session) {
    super(session, session.jdbc().reviewTemplates);
  }
}
