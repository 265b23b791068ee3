package dev.pillars.examples;

import dev.pillars.core.Period;
import dev.pillars.core.TenantId;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.competency.CompetencyId;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.review.CycleStatus;
import dev.pillars.core.review.ProposedRating;
import dev.pillars.core.review.Review;
import dev.pillars.core.review.ReviewContent;
import dev.pillars.core.review.ReviewCycle;
import dev.pillars.core.review.ReviewCycleId;
import dev.pillars.core.review.ReviewId;
import dev.pillars.core.review.ReviewPhase;
import dev.pillars.core.review.ReviewQuestion;
import dev.pillars.core.review.ReviewRevision;
import dev.pillars.core.review.ReviewRole;
import dev.pillars.core.review.ReviewTemplate;
import dev.pillars.core.review.ReviewTemplateId;
import dev.pillars.engine.Pillars;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.HrGrant;
import dev.pillars.engine.review.FeedbackSource;
import dev.pillars.engine.review.ReviewService;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.scoring.review.ReviewScore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The North plant's half-year review at Acme Precision Parts, through the engine: HR defines a
 * template and runs the cycle through its guarded phases, people write self reviews, managers and a
 * peer write theirs, the cycle's status shows what is pending and overdue, and every manager review
 * gets its overall score with a receipt, its feedback component read from June's 360 rounds through the
 * feedback pillar. Calibration's part of the story is its own chapter.
 */
final class ReviewChapter {
  static final ReviewCycleId CYCLE = ReviewCycleId.of("2026-h1");
  private static final Period H1 = Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
  private static final CompetencyId PROBLEM_SOLVING = CompetencyId.of("problem-solving");
  private static final CompetencyId TEAMWORK = CompetencyId.of("teamwork");

  /** Maria Keller, who runs the cycle with an HR grant over the whole tenant. */
  private static final Actor HR = Actor.hr(EmployeeId.of("maria"), List.of(HrGrant.tenantWide("HR lead",
      EnumSet.of(Action.MANAGE_REVIEW_CYCLE, Action.VIEW_REVIEW, Action.VIEW_CADENCE, Action.VIEW_THREE_SIXTY))));

  static final ReviewTemplate TEMPLATE = ReviewTemplate.builder()
      .id(ReviewTemplateId.of("half-year"))
      .name("Half-year review")
      .scale(RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0),
          List.of("unsatisfactory", "developing", "solid", "strong", "outstanding")))
      .putComponents(ReviewTemplate.GOALS, 60.0)
      .putComponents(ReviewTemplate.COMPETENCIES, 30.0)
      .putComponents(ReviewTemplate.FEEDBACK, 10.0)
      .putQuestions(ReviewRole.SELF, List.of(ReviewQuestion.of("proud", "What are you proudest of this half?")))
      .putQuestions(ReviewRole.MANAGER, List.of(ReviewQuestion.of("next", "What should they take on next?")))
      .putQuestions(ReviewRole.PEER, List.of(ReviewQuestion.of("together", "How was it to work with them?")))
      .build();

  /**
   * The peer and upward input the feedback pillar collects in June: a 360 round about Dana (three
   * peers) and one about Chen (three peers, and his two reports upward, a group below k pooled into
   * the total), each answer a list of two marks on the template's scale.
   */
  private static final Map<String, Map<RaterGroup, Map<String, List<Double>>>> ROUNDS = Map.of(
      "dana", Map.of(RaterGroup.PEERS, Map.of("eli", List.of(5.0, 4.0), "gus", List.of(5.0, 4.0), "ivan", List.of(4.0, 5.0))),
      "chen", Map.of(RaterGroup.PEERS, Map.of("farah", List.of(4.0, 4.0), "hana", List.of(3.0, 3.0), "kofi", List.of(4.0, 3.0)),
          RaterGroup.REPORTS, Map.of("dana", List.of(4.0, 3.0), "eli", List.of(3.0, 4.0))));

  private ReviewChapter() {}

  static void run(PrintStream out, PillarsStore store, TenantId tenant) {
    Pillars pillars = Pillars.builder().store(store).clock(AcmeFirm.CLOCK).build();
    ReviewService hr = pillars.tenant(tenant).as(HR).reviews();
    String title = "Half-year review of the North plant";
    out.println();
    out.println(title);
    out.println("-".repeat(title.length()));

    FeedbackSource feedback = collectFeedback(store, tenant, pillars);
    hr.defineTemplate(TEMPLATE);
    hr.createCycle(ReviewCycle.builder()
        .id(CYCLE).name("2026 first half").period(H1).template(TEMPLATE.id())
        .addParticipants(person("chen"), person("dana"), person("eli"), person("farah"), person("gus"))
        .putDueDates(ReviewRole.SELF, LocalDate.of(2026, 6, 26))
        .putDueDates(ReviewRole.MANAGER, LocalDate.of(2026, 7, 3))
        .build());
    List<Review> assigned = hr.assignReviews(CYCLE);
    out.printf("Template %s: goals 60, competencies 30, feedback 10 on a scale of 1 to 5; %d reviews assigned "
        + "(a self review each, a manager review each)%n", TEMPLATE.name(), assigned.size());

    hr.advance(CYCLE);
    CycleStatus status = hr.status(CYCLE, FeedbackSource.none());
    out.println("Goal setting: without goals " + status.withoutGoals());
    ReviewCycle cycle = hr.closePhase(CYCLE, "Eli joined the line in May; his goals start in the second half");
    out.println("  closed by HR: " + cycle.overrides().get(ReviewPhase.GOAL_SETTING).reason());
    hr.advance(CYCLE);

    self(pillars, tenant, "chen", "All 12 assemblers trained on the fixtures", 4);
    self(pillars, tenant, "dana", "Every line stop logged since March", 4);
    self(pillars, tenant, "farah", "The playbook's five worked cases", 4);
    self(pillars, tenant, "gus", "Reports closed within two days", 3);
    try {
      hr.advance(CYCLE);
    } catch (dev.pillars.core.InvalidInputException refused) {
      out.println("Self review phase cannot close yet: " + refused.rule());
    }
    self(pillars, tenant, "eli", "Learned every station on the line", 3);
    hr.advance(CYCLE);

    Review peer = hr.requestReview(CYCLE, person("dana"), person("gus"), ReviewRole.PEER);
    ReviewService gus = as(pillars, tenant, "gus");
    gus.edit(peer.id(), ReviewContent.empty().withAnswer("together", "Dana's stop log made our root causes fast")
        .withCompetency(TEAMWORK, 5));
    gus.submit(peer.id());
    boolean chenReads = as(pillars, tenant, "chen").find(peer.id()).isPresent();
    String eliReads;
    try {
      as(pillars, tenant, "eli").find(peer.id());
      eliReads = "yes";
    } catch (dev.pillars.engine.access.AccessDeniedException denied) {
      eliReads = "no (" + denied.rule() + ")";
    }
    out.printf("Peer review of dana by gus submitted; her manager chen reads it: %s; eli reads it: %s%n",
        chenReads ? "yes" : "no", eliReads);

    manager(pillars, tenant, "chen", "dana", GoalId.of("dana-stops"), 5, 4, 5);
    manager(pillars, tenant, "chen", "eli", null, 0, 3, 3);
    manager(pillars, tenant, "ana", "chen", GoalId.of("chen-training"), 4, 4, 4);
    manager(pillars, tenant, "farah", "gus", GoalId.of("gus-reports"), 3, 3, 3);
    manager(pillars, tenant, "ana", "farah", GoalId.of("farah-playbook"), 5, 4, 5);
    status = hr.status(CYCLE, feedback);
    out.println("Status in manager review: " + status.participants().size() + " participants; pending "
        + status.pending() + "; without feedback " + status.withoutFeedback() + "; overdue per manager "
        + status.overdueByManager());
    as(pillars, tenant, "ana").submit(managerReview("farah"));
    hr.advance(CYCLE);

    out.println("Proposed ratings for calibration (person, rater, rating):");
    for (ProposedRating rating : hr.proposedRatings(CYCLE)) {
      out.printf(Locale.ROOT, "  %-6s by %-6s %s%n", rating.subject(), rating.rater(), level(rating.rating()));
    }
    hr.advance(CYCLE);
    out.println("Cycle finalised: reviews are now shared with the people reviewed");

    out.println("Overall scores (goals 60 %, competencies 30 %, feedback 10 %, a missing component's weight spread):");
    for (String subject : List.of("chen", "dana", "eli", "farah", "gus")) {
      ReviewScore score = as(pillars, tenant, subject).score(managerReview(subject), feedback);
      out.printf(Locale.ROOT, "  %-6s %s -> %s%n", subject,
          score.outcome().asScore().map(s -> String.format(Locale.ROOT, "%.2f", s.value())).orElse("no score"),
          score.level().map(l -> l.label()).orElse("-"));
      score.outcome().asScore().ifPresent(s -> s.receipt().lines().forEach(line -> out.printf(Locale.ROOT,
          "           %-13s %.2f x %2.0f %%  adds %.2f%n", line.name(), line.value(),
          100 * s.receipt().shares().get(line.name()), line.contribution())));
    }

    as(pillars, tenant, "dana").acknowledge(managerReview("dana"));
    Review eli = as(pillars, tenant, "chen").find(managerReview("eli")).orElseThrow();
    Review amended = as(pillars, tenant, "chen").amend(managerReview("eli"),
        eli.content().withCompetency(PROBLEM_SOLVING, 4).withProposedRating(4),
        "The fixture fix credited to the night shift was Eli's");
    out.println("Eli's manager review after finalisation, with its history:");
    for (ReviewRevision revision : amended.revisions()) {
      out.printf(Locale.ROOT, "  revision %d by %s%s: proposed %s%n", revision.number(), revision.actor(),
          revision.reason().map(r -> " (" + r + ")").orElse(""),
          level(revision.content().proposedRating().orElseThrow()));
    }
  }

  private static void self(Pillars pillars, TenantId tenant, String who, String proud, double rating) {
    ReviewService reviews = as(pillars, tenant, who);
    ReviewId id = ReviewId.of(CYCLE + ":self:" + who);
    reviews.edit(id, ReviewContent.empty().withAnswer("proud", proud).withProposedRating(rating));
    reviews.submit(id);
  }

  private static void manager(Pillars pillars, TenantId tenant, String manager, String subject,
      @org.jspecify.annotations.Nullable GoalId goal, double goalRating, double competency, double proposed) {
    ReviewContent content = ReviewContent.empty()
        .withCompetency(PROBLEM_SOLVING, competency)
        .withCompetency(TEAMWORK, Math.min(5, competency + 1))
        .withAnswer("next", "Lead a kaizen workshop")
        .withProposedRating(proposed);
    if (goal != null) {
      content = content.withGoal(goal, goalRating, 1);
    }
    ReviewService reviews = as(pillars, tenant, manager);
    reviews.edit(managerReview(subject), content);
    if (!subject.equals("farah")) {
      reviews.submit(managerReview(subject));
    }
  }

  private static ReviewId managerReview(String subject) {
    return ReviewId.of(CYCLE + ":manager:" + subject);
  }

  private static ReviewService as(Pillars pillars, TenantId tenant, String who) {
    return pillars.tenant(tenant).as(Actor.person(person(who))).reviews();
  }

  private static EmployeeId person(String id) {
    return EmployeeId.of(id);
  }

  private static String level(double rating) {
    return String.format(Locale.ROOT, "%.0f %s", rating, TEMPLATE.scale().levels().stream()
        .filter(l -> l.value() == rating).findFirst().map(l -> l.label()).orElse("?"));
  }

  /**
   * Runs the June 360 rounds through the feedback pillar (its managers open them on June 1st, they
   * close on the 19th) and returns what the cycle reads of it, as HR.
   */
  private static FeedbackSource collectFeedback(PillarsStore store, TenantId tenant, Pillars pillars) {
    Pillars june = Pillars.builder().store(store).clock(Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC)).build();
    ROUNDS.forEach((subject, groups) -> {
      Map<RaterGroup, Set<EmployeeId>> raters = new EnumMap<>(RaterGroup.class);
      groups.forEach((group, answers) -> raters.put(group, answers.keySet().stream().map(EmployeeId::of).collect(Collectors.toSet())));
      ThreeSixtyRoundId round = ThreeSixtyRoundId.of("2026-h1-360:" + subject);
      EmployeeId manager = AcmeFirm.organisation().employee(person(subject)).orElseThrow().manager().orElseThrow();
      june.tenant(tenant).as(Actor.person(manager)).threeSixty().open(ThreeSixtyRound.of(round, person(subject), raters,
          List.of(Question.scaled("Shares what they know", TEMPLATE.scale()), Question.scaled("Keeps their word", TEMPLATE.scale())),
          LocalDate.of(2026, 6, 19), AnonymityThreshold.DEFAULT));
      groups.values().forEach(answers -> answers.forEach((rater, marks) ->
          june.tenant(tenant).as(Actor.person(person(rater))).threeSixty().respond(round, marks)));
    });
    return pillars.tenant(tenant).as(HR).feedback().reviewSource(TEMPLATE.scale());
  }

}
