package dev.pillars.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.TenantId;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.persistence.spi.TenantStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A DBA reading the feedback table alone does not see who gave anonymous feedback. */
class FeedbackAnonymityAtRestTest {
  @RegisterExtension static final MigratedDatabase DATABASE = MigratedDatabase.h2();

  @Test
  void theAnonymousGiverIsOnlyInItsOwnTable() {
    TenantStore tenant = JdbcStore.builder(DATABASE.pooled()).options(DATABASE.options()).build().forTenant(TenantId.of("acme"));
    Feedback anonymous = Feedback.builder()
        .id(FeedbackId.of("f1")).kind(FeedbackKind.CONSTRUCTIVE).giver(EmployeeId.of("secret-giver"))
        .receiver(EmployeeId.of("ben")).anonymous(true).text("Say why before how").givenAt(Instant.parse("2026-03-02T09:00:00Z"))
        .build();
    tenant.runInTransaction(work -> work.feedback().insert(anonymous));

    Map<String, List<String>> dump = TableDump.of(DATABASE.pooled(), DATABASE.options());
    String feedbackTable = DATABASE.options().tablePrefix() + "feedback";
    String giversTable = DATABASE.options().tablePrefix() + "feedback_anonymous_givers";
    assertThat(dump.get(feedbackTable)).hasSize(1).noneMatch(row -> row.contains("secret-giver"));
    assertThat(dump.get(giversTable)).singleElement().asString().contains("secret-giver");
    assertThat(tenant.feedback().find(anonymous.id()).orElseThrow().value()).isEqualTo(anonymous);

    tenant.runInTransaction(work -> work.feedback().update(anonymous.withdraw(EmployeeId.of("secret-giver"), java.time.Clock.fixed(Instant.parse("2026-03-03T00:00:00Z"), java.time.ZoneOffset.UTC)).value(), 1));
    assertThat(TableDump.of(DATABASE.pooled(), DATABASE.options()).get(giversTable)).hasSize(1);
    tenant.runInTransaction(work -> work.feedback().delete(anonymous.id(), 2));
    assertThat(TableDump.of(DATABASE.pooled(), DATABASE.options()).get(giversTable)).isEmpty();
  }
}
