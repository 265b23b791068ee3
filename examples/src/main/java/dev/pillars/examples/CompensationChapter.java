package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.money.Money;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingLevel;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.reward.AllocationRun;
import dev.pillars.core.reward.AllocationRunId;
import dev.pillars.core.reward.BonusCase;
import dev.pillars.core.reward.BonusEligibility;
import dev.pillars.core.reward.BonusPlan;
import dev.pillars.core.reward.BonusPlanId;
import dev.pillars.core.reward.BonusTerms;
import dev.pillars.core.reward.CompaRatioBand;
import dev.pillars.core.reward.IncreaseRange;
import dev.pillars.core.reward.MeritMatrix;
import dev.pillars.core.reward.MeritMatrixId;
import dev.pillars.core.reward.RangeReceipt;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.Session;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.HrGrant;
import dev.pillars.engine.reward.CompensationService;
import dev.pillars.engine.reward.MeritCase;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.scoring.allocation.ScenarioComparison;
import dev.pillars.scoring.allocation.ScenarioLine;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The year ends at Acme: a merit round on a matrix and a bonus pool, each shared out to the cent
 * and kept with a receipt per person, a second budget compared before approval, and pay read back
 * under the access rules (Ana sees her chain's receipts; Tom, the compensation lead, sees all).
 * Final ratings are inputs here: the review pillar will supply them.
 */
final class CompensationChapter {
  static final RatingScale SCALE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
      List.of("unsatisfactory", "partly meets", "meets", "exceeds", "outstanding"));
  static final MeritMatrixId MATRIX = MeritMatrixId.of("merit-2026");
  static final BonusPlanId PLAN = BonusPlanId.of("bonus-2026");
  static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

  /** Each person: id, rating (1 to 5), salary in euros, grade midpoint in euros. */
  private static final Object[][] PEOPLE = {
    {"maria", 4, 210_000, 200_000}, {"tom", 3, 150_000, 140_000}, {"ana", 4, 128_000, 140_000},
    {"ben", 3, 136_000, 140_000}, {"chen", 5, 78_000, 80_000}, {"dana", 3, 41_500, 45_000},
    {"eli", 3, 41_500, 45_000}, {"farah", 4, 83_000, 80_000}, {"gus", 2, 52_000, 55_000},
    {"hana", 3, 79_000, 80_000}, {"ivan", 4, 50_500, 55_000}, {"kofi", 3, 81_000, 80_000},
    {"lena", 1, 56_000, 55_000}, {"marco", 5, 95_000, 100_000}, {"nina", 3, 97_000, 100_000},
  };

  private CompensationChapter() {}

  static void run(PrintStream out, PillarsStore store, TenantId tenant) {
    Pillars pillars = Pillars.builder().store(store).clock(AcmeFirm.CLOCK).build();
    Actor tom = Actor.hr(EmployeeId.of("tom"),
        List.of(HrGrant.tenantWide("Compensation lead", EnumSet.of(Action.MANAGE_COMPENSATION, Action.VIEW_PAY))));
    Session session = pillars.tenant(tenant).as(tom);
    CompensationService pay = session.compensation();
    pay.defineMatrix(matrix());
    pay.definePlan(plan());

    out.println();
    out.println("Year-end compensation (ratings as the reviews will give them)");
    out.println("=============================================================");
    List<MeritCase> cases = meritCases();
    long payroll = cases.stream().mapToLong(c -> c.salary().minor()).sum();
    Money budget = Money.of("EUR", payroll * 32 / 1_000);
    AllocationRun merit = pay.meritRound(AllocationRunId.of("merit-2026"), "2026 merit round", MATRIX, budget, cases);
    out.printf(Locale.ROOT, "Merit round on matrix %s: budget %s (3.2 %% of a payroll of %s)%n",
        MATRIX, budget, Money.of("EUR", payroll));
    printTotals(out, merit);
    Session ana = pillars.tenant(tenant).as(Actor.person(EmployeeId.of("ana")));
    for (String who : List.of("chen", "dana", "gus")) {
      RangeReceipt r = ana.compensation().receipt(merit.id(), EmployeeId.of(who)).orElseThrow();
      out.printf(Locale.ROOT, "  %-6s %-14s salary %-13s cell %-22s -> %s (%s of salary)%s%n", who, r.rating().label(),
          eur(r.base()), r.range(), eur(r.amount()), percent(r.percentBp()),
          r.adjustment() == 0 ? "" : ", " + r.adjustment() + " cent by the tie rule");
    }

    ScenarioComparison tighter = pay.compareMerit(MATRIX, budget, MATRIX, Money.of("EUR", payroll * 28 / 1_000), cases);
    out.printf(Locale.ROOT, "Scenario at 2.8 %%: %s less; %d people lose, most: %s%n", Money.zero(budget.currency())
        .minus(tighter.change()), tighter.losers().size(), describe(tighter.losers().subList(0, Math.min(3, tighter.losers().size()))));

    List<BonusCase> bonuses = bonusCases();
    Money pool = Money.of("EUR", 120_000_00);
    AllocationRun bonus = pay.bonusPool(AllocationRunId.of("bonus-2026"), "2026 bonus pool", PLAN, pool, bonuses);
    out.printf(Locale.ROOT, "Bonus pool under plan %s: %s%n", PLAN, pool);
    printTotals(out, bonus);
    for (String who : List.of("nina", "gus", "lena")) {
      RangeReceipt r = pay.receipt(bonus.id(), EmployeeId.of(who)).orElseThrow();
      out.printf(Locale.ROOT, "  %-6s %-14s prorated target %-12s range %-24s -> %s%n", who, r.rating().label(),
          eur(r.base()), r.range(), eur(r.amount()));
    }
    pay.payForPerformance(merit.id()).correlation().ifPresent(c -> out.printf(Locale.ROOT,
        "Pay for performance, merit round: correlation of rating and increase %.2f%n", c));
  }

  private static void printTotals(PrintStream out, AllocationRun run) {
    long total = run.receipts().stream().mapToLong(RangeReceipt::amount).sum();
    out.printf(Locale.ROOT, "  %d people, total %s against the budget %s: %s, %s%n", run.receipts().size(),
        eur(total), run.budget(), total == run.budget().minor() ? "exact to the cent" : "NOT exact",
        run.outcome().name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  private static String describe(List<ScenarioLine> lines) {
    List<String> parts = new ArrayList<>();
    lines.forEach(l -> parts.add(l.recipient() + " " + eur(l.change())));
    return String.join(", ", parts);
  }

  static Money eur(long cents) {
    return Money.of("EUR", cents);
  }

  private static String percent(long bp) {
    return java.math.BigDecimal.valueOf(bp, 2).toPlainString() + " %";
  }

  static MeritMatrix matrix() {
    int[][] targets = {{0, 0, 0}, {100, 50, 0}, {350, 300, 200}, {500, 400, 300}, {650, 550, 450}};
    List<List<IncreaseRange>> rows = new ArrayList<>();
    for (int[] row : targets) {
      List<IncreaseRange> cells = new ArrayList<>();
      for (int t : row) {
        cells.add(IncreaseRange.of(t * 2 / 3, t, t * 4 / 3));
      }
      rows.add(cells);
    }
    return new MeritMatrix(MATRIX, "2026 merit matrix", SCALE,
        List.of(CompaRatioBand.of(0, 9_000), CompaRatioBand.of(9_000, 11_000), CompaRatioBand.from(11_000)), rows);
  }

  static BonusPlan plan() {
    return new BonusPlan(PLAN, "2026 annual bonus", YEAR, SCALE,
        new BonusTerms(List.of(0, 5_000, 10_000, 13_000, 16_000), 9_500, 20_000,
            new BonusEligibility(90, false, Optional.of("partly meets"))));
  }

  static List<MeritCase> meritCases() {
    List<MeritCase> cases = new ArrayList<>();
    for (Object[] p : PEOPLE) {
      cases.add(new MeritCase(EmployeeId.of((String) p[0]), SCALE.levels().get((Integer) p[1] - 1),
          Money.of("EUR", (Integer) p[2] * 100L), Money.of("EUR", (Integer) p[3] * 100L)));
    }
    return cases;
  }

  /** Target bonus 10 % of salary; Nina joined on 1 April, Gus took 30 days of unpaid leave. */
  static List<BonusCase> bonusCases() {
    List<BonusCase> cases = new ArrayList<>();
    for (Object[] p : PEOPLE) {
      String id = (String) p[0];
      Period employed = Period.of(id.equals("nina") ? LocalDate.of(2026, 4, 1) : LocalDate.of(2019, 3, 1),
          LocalDate.of(2030, 12, 31));
      RatingLevel rating = SCALE.levels().get((Integer) p[1] - 1);
      cases.add(new BonusCase(EmployeeId.of(id), Money.of("EUR", (Integer) p[2] * 10L), rating, employed,
          id.equals("gus") ? 30 : 0));
    }
    return cases;
  }
}
