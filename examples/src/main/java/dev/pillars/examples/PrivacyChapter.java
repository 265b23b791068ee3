package dev.pillars.examples;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.TenantId;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.persistence.spi.PersistenceException;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.PillarsStore;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Locale;

/**
 * The privacy chapter of the manufacturing example, after every pillar has run: Chen asks what is
 * held about him and gets each pillar's part; HR's export of him differs only by the anonymous
 * feedback he gave; and a host writing straight to the store a points budget that overlaps one he
 * already has is refused by the store itself, not only by the engine.
 */
final class PrivacyChapter {
  private static final Actor HR = Actor.system("hr-suite", EnumSet.allOf(Action.class));

  private PrivacyChapter() {}

  static void run(PrintStream out, PillarsStore store, TenantId tenant) {
    Pillars pillars = Pillars.builder().store(store).clock(AcmeFirm.CLOCK).build();
    EmployeeId chen = EmployeeId.of("chen");
    PersonalDataExport own = pillars.tenant(tenant).as(Actor.person(chen)).privacy().export(chen);
    out.println();
    out.println("Privacy: Chen asks what is held about him, across every pillar");
    out.printf(Locale.ROOT, "  goals %d, check-ins %d, reviews %d (with %d revisions), calibration adjustments %d%n",
        own.goals().size(), own.checkIns().size(), own.reviews().size(),
        own.reviews().stream().mapToInt(r -> r.revisions().size()).sum(), own.calibrationAdjustments().size());
    out.printf(Locale.ROOT, "  assessments %d, development plans %d, coaching sessions %d, succession candidacies %d%n",
        own.assessments().size(), own.developmentPlans().size(), own.coachingSessions().size(),
        own.successionCandidacies().size());
    out.printf(Locale.ROOT, "  recognitions %d, points budgets %d, pay receipts %d, feedback received %d and given %d,"
        + " 1:1s %d%n", own.recognitions().size(), own.pointsBudgets().size(), own.payReceipts().size(),
        own.feedbackReceived().size(), own.feedbackGiven().size(), own.oneOnOnes().size());
    own.payReceipts().forEach(p -> out.printf(Locale.ROOT, "  pay: %s, %s, its receipt replays it exactly: %s%n",
        p.runName(), new Money(p.currency(), p.receipt().amount()),
        p.receipt().replay() == p.receipt().amount() ? "yes" : "no"));
    PersonalDataExport byHr = pillars.tenant(tenant).as(HR).privacy().export(chen);
    out.println("  the same export asked for by HR leaves out only the anonymous feedback he gave: "
        + (byHr.equals(own.withoutAnonymousFeedbackGiven()) ? "yes" : "no"));
    own.pointsBudgets().stream().findFirst().ifPresent(budget -> {
      try {
        store.forTenant(tenant).runInTransaction(work -> work.pointsBudgets().insert(
            PointsBudget.of(PointsBudgetId.of("chen-extra"), chen, budget.period(), 50)));
        out.println("  a second budget for the same period was stored");
      } catch (InvalidInputException | PersistenceException refused) {
        out.println("  a second points budget for " + budget.period() + " is refused by the store: " + refused.getMessage());
      }
    });
  }
}
