package dev.pillars.persistence.jdbc;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewStatus;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reviews as rows of the {@code reviews} table: who and what as typed columns, the draft and the
 * revisions (with every amendment) as JSON text ({@link ReviewJson}).
 */
final class ReviewMapping extends Mapping<ReviewId, Review> {
  static final ReviewMapping INSTANCE = new ReviewMapping();

  private ReviewMapping() {
    super(
        "Review",
        "ReviewRepository",
        "reviews",
        List.of("cycle_id", "subject_id", "author_id", "role", "status", "draft", "revisions", "acknowledged_at"));
  }

  @Override
  ReviewId idOf(Review review) {
    return review.id();
  }

  @Override
  String key(ReviewId id) {
    return id.value();
  }

  @Override
  List<EmployeeId> employeesNamedBy(Review review) {
    List<EmployeeId> named = new ArrayList<>(List.of(review.subject(), review.author()));
    review.revisions().forEach(r -> named.add(r.actor()));
    return named;
  }

  @Override
  void bind(PreparedStatement s, int first, Review review) throws SQLException {
    int i = first;
    s.setString(i++, review.cycle().value());
    s.setString(i++, review.subject().value());
    s.setString(i++, review.author().value());
    s.setString(i++, review.role().name());
    s.setString(i++, review.status().name());
    s.setString(i++, JsonTree.write(ReviewJson.content(review.draft())));
    s.setString(i++, JsonTree.write(ReviewJson.revisions(review.revisions())));
    s.setString(i, review.acknowledgedAt().map(Instant::toString).orElse(null));
  }

  @Override
  Review read(String id, ResultSet r, int first) throws SQLException {
    int i = first;
    Review.Builder review = Review.builder()
        .id(ReviewId.of(id))
        .cycle(ReviewCycleId.of(r.getString(i++)))
        .subject(EmployeeId.of(r.getString(i++)))
        .author(EmployeeId.of(r.getString(i++)))
        .role(ReviewRole.valueOf(r.getString(i++)))
        .status(ReviewStatus.valueOf(r.getString(i++)))
        .draft(ReviewJson.content(JsonTree.read("review draft JSON", r.getString(i++))))
        .addAllRevisions(ReviewJson.revisions(JsonTree.read("review revisions JSON", r.getString(i++))));
    String acknowledged = r.getString(i);
    if (acknowledged != null) {
      review.acknowledgedAt(Instant.parse(acknowledged));
    }
    return review.build();
  }
}
