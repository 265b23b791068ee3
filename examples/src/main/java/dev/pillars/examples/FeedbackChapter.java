package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.anonymity.GroupResult;
import dev.pillars.core.cadence.CadenceReport;
import dev.pillars.core.cadence.ManagerCadence;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackLink;
import dev.pillars.core.feedback.FeedbackVisibility;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.ThreeSixtyResults;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.kpi.Aggregation;
import dev.pillars.core.kpi.Direction;
import dev.pillars.core.kpi.Frequency;
import dev.pillars.core.kpi.KpiDefinition;
import dev.pillars.core.kpi.KpiId;
import dev.pillars.core.kpi.Measurement;
import dev.pillars.core.oneonone.ActionItem;
import dev.pillars.core.oneonone.NoteVisibility;
import dev.pillars.core.oneonone.OneOnOne;
import dev.pillars.core.oneonone.OneOnOneId;
import dev.pillars.core.org.CompanyValueId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import dev.pillars.core.survey.SurveyMetric;
import dev.pillars.core.survey.SurveyResults;
import dev.pillars.core.survey.SurveyScore;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.Session;
import dev.pillars.engine.Tenant;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.HrGrant;
import dev.pillars.engine.feedback.FeedbackEntry;
import dev.pillars.persistence.spi.PillarsStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A quarter of feedback at Acme, April to June 2026: praise tied to the company's values and an
 * anonymous upward note, a 360 round about Farah whose small rater groups are suppressed, 1:1s
 * between Ana and Chen with an open action carried over, a June pulse survey whose engagement index
 * becomes a KPI measurement, and each manager's cadence on July 6th.
 */
final class FeedbackChapter {
  static final KpiId ENGAGEMENT = KpiId.of("engagement-index");
  private static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
      List.of("never", "rarely", "sometimes", "often", "always"));
  /** Maria Keller, with HR's grant for surveys, cadence and the engagement KPI. */
  private static final Actor HR = Actor.hr(EmployeeId.of("maria"), List.of(HrGrant.tenantWide("HR lead", EnumSet.of(
      Action.RUN_SURVEY, Action.VIEW_SURVEY_RESULTS, Action.VIEW_CADENCE, Action.VIEW_THREE_SIXTY,
      Action.DEFINE_KPI, Action.RECORD_MEASUREMENT, Action.VIEW_KPI))));

  private FeedbackChapter() {}

  /** Runs the chapter on a store that holds the firm's organisation in the tenant. */
  static void run(PrintStream out, PillarsStore store, TenantId tenant) {
    Organisation organisation = AcmeFirm.organisation();
    String title = "A quarter of feedback, April to June 2026";
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));
    praise(out, store, tenant);
    threeSixty(out, store, tenant);
    oneOnOnes(out, store, tenant);
    pulse(out, store, tenant);
    Session hr = on(store, tenant, AcmeFirm.CLOCK).as(HR);
    CadenceReport cadence = hr.cadence().tenant(90);
    out.println("Cadence on " + cadence.asOf() + ", last 90 days (reports without feedback, without a 1:1):");
    for (ManagerCadence manager : cadence.managers()) {
      out.printf(Locale.ROOT, "  %-14s %d reports  %3.0f %%  %3.0f %%%n", organisation.employee(manager.manager()).orElseThrow().displayName(),
          manager.reports(), 100 * manager.shareWithoutFeedback(), 100 * manager.shareWithoutOneOnOne());
    }
  }

  private static void praise(PrintStream out, PillarsStore store, TenantId tenant) {
    Session chen = at(store, tenant, "2026-04-08").as(person("chen"));
    chen.feedback().give(feedback("fb-1", FeedbackKind.PRAISE, "chen", "dana", "2026-04-08",
        "You stopped the line when the guard came loose", FeedbackVisibility.PUBLIC).link(FeedbackLink.value(CompanyValueId.of("safety"))).build());
    at(store, tenant, "2026-04-15").as(person("farah")).feedback().give(feedback("fb-2", FeedbackKind.PRAISE, "farah", "gus", "2026-04-15",
        "Every report closed within two days", FeedbackVisibility.RECEIVER_AND_MANAGER).link(FeedbackLink.value(CompanyValueId.of("craft"))).build());
    at(store, tenant, "2026-05-12").as(person("eli")).feedback().give(feedback("fb-3", FeedbackKind.UPWARD, "eli", "chen", "2026-05-12",
        "Stand-ups run long; the second half rarely concerns us", FeedbackVisibility.RECEIVER).anonymous(true).build());
    Session now = on(store, tenant, AcmeFirm.CLOCK).as(person("chen"));
    FeedbackEntry upward = now.feedback().feedback(FeedbackId.of("fb-3"));
    out.println("Praise tied to values: chen -> dana (safety, public), farah -> gus (craft, for gus and his managers)");
    out.println("  nina reads of gus's feedback: " + at(store, tenant, "2026-07-06").as(person("nina")).feedback()
        .receivedBy(EmployeeId.of("gus")).size() + " entries; of dana's: " + at(store, tenant, "2026-07-06").as(person("nina"))
        .feedback().receivedBy(EmployeeId.of("dana")).size());
    out.println("  chen reads an upward note: \"" + upward.content().text() + "\", from " + upward.giver().map(EmployeeId::value).orElse("(anonymous)"));
  }

  private static void threeSixty(PrintStream out, PillarsStore store, TenantId tenant) {
    ThreeSixtyRoundId id = ThreeSixtyRoundId.of("2026-q2-360:farah");
    Map<RaterGroup, Map<String, List<Double>>> answers = new TreeMap<>(Map.of(
        RaterGroup.MANAGER, Map.of("ana", List.of(5.0, 4.0)),
        RaterGroup.PEERS, Map.of("chen", List.of(4.0, 4.0), "hana", List.of(5.0, 3.0), "kofi", List.of(4.0, 5.0), "marco", List.of(3.0, 4.0)),
        RaterGroup.REPORTS, Map.of("gus", List.of(2.0, 3.0)),
        RaterGroup.OTHERS, Map.of("nina", List.of(4.0, 4.0))));
    Map<RaterGroup, Set<EmployeeId>> raters = new TreeMap<>();
    answers.forEach((group, marks) -> raters.put(group, marks.keySet().stream().map(EmployeeId::of).collect(Collectors.toSet())));
    Tenant april = at(store, tenant, "2026-04-20");
    april.as(person("ana")).threeSixty().open(ThreeSixtyRound.of(id, EmployeeId.of("farah"), raters,
        List.of(Question.scaled("Explains the why", FIVE), Question.scaled("Follows through", FIVE)), LocalDate.of(2026, 5, 8),
        AnonymityThreshold.DEFAULT));
    answers.values().forEach(group -> group.forEach((rater, marks) -> april.as(person(rater)).threeSixty().respond(id, marks)));
    ThreeSixtyResults results = on(store, tenant, AcmeFirm.CLOCK).as(person("farah")).threeSixty().results(id);
    out.println("360 round about farah, closed 2026-05-08 (k = 3), as she reads it:");
    for (GroupResult group : results.anonymous().groups()) {
      out.println("  " + line(group));
    }
    out.println("  " + line(results.anonymous().total()));
  }

  private static String line(GroupResult group) {
    return String.format(Locale.ROOT, "%-8s %s", group.group(), group.summary()
        .map(s -> s.responses() + " answers, means " + s.means().stream().map(m -> String.format(Locale.ROOT, "%.2f", m)).toList())
        .orElseGet(() -> "suppressed: " + group.suppressedBecause().orElseThrow()));
  }

  private static void oneOnOnes(PrintStream out, PillarsStore store, TenantId tenant) {
    OneOnOneId may = OneOnOneId.of("ana-chen-2026-05");
    OneOnOneId june = OneOnOneId.of("ana-chen-2026-06");
    Session ana = at(store, tenant, "2026-05-04").as(person("ana"));
    Session chen = at(store, tenant, "2026-05-04").as(person("chen"));
    ana.oneOnOnes().schedule(may, EmployeeId.of("ana"), EmployeeId.of("chen"), LocalDate.of(2026, 5, 4));
    chen.oneOnOnes().addAgendaItem(may, "Fixture roll-out on line 2");
    ana.oneOnOnes().addNote(may, NoteVisibility.PRIVATE, "Chen is ready for the south plant project");
    chen.oneOnOnes().addNote(may, NoteVisibility.SHARED, "Roll-out slips a week: parts from the supplier");
    ana.oneOnOnes().agreeAction(may, ActionItem.open("Call the supplier about the parts", EmployeeId.of("ana"), LocalDate.of(2026, 5, 11)));
    chen.oneOnOnes().agreeAction(may, ActionItem.open("Train the night shift on the fixtures", EmployeeId.of("chen"), LocalDate.of(2026, 5, 29)));
    ana.oneOnOnes().completeAction(may, 0);
    ana.oneOnOnes().markHeld(may);
    OneOnOne next = ana.oneOnOnes().carryOver(may, june, LocalDate.of(2026, 6, 1));
    at(store, tenant, "2026-06-01").as(person("chen")).oneOnOnes().markHeld(june);
    Session chenLater = on(store, tenant, AcmeFirm.CLOCK).as(person("chen"));
    out.println("1:1s of ana and chen: May 4th held, June 1st held with " + next.actions().size()
        + " open action carried over: " + next.actions().stream().map(ActionItem::text).toList());
    out.println("  notes chen reads of May 4th: " + chenLater.oneOnOnes().oneOnOne(may).notes().size()
        + " (ana's private note is hers alone); ana reads: " + on(store, tenant, AcmeFirm.CLOCK).as(person("ana")).oneOnOnes().oneOnOne(may).notes().size());
    at(store, tenant, "2026-05-06").as(person("chen")).oneOnOnes().schedule(OneOnOneId.of("chen-dana-2026-05"),
        EmployeeId.of("chen"), EmployeeId.of("dana"), LocalDate.of(2026, 5, 6));
    at(store, tenant, "2026-05-06").as(person("dana")).oneOnOnes().markHeld(OneOnOneId.of("chen-dana-2026-05"));
  }

  private static void pulse(PrintStream out, PillarsStore store, TenantId tenant) {
    SurveyId id = SurveyId.of("2026-06-pulse");
    List<Double> zeroToTen = IntStream.rangeClosed(0, 10).mapToObj(i -> (double) i).toList();
    RatingScale recommend = RatingScale.of(zeroToTen, zeroToTen.stream().map(v -> String.valueOf(v.intValue())).toList());
    Set<EmployeeId> everyone = AcmeFirm.organisation().employees().stream().map(e -> e.id()).collect(Collectors.toSet());
    Session hrInJune = at(store, tenant, "2026-06-08").as(HR);
    hrInJune.kpis().define(KpiDefinition.builder().id(ENGAGEMENT).name("Engagement index").unit("points")
        .direction(Direction.HIGHER_IS_BETTER).aggregation(Aggregation.LAST).frequency(Frequency.MONTHLY).build());
    hrInJune.surveys().launch(Survey.of(id, "June pulse", List.of(Question.scaled("I know what is expected of me", FIVE),
            Question.scaled("I would recommend Acme as a place to work", recommend)), Optional.of(1), everyone,
        Period.of(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 6, 14)), AnonymityThreshold.DEFAULT));
    Map<String, List<Double>> responses = Map.of("ana", List.of(5.0, 9.0), "chen", List.of(4.0, 8.0), "dana", List.of(5.0, 10.0),
        "eli", List.of(3.0, 6.0), "farah", List.of(4.0, 9.0), "gus", List.of(4.0, 7.0), "hana", List.of(4.0, 8.0),
        "ivan", List.of(2.0, 5.0), "kofi", List.of(5.0, 9.0), "lena", List.of(3.0, 7.0));
    new TreeMap<>(responses).forEach((who, marks) -> at(store, tenant, "2026-06-10").as(person(who)).surveys().respond(id, marks));
    Session hr = on(store, tenant, AcmeFirm.CLOCK).as(HR);
    SurveyResults results = hr.surveys().results(id);
    out.println("June pulse: " + responses.size() + " of " + everyone.size() + " responded, each anonymously; results per unit (k = 3):");
    for (SurveyScore score : results.scores()) {
      out.printf(Locale.ROOT, "  %-16s %2d responses  engagement %.1f  eNPS %+.0f%n", score.group(), score.responses(),
          score.engagementIndex().orElseThrow(), score.enps().orElseThrow());
    }
    long suppressed = results.anonymous().groups().stream().filter(g -> !g.isShown()).count();
    out.println("  " + suppressed + " units suppressed (fewer than 3 responses, or so that they cannot be derived from the total)");
    Measurement recorded = hr.surveys().recordKpi(id, ENGAGEMENT, SurveyMetric.ENGAGEMENT_INDEX);
    out.printf(Locale.ROOT, "  recorded as KPI %s: %.1f on %s%n", ENGAGEMENT.value(), recorded.value(), recorded.observedOn());
  }

  private static Feedback.Builder feedback(String id, FeedbackKind kind, String giver, String receiver, String day, String text,
      FeedbackVisibility visibility) {
    Feedback.Builder builder = Feedback.builder();
    builder.id(FeedbackId.of(id)).kind(kind).giver(EmployeeId.of(giver)).receiver(EmployeeId.of(receiver)).text(text)
        .visibility(visibility).givenAt(LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.UTC));
    return builder;
  }

  /** The engine as it stands at ten in the morning of a day, on the chapter's store. */
  private static Tenant at(PillarsStore store, TenantId tenant, String day) {
    return on(store, tenant, Clock.fixed(LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private static Tenant on(PillarsStore store, TenantId tenant, Clock clock) {
    return Pillars.builder().store(store).clock(clock).build().tenant(tenant);
  }

  private static Actor person(String id) {
    return Actor.person(EmployeeId.of(id));
  }
}
