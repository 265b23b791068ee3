package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.Period;
import dev.pillars.core.anonymity.AnonymityThreshold;
import dev.pillars.core.anonymity.AnonymousResults;
import dev.pillars.core.anonymity.GroupResult;
import dev.pillars.core.feedback.Feedback;
import dev.pillars.core.feedback.FeedbackId;
import dev.pillars.core.feedback.FeedbackKind;
import dev.pillars.core.feedback.FeedbackVisibility;
import dev.pillars.core.feedback.Question;
import dev.pillars.core.feedback.RaterGroup;
import dev.pillars.core.feedback.ThreeSixtyRound;
import dev.pillars.core.feedback.ThreeSixtyRoundId;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.rating.RatingScale;
import dev.pillars.core.survey.Survey;
import dev.pillars.core.survey.SurveyId;
import dev.pillars.engine.access.Action;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.access.HrGrant;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.persistence.memory.MemoryStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * An adversary against the engine's anonymity: a random organisation gives anonymous feedback,
 * answers a 360 round and a pulse survey through the services; then every other person (some with
 * an HR grant) makes a random sequence of every read the feedback services offer, before and after
 * the collections close, and the events are recorded.
 *
 * <p>The oracle is brute force over two worlds that differ only in who gave what: two anonymous
 * givers swap their feedback, two raters of one 360 group (or of two groups each below {@code k})
 * swap their answers, or two survey respondents of one unit (or of two units each below {@code k})
 * swap theirs. Everything the adversary sees must be the same in both worlds: then no read pins a
 * response on its giver, nor gives away a single value of a group below {@code k}. And every
 * result it sees is checked against the rule by counting: shown groups have {@code k} or more
 * responses, and what the shown groups leave of the total is zero or at least {@code k}.
 */
class FeedbackAnonymityAdversaryProperties {
  private static final int K = 3;
  private static final LocalDate TODAY = LocalDate.now(CLOCK);
  private static final RatingScale FIVE = RatingScale.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of("1", "2", "3", "4", "5"));
  private static final ThreeSixtyRoundId ROUND = ThreeSixtyRoundId.of("round");
  private static final SurveyId SURVEY = SurveyId.of("pulse");
  private static final Actor SYSTEM = Actor.system("hr-system", EnumSet.allOf(Action.class));
  private static final List<OrgUnitId> UNITS = List.of(OrgUnitId.of("u0"), OrgUnitId.of("u1"), OrgUnitId.of("u2"));

  @Test
  void noReadTellsTwoWorldsApartThatDifferOnlyInWhoGaveWhat() {
    qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
      Scenario world = Scenario.random(new Random(seed));
      Optional<Scenario> swapped = world.swapped(new Random(seed + 1));
      if (swapped.isPresent()) {
        Set<EmployeeId> givers = swapped.get().swappedGivers;
        List<String> seen = world.play(seed, givers);
        List<String> other = swapped.get().play(seed, givers);
        int first = 0;
        while (first < Math.min(seen.size(), other.size()) && seen.get(first).equals(other.get(first))) {
          first++;
        }
        assertThat(first).as("the first read that tells the worlds apart after %s swapped what they gave: %s",
            givers, first < other.size() ? other.get(first) : "(none)").isEqualTo(seen.size());
        assertThat(other).hasSameSizeAs(seen);
      }
    });
  }

  /** One world: the people, what each gives, and (after a swap) whose gifts were swapped. */
  static final class Scenario {
    final Map<EmployeeId, Optional<EmployeeId>> managerOf = new LinkedHashMap<>();
    final Map<EmployeeId, OrgUnitId> unitOf = new LinkedHashMap<>();
    final Map<RaterGroup, Set<EmployeeId>> raters = new EnumMap<>(RaterGroup.class);
    EmployeeId subject;
    final Map<EmployeeId, List<Double>> roundAnswers = new TreeMap<>();
    final Map<EmployeeId, List<Double>> surveyAnswers = new TreeMap<>();
    EmployeeId receiver;
    /** The anonymous feedback given to the receiver, in order: giver and text. */
    final List<Map.Entry<EmployeeId, String>> gifts = new ArrayList<>();
    Set<EmployeeId> swappedGivers = Set.of();

    static Scenario random(Random random) {
      Scenario s = new Scenario();
      int n = 8 + random.nextInt(7);
      List<EmployeeId> people = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        EmployeeId id = EmployeeId.of("p" + i);
        people.add(id);
        s.managerOf.put(id, i == 0 || random.nextInt(5) == 0 ? Optional.empty() : Optional.of(people.get(random.nextInt(i))));
        s.unitOf.put(id, UNITS.get(random.nextInt(UNITS.size())));
      }
      s.subject = people.get(random.nextInt(n));
      if (random.nextBoolean()) {
        s.raters.put(RaterGroup.SELF, new HashSet<>(Set.of(s.subject)));
        s.roundAnswers.put(s.subject, answers(random));
      }
      List<RaterGroup> groups = List.of(RaterGroup.MANAGER, RaterGroup.PEERS, RaterGroup.REPORTS, RaterGroup.OTHERS);
      for (EmployeeId person : people) {
        if (!person.equals(s.subject) && random.nextInt(4) != 0) {
          s.raters.computeIfAbsent(groups.get(random.nextInt(groups.size())), g -> new HashSet<>()).add(person);
          if (random.nextInt(5) != 0) {
            s.roundAnswers.put(person, answers(random));
          }
        }
        if (random.nextInt(5) != 0) {
          s.surveyAnswers.put(person, answers(random));
        }
      }
      s.receiver = people.get(random.nextInt(n));
      for (EmployeeId person : people) {
        if (!person.equals(s.receiver) && random.nextInt(3) == 0) {
          s.gifts.add(Map.entry(person, "note " + s.gifts.size() + " " + random.nextInt(100)));
        }
      }
      return s;
    }

    private static List<Double> answers(Random random) {
      return List.of(1.0 + random.nextInt(5), 1.0 + random.nextInt(5));
    }

    private Scenario copy() {
      Scenario s = new Scenario();
      s.managerOf.putAll(managerOf);
      s.unitOf.putAll(unitOf);
      raters.forEach((g, m) -> s.raters.put(g, new HashSet<>(m)));
      s.subject = subject;
      s.roundAnswers.putAll(roundAnswers);
      s.surveyAnswers.putAll(surveyAnswers);
      s.receiver = receiver;
      s.gifts.addAll(gifts);
      return s;
    }

    /** Returns this world with one swap of who gave what, if the world offers one. */
    Optional<Scenario> swapped(Random random) {
      List<List<EmployeeId>> roundPairs = pairs(roundAnswers.keySet(), this::roundGroup, roundSizes());
      List<List<EmployeeId>> surveyPairs = pairs(surveyAnswers.keySet(), p -> unitOf.get(p).value(), surveySizes());
      List<Supplier<Scenario>> swaps = new ArrayList<>();
      roundPairs.forEach(pair -> swaps.add(() -> swapAnswers(pair, true)));
      surveyPairs.forEach(pair -> swaps.add(() -> swapAnswers(pair, false)));
      for (int i = 0; i < gifts.size(); i++) {
        for (int j = i + 1; j < gifts.size(); j++) {
          int a = i;
          int b = j;
          swaps.add(() -> swapGifts(a, b));
        }
      }
      return swaps.isEmpty() ? Optional.empty() : Optional.of(swaps.get(random.nextInt(swaps.size())).get());
    }

    private String roundGroup(EmployeeId rater) {
      return raters.entrySet().stream().filter(e -> e.getValue().contains(rater)).findFirst().orElseThrow().getKey().name();
    }

    private Map<String, Long> roundSizes() {
      return roundAnswers.keySet().stream().collect(Collectors.groupingBy(this::roundGroup, Collectors.counting()));
    }

    private Map<String, Long> surveySizes() {
      return surveyAnswers.keySet().stream().collect(Collectors.groupingBy(p -> unitOf.get(p).value(), Collectors.counting()));
    }

    /** Pairs of givers in one group, or in two groups that each have fewer than k; never the subject's self-assessment. */
    private List<List<EmployeeId>> pairs(Set<EmployeeId> givers, java.util.function.Function<EmployeeId, String> group, Map<String, Long> sizes) {
      List<EmployeeId> all = givers.stream().filter(g -> !group.apply(g).equals("SELF")).toList();
      List<List<EmployeeId>> pairs = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          String a = group.apply(all.get(i));
          String b = group.apply(all.get(j));
          if (a.equals(b) || sizes.get(a) < K && sizes.get(b) < K) {
            pairs.add(List.of(all.get(i), all.get(j)));
          }
        }
      }
      return pairs;
    }

    private Scenario swapAnswers(List<EmployeeId> pair, boolean round) {
      Scenario s = copy();
      Map<EmployeeId, List<Double>> answers = round ? s.roundAnswers : s.surveyAnswers;
      List<Double> first = answers.get(pair.get(0));
      answers.put(pair.get(0), answers.get(pair.get(1)));
      answers.put(pair.get(1), first);
      s.swappedGivers = Set.copyOf(pair);
      return s;
    }

    private Scenario swapGifts(int a, int b) {
      Scenario s = copy();
      Map.Entry<EmployeeId, String> first = s.gifts.get(a);
      Map.Entry<EmployeeId, String> second = s.gifts.get(b);
      s.gifts.set(a, Map.entry(second.getKey(), first.getValue()));
      s.gifts.set(b, Map.entry(first.getKey(), second.getValue()));
      s.swappedGivers = Set.of(first.getKey(), second.getKey());
      return s;
    }

    /** Plays the world and returns everything the adversary saw (all but the givers): reads, failures, events. */
    List<String> play(long seed, Set<EmployeeId> givers) {
      MemoryStore store = MemoryStore.create();
      store.forTenant(ACME).runInTransaction(work -> {
        work.orgUnits().insert(OrgUnit.root(UNITS.get(0), "Root"));
        work.orgUnits().insert(OrgUnit.within(UNITS.get(1), "One", UNITS.get(0)));
        work.orgUnits().insert(OrgUnit.within(UNITS.get(2), "Two", UNITS.get(0)));
        managerOf.forEach((id, manager) -> work.employees().insert(EngineFixture.employee(id, manager.orElse(null), unitOf.get(id))));
      });
      MovableClock clock = new MovableClock(CLOCK.instant());
      List<PublishedEvent> events = new CopyOnWriteArrayList<>();
      Tenant tenant = Pillars.builder().store(store).clock(clock).events(events::addAll).build().tenant(ACME);
      tenant.as(SYSTEM).threeSixty().open(ThreeSixtyRound.of(ROUND, subject, raters,
          List.of(Question.scaled("Listens", FIVE), Question.scaled("Delivers", FIVE)), TODAY.plusDays(7), AnonymityThreshold.of(K)));
      tenant.as(SYSTEM).surveys().launch(Survey.of(SURVEY, "Pulse", List.of(Question.scaled("Engaged", FIVE), Question.scaled("Proud", FIVE)),
          Optional.empty(), managerOf.keySet(), Period.of(TODAY, TODAY.plusDays(6)), AnonymityThreshold.of(K)));
      for (int i = 0; i < gifts.size(); i++) {
        EmployeeId giver = gifts.get(i).getKey();
        tenant.as(Actor.person(giver)).feedback().give(Feedback.builder().id(FeedbackId.of("f" + i)).kind(FeedbackKind.CONSTRUCTIVE)
            .giver(giver).receiver(receiver).anonymous(true).visibility(FeedbackVisibility.values()[i % 3])
            .text(gifts.get(i).getValue()).givenAt(clock.instant()).build());
      }
      roundAnswers.forEach((rater, values) -> tenant.as(Actor.person(rater)).threeSixty().respond(ROUND, values));
      surveyAnswers.forEach((person, values) -> tenant.as(Actor.person(person)).surveys().respond(SURVEY, values));
      List<String> seen = new ArrayList<>();
      events.forEach(e -> seen.add("event " + e.actor() + " " + e.event()));
      Random random = new Random(seed);
      List<EmployeeId> people = List.copyOf(managerOf.keySet());
      for (LocalDate day : List.of(TODAY.plusDays(3), TODAY.plusDays(8))) {
        clock.moveTo(day);
        for (EmployeeId observer : people) {
          Actor actor = random.nextInt(3) == 0
              ? Actor.hr(observer, List.of(HrGrant.tenantWide("hr", EnumSet.allOf(Action.class))))
              : Actor.person(observer);
          List<String> reads = reads(tenant.as(actor), random, people);
          if (!givers.contains(observer)) {
            reads.forEach(r -> seen.add(observer + " " + r));
          }
        }
      }
      return seen;
    }

    private List<String> reads(Session session, Random random, List<EmployeeId> people) {
      List<String> reads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        EmployeeId someone = people.get(random.nextInt(people.size()));
        int read = random.nextInt(9);
        reads.add(read + " " + attempt(() -> switch (read) {
          case 0 -> session.feedback().receivedBy(someone);
          case 1 -> session.feedback().feedback(FeedbackId.of("f" + random.nextInt(Math.max(1, gifts.size()))));
          case 2 -> checked(session.threeSixty().results(ROUND).anonymous(), roundAnswers.size() - (raters.containsKey(RaterGroup.SELF) && roundAnswers.containsKey(subject) ? 1 : 0));
          case 3 -> session.threeSixty().answered(ROUND);
          case 4 -> checked(session.surveys().results(SURVEY).anonymous(), surveyAnswers.size()) + " " + session.surveys().results(SURVEY);
          case 5 -> session.cadence().person(someone, 30);
          case 6 -> session.cadence().tenant(30);
          case 7 -> session.feedback().reviewSource(FIVE).score(subject, Period.of(TODAY, TODAY.plusDays(30)));
          default -> session.feedback().given().size();
        }));
      }
      return reads;
    }

    private static String attempt(Supplier<Object> read) {
      try {
        return String.valueOf(read.get());
      } catch (RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    }

    /** Checks a result against the rule by counting, and returns it. */
    private static AnonymousResults checked(AnonymousResults results, int responses) {
      GroupResult total = results.total();
      int shown = 0;
      for (GroupResult group : results.groups()) {
        if (group.isShown()) {
          assertThat(group.summary().orElseThrow().responses()).as("%s", group).isGreaterThanOrEqualTo(K);
          shown += group.summary().orElseThrow().responses();
        }
      }
      if (total.isShown()) {
        assertThat(total.summary().orElseThrow().responses()).isEqualTo(responses);
        int left = responses - shown;
        assertThat(left == 0 || left >= K).as("%d responses left when the shown groups are taken from the total", left).isTrue();
      } else {
        assertThat(shown).isZero();
      }
      return results;
    }
  }
}
