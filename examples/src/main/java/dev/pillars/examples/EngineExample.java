package dev.pillars.examples;

import dev.pillars.core.TenantId;
import dev.pillars.core.alignment.AlignmentLink;
import dev.pillars.core.goal.CheckIn;
import dev.pillars.core.goal.Goal;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.goal.GoalTemplate;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.kpi.MeasurementSeries;
import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.org.OrganisationDiff;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.Session;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.goal.Assignment;
import dev.pillars.engine.org.LeaverRule;
import dev.pillars.engine.score.GoalScore;
import dev.pillars.engine.score.ScoreChange;
import dev.pillars.persistence.spi.ErasureReport;
import dev.pillars.persistence.spi.PersonalDataExport;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import dev.pillars.scoring.registry.StrategyRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The manufacturer's half-year run through the engine only, as a host application would: no store
 * written by hand, no cascade built, no event listener wired. The HR system synchronises the
 * organisation and agrees the goals, the plant systems feed the KPIs, people check in as
 * themselves; the engine checks every call against the access policy, keeps every score current
 * and delivers the events after each commit. Then what-if, a goal template for a new half-year,
 * a leaver with the right to be forgotten, and a look at the events.
 */
public final class EngineExample {

  private EngineExample() {}

  /**
   * Runs the example on the store the system properties select (the in-memory store by default)
   * and prints what happened.
   *
   * @param args ignored; {@code -Dpillars.store} and {@code -Dpillars.jdbc.url} select the store
   */
  public static void main(String[] args) {
    try (ExampleStores.OpenStore open = ExampleStores.fromSystemProperties()) {
      run(System.out, open.store(), open.tenant());
    }
  }

  /** Runs the example on a store, in a tenant it has not written yet. */
  static void run(PrintStream out, PillarsStore store, TenantId tenant) {
    AcmeEngine.ScenarioClock clock = new AcmeEngine.ScenarioClock(Instant.parse("2026-01-02T08:00:00Z"));
    List<PublishedEvent> delivered = new CopyOnWriteArrayList<>();
    Pillars pillars = AcmeEngine.pillars(store, clock, delivered::addAll);
    Session hr = pillars.tenant(tenant).as(AcmeEngine.HR_SYSTEM);

    String title = "The engine at work: Acme Precision Parts' half-year through one entry point";
    out.println();
    out.println(title);
    out.println("=".repeat(title.length()));

    AcmeEngine.Entered entered = AcmeEngine.enter(pillars, tenant, clock);
    out.printf("Organisation synchronised from the HR system: %d people joined, %d units%n",
        entered.organisation().joiners().size(), entered.organisation().unitsAdded().size());
    out.printf("Goals agreed: %d created and activated, %d alignment links%n", entered.goals(), entered.links());
    out.printf("Measurements from the plant systems: %d recorded, %d corrected%n", entered.recorded(), entered.corrected());
    out.printf("Check-ins by the goals' owners, each acting as themself: %d%n", entered.checkIns());
    Organisation organisation = hr.organisation().snapshot();

    out.println();
    GoalScore quality = hr.scores().of(AcmeFirm.OBJECTIVE).orElseThrow();
    out.printf("\"%s\" scores %s, kept current by the engine:%n", titleOf(hr, AcmeFirm.OBJECTIVE),
        Wording.percent(quality.value()));
    ReceiptTable.percentages(quality.receipt().orElseThrow(), goal -> titleOf(hr, GoalId.of(goal)))
        .print(out, "  ", "aligned goal", List.of());

    out.println();
    EmployeeId lena = EmployeeId.of("lena");
    GoalId danaStops = GoalId.of("dana-stops");
    try {
      pillars.tenant(tenant).as(Actor.person(lena)).goals().checkIn(danaStops, 0.9, 0.9, Optional.empty());
    } catch (AccessDeniedException denied) {
      out.println("Lena tries to check in on Dana's goal, and is refused:");
      out.println("  " + denied.getMessage());
    }
    Session ana = pillars.tenant(tenant).as(Actor.person(EmployeeId.of("ana")));
    out.printf("Ana, Dana's manager two levels up, may see it: \"%s\"%n",
        ana.goals().find(danaStops).orElseThrow().title());

    out.println();
    out.println("What if next week's defect rate were 2.8 %? (nothing is stored, no event is sent)");
    LocalDate nextWeek = AcmeFirm.FIRST_WEEK.plusWeeks(AcmeFirm.WEEKS);
    List<ScoreChange> changes = hr.whatIf().measure(AcmeFirm.DEFECT_RATE, nextWeek, 2.8).run();
    for (ScoreChange change : changes) {
      out.printf("  \"%s\": %s -> %s%n", titleOf(hr, change.goal()),
          change.before().map(s -> Wording.percent(s.value())).orElse("no score"),
          change.after().map(s -> Wording.percent(s.value())).orElse("no score"));
    }

    out.println();
    clock.at(Instant.parse("2026-07-06T09:00:00Z"));
    Goal prototype = Goal.builder().id(GoalId.of("h2-safety-walks")).title("Lead a weekly safety walk on the shop floor")
        .owner(GoalOwner.employee(EmployeeId.of("maria"))).level(GoalLevel.INDIVIDUAL)
        .period(dev.pillars.core.Period.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)))
        .measure(GoalMeasure.manual(0)).build();
    GoalTemplate shiftLeads = new GoalTemplate("shift leads, second half of 2026",
        List.of(GoalTemplate.Entry.alignedTo(prototype, AcmeFirm.OBJECTIVE, 1.0)));
    List<EmployeeId> leads = List.of(EmployeeId.of("chen"), EmployeeId.of("hana"), EmployeeId.of("kofi"));
    Assignment assignment = hr.goals().assign(shiftLeads, leads, leads.size());
    out.printf("Template \"%s\" given to %d people at once: %d goals and %d links, checked in full first,"
        + " written in %d unit of work%n", assignment.template(), assignment.people(), assignment.goals(),
        assignment.links(), assignment.unitsOfWork());

    out.println();
    PersonalDataExport gus = pillars.tenant(tenant).as(Actor.person(EmployeeId.of("gus"))).privacy()
        .export(EmployeeId.of("gus"));
    out.printf("Gus asks what is held about him: his record, goals: %d, check-ins: %d%n",
        gus.goals().size(), gus.checkIns().size());
    Map<GoalId, Optional<GoalScore>> before = new TreeMap<>(Comparator.comparing(GoalId::value));
    AcmeFirm.draftGoals().forEach(g -> before.put(g.id(), hr.scores().of(g.id())));
    List<Employee> stay = organisation.employees().stream()
        .filter(e -> !e.id().equals(lena)).collect(Collectors.toList());
    hr.organisation().synchronise(Organisation.of(tenant, organisation.units(), stay), LeaverRule.TRANSFER_TO_MANAGER);
    out.printf("Lena leaves: her open goal \"%s\" passes to %s%n", titleOf(hr, GoalId.of("lena-quality")),
        nameOf(hr, ownerOf(hr, GoalId.of("lena-quality"))));
    ErasureReport erased = hr.privacy().erase(EmployeeId.of("gus"));
    boolean unchanged = AcmeFirm.draftGoals().stream().allMatch(g -> hr.scores().of(g.id()).equals(before.get(g.id())));
    out.printf("Gus asks to be forgotten: records now naming a pseudonym: %d, comments removed: %d;"
        + " every score unchanged: %s%n", erased.pseudonymised(), erased.redacted(), unchanged ? "yes" : "no");

    out.println();
    Map<String, Long> byType = delivered.stream().collect(Collectors.groupingBy(
        e -> e.event().getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
    out.printf("Events delivered after their commits, each with its tenant, actor and id: %d%n", delivered.size());
    byType.forEach((type, count) -> out.printf(Locale.ROOT, "  %-22s %d%n", type, count));
  }

  private static EmployeeId ownerOf(Session hr, GoalId goal) {
    return ((GoalOwner.Employee) hr.goals().find(goal).orElseThrow().owner()).id();
  }

  private static String titleOf(Session hr, GoalId goal) {
    return hr.goals().find(goal).orElseThrow().title();
  }

  private static String nameOf(Session hr, EmployeeId employee) {
    return hr.organisation().snapshot().employee(employee).orElseThrow().displayName();
  }
}
