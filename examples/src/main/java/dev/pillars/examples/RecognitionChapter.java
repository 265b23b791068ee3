package dev.pillars.examples;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.recognition.PointsBudget;
import dev.pillars.core.recognition.PointsBudgetId;
import dev.pillars.core.recognition.Recognition;
import dev.pillars.core.recognition.RecognitionId;
import dev.pillars.core.recognition.RecognitionReach;
import dev.pillars.core.recognition.UnitReach;
import dev.pillars.core.recognition.Visibility;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.Tenant;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.recognition.RecognitionService;
import dev.pillars.persistence.spi.PillarsStore;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Acme's people recognise each other through the first half of 2026, each recognition tied to one
 * of the company's values: the leads spend points from budgets HR allotted them, one recognition is
 * withdrawn and its points come back, an award beyond the budget is refused, and HR reads the
 * recognition reach per unit with its Gini coefficients.
 */
final class RecognitionChapter {
  static final Period YEAR = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  static final CompanyValueId SAFETY = CompanyValueId.of("safety");
  static final CompanyValueId CUSTOMER = CompanyValueId.of("customer-first");
  static final CompanyValueId OWNERSHIP = CompanyValueId.of("ownership");
  static final CompanyValueId CRAFT = CompanyValueId.of("craft");
  private static final List<String> LEADS = List.of("ana", "ben", "chen", "farah", "hana", "kofi", "tom");
  private static final long ALLOWANCE = 200;

  private RecognitionChapter() {}

  /** Runs the chapter on a store that holds the firm's organisation in the tenant. */
  static void run(PrintStream out, PillarsStore store, TenantId tenant) {
    Tenant acme = Pillars.builder().store(store).clock(AcmeFirm.CLOCK).build().tenant(tenant);
    RecognitionService hr = acme.as(Actor.system("hr-portal",
        EnumSet.of(Action.ALLOT_POINTS_BUDGET, Action.VIEW_POINTS_BUDGET, Action.VIEW_RECOGNITION_REACH))).recognition();
    Organisation organisation = AcmeFirm.organisation();
    out.println();
    out.printf(Locale.ROOT, "Recognition in %s: budgets of %d points for 2026 to %s%n", organisation.rootUnits().get(0).name(),
        ALLOWANCE, LEADS.stream().map(id -> name(organisation, id)).collect(Collectors.joining(", ")));
    for (String lead : LEADS) {
      hr.allot(PointsBudget.of(budget(lead), EmployeeId.of(lead), YEAR, ALLOWANCE));
    }

    give(acme, "r-01", "ana", SAFETY, Visibility.PUBLIC, 40, "2026-01-20", "Stopped line 2 when the guard was loose", "dana");
    give(acme, "r-02", "chen", CRAFT, Visibility.PUBLIC, 25, "2026-02-11", "Re-rigged the torque station in a night", "dana", "eli");
    give(acme, "r-03", "farah", CUSTOMER, Visibility.MANAGERS, 30, "2026-03-04", "Traced the customer's complaint to a batch", "gus");
    give(acme, "r-04", "dana", OWNERSHIP, Visibility.PUBLIC, 0, "2026-03-18", "Took over the shift schedule", "eli");
    give(acme, "r-05", "hana", SAFETY, Visibility.PUBLIC, 50, "2026-04-02", "Wrote the coolant-spill drill", "ivan");
    give(acme, "r-06", "kofi", CRAFT, Visibility.PRIVATE, 20, "2026-04-22", "First audit without a finding", "lena");
    give(acme, "r-07", "tom", OWNERSHIP, Visibility.PUBLIC, 60, "2026-05-06", "Led the scrap kaizen across both plants", "marco", "chen");
    give(acme, "r-08", "ben", CUSTOMER, Visibility.PUBLIC, 40, "2026-05-27", "Expedited the recall parts", "hana", "kofi");
    give(acme, "r-09", "ana", CRAFT, Visibility.PUBLIC, 40, "2026-06-10", "Calibrated every gauge before the audit", "gus");
    give(acme, "r-10", "ana", OWNERSHIP, Visibility.PUBLIC, 30, "2026-06-24", "Covered the lab during the move", "farah");
    acme.as(Actor.person(EmployeeId.of("ana"))).recognition().withdraw(RecognitionId.of("r-09"));
    out.println("  10 recognitions given; Ana withdrew r-09 (given to the wrong person) and got its 40 points back");
    try {
      give(acme, "r-11", "tom", CUSTOMER, Visibility.PUBLIC, 90, "2026-07-01", "Closed the key-account escalation", "maria");
    } catch (InvalidInputException refused) {
      out.println("  refused: Tom's award of 90 points: " + refused.getMessage());
    }

    out.println("  budgets (allowance, spent, left):");
    for (String lead : LEADS) {
      PointsBudget budget = hr.budget(budget(lead));
      out.printf(Locale.ROOT, "    %-12s %4d %4d %4d%n", name(organisation, lead), budget.allowance(), budget.spent(), budget.remaining());
    }
    List<Recognition> toDana = acme.as(Actor.person(EmployeeId.of("dana"))).recognition().receivedBy(EmployeeId.of("dana"));
    out.printf(Locale.ROOT, "  Dana reads %d recognitions of her own: %s%n", toDana.size(),
        toDana.stream().map(r -> "\"" + r.message() + "\" (" + r.value() + ", " + r.pointsEach() + " points)")
            .collect(Collectors.joining(", ")));
    printReach(out, organisation, hr.reach(YEAR));
  }

  private static void printReach(PrintStream out, Organisation organisation, RecognitionReach reach) {
    out.printf(Locale.ROOT, "  reach in %s (Gini: 0 when everyone got the same, near 1 when one person got it all):%n",
        reach.period());
    out.printf(Locale.ROOT, "    %-22s %12s %16s %11s%n", "unit", "recognised", "Gini (count)", "Gini (pts)");
    Stream<UnitReach> belowTheRoot = organisation.units().stream()
        .filter(unit -> unit.parent().isPresent())
        .map(unit -> reach.unit(unit.id()));
    Stream.concat(Stream.of(reach.overall()), belowTheRoot).forEach(unit -> out.printf(Locale.ROOT,
        "    %-22s %5d of %-4d %16.3f %11.3f%n", unitName(organisation, unit), unit.recognised().size(), unit.people(),
        unit.recognitionsGini(), unit.pointsGini()));
    UnitReach all = reach.overall();
    out.printf(Locale.ROOT, "    not recognised yet: %s%n",
        all.notRecognised().stream().map(id -> name(organisation, id.value())).collect(Collectors.joining(", ")));
  }

  private static void give(Tenant acme, String id, String giver, CompanyValueId value, Visibility visibility, int points,
      String day, String message, String... receivers) {
    Recognition.Builder recognition = Recognition.builder();
    recognition.id(RecognitionId.of(id)).giver(EmployeeId.of(giver)).value(value).message(message)
        .visibility(visibility).pointsEach(points).givenOn(LocalDate.parse(day));
    for (String receiver : receivers) {
      recognition.addReceivers(EmployeeId.of(receiver));
    }
    acme.as(Actor.person(EmployeeId.of(giver))).recognition().give(recognition.build());
  }

  private static PointsBudgetId budget(String lead) {
    return PointsBudgetId.of(lead + "-2026");
  }

  private static String name(Organisation organisation, String id) {
    return organisation.employee(EmployeeId.of(id)).map(Employee::displayName).orElse(id);
  }

  private static String unitName(Organisation organisation, UnitReach unit) {
    return unit.unit().flatMap(organisation::unit).map(OrgUnit::name).orElse("whole firm");
  }
}
