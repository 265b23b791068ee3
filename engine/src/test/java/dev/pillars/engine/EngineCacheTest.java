package dev.pillars.engine;

import static dev.pillars.engine.EngineFixture.ACME;
import static dev.pillars.engine.EngineFixture.ANA;
import static dev.pillars.engine.EngineFixture.ANA_GOAL;
import static dev.pillars.engine.EngineFixture.BEN_GOAL;
import static dev.pillars.engine.EngineFixture.CLOCK;
import static dev.pillars.engine.EngineFixture.DEFECTS;
import static dev.pillars.engine.EngineFixture.FEED;
import static dev.pillars.engine.EngineFixture.HR;
import static dev.pillars.engine.EngineFixture.PLANT_GOAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pillars.core.TenantId;
import dev.pillars.core.goal.GoalId;
import dev.pillars.core.goal.GoalLevel;
import dev.pillars.core.goal.GoalMeasure;
import dev.pillars.core.goal.GoalOwner;
import dev.pillars.core.kpi.KpiDefined;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.Organisation;
import dev.pillars.engine.access.AccessDeniedException;
import dev.pillars.engine.access.Actor;
import dev.pillars.engine.event.PublishedEvent;
import dev.pillars.engine.org.LeaverRule;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.StaleVersionException;
import dev.pillars.scoring.aggregation.AggregationStrategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the engine keeps of a tenant between calls, watched through the store: its own commits are
 * carried into the kept scores and organisation without reading them again, anyone else's commit
 * (or a reload, or a failure while carrying a commit over) makes it read them again, and a write
 * retries on a conflict up to the policy's attempts and delivers its events only once it commits.
 * A change the kept scores decline to carry over (a goal that needs another roll-up) is read again.
 * Scores load through the alignment links, the organisation through its repository: the counts of
 * those two reads tell when the engine loaded again.
 */
class EngineCacheTest {
  private static final Actor.SystemActor LOADER = Actor.system("loader", EngineFixture.all());

  private final CountingStore store = new CountingStore(MemoryStore.create());
  private final List<List<PublishedEvent>> deliveries = new CopyOnWriteArrayList<>();
  private Pillars pillars;

  @BeforeEach
  void start() {
    EngineFixture.organisation(store);
    pillars = engine(RetryPolicy.defaults());
  }

  private Pillars engine(RetryPolicy retries) {
    return Pillars.builder().store(store).clock(CLOCK).events(deliveries::add).retries(retries).build();
  }

  private int scoreLoads() {
    return store.reads("alignment");
  }

  private int organisationLoads() {
    return store.reads("organisation");
  }

  private double score(Pillars engine, GoalId goal) {
    return engine.tenant(ACME).as(HR).scores().of(goal).orElseThrow().value();
  }

  @Test
  void theEnginesOwnCommitsAreCarriedIntoWhatItKeepsWithoutReadingItAgain() {
    EngineFixture.plant(pillars);
    assertThat(score(pillars, PLANT_GOAL)).isEqualTo(0.0);
    int scores = scoreLoads();
    int organisations = organisationLoads();

    pillars.tenant(ACME).as(HR).goals().checkIn(BEN_GOAL, 0.6, 0.9, Optional.empty());
    pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), 3.0);

    assertThat(score(pillars, ANA_GOAL)).isEqualTo(0.5);
    assertThat(score(pillars, PLANT_GOAL)).isCloseTo(0.55, within(1e-12));
    assertThat(scoreLoads()).as("the scores were read again").isEqualTo(scores);
    assertThat(organisationLoads()).as("the organisation was read again").isEqualTo(organisations);
  }

  @Test
  void aTenantFirstReadBeforeAnyCommitStillNoticesAnotherEnginesCommit() {
    TenantId empty = TenantId.of("empty");
    Pillars other = engine(RetryPolicy.defaults());
    Session ana = pillars.tenant(empty).as(Actor.person(ANA));
    assertThatThrownBy(() -> ana.kpis().definition(DEFECTS))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("ana is not an employee of the tenant's organisation");

    Session loader = other.tenant(empty).as(LOADER);
    loader.organisation().synchronise(Organisation.of(empty, List.of(OrgUnit.root(EngineFixture.ROOT, "Empty")),
        List.of(EngineFixture.employee(ANA, null, EngineFixture.ROOT))), LeaverRule.KEEP);
    loader.kpis().define(EngineFixture.defectRate());

    assertThat(ana.kpis().definition(DEFECTS)).isEqualTo(EngineFixture.defectRate());
  }

  @Test
  void theEnginesOwnFirstCommitToATenantFirstReadEmptyKeepsWhatItRead() {
    TenantId empty = TenantId.of("empty");
    Session ana = pillars.tenant(empty).as(Actor.person(ANA));
    assertThatThrownBy(() -> ana.kpis().definition(DEFECTS)).isInstanceOf(AccessDeniedException.class);
    int organisations = organisationLoads();

    pillars.tenant(empty).as(LOADER).kpis().define(EngineFixture.defectRate());

    assertThatThrownBy(() -> ana.kpis().definition(DEFECTS)).isInstanceOf(AccessDeniedException.class);
    assertThat(organisationLoads()).as("the organisation was read again").isEqualTo(organisations);
  }

  @Test
  void aReloadReadsAgainAndTheCommitsMadeWhileNothingWasKeptAreAccountedFor() {
    EngineFixture.plant(pillars);
    score(pillars, PLANT_GOAL);
    int scores = scoreLoads();

    pillars.tenant(ACME).reload();
    score(pillars, PLANT_GOAL);
    assertThat(scoreLoads()).as("loads after a reload").isEqualTo(scores + 1);

    pillars.tenant(ACME).reload();
    pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), 3.0);
    assertThat(score(pillars, ANA_GOAL)).isEqualTo(0.5);
    pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 9), 2.0);

    assertThat(score(pillars, ANA_GOAL)).isEqualTo(0.75);
    assertThat(scoreLoads()).as("loads after the second reload").isEqualTo(scores + 2);
  }

  @Test
  void aFailureWhileCarryingACommitOverMakesTheScoresLoadAgain() {
    EngineFixture.plant(pillars);
    assertThat(pillars.tenant(ACME).as(HR).scores().of(ANA_GOAL)).isEmpty();

    store.failReadsOf("measurements");
    pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), 3.0);
    store.failReadsOf("");

    assertThat(score(pillars, ANA_GOAL)).isEqualTo(0.5);
  }

  @Test
  void aCommitWhileOnlyTheOrganisationIsKeptLeavesItKept() {
    EngineFixture.plant(pillars);
    Pillars fresh = engine(RetryPolicy.defaults());
    Session ana = fresh.tenant(ACME).as(Actor.person(ANA));
    assertThat(ana.goals().find(BEN_GOAL)).isPresent();
    int organisations = organisationLoads();

    fresh.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), 3.0);

    assertThat(ana.goals().find(BEN_GOAL)).isPresent();
    assertThat(organisationLoads()).as("the organisation was read again").isEqualTo(organisations);
  }

  @Test
  void aSynchronisationThatChangesNothingDeliversNothingAndKeepsTheOrganisation() {
    Session hr = pillars.tenant(ACME).as(HR);
    Organisation now = hr.organisation().snapshot();
    hr.kpis().define(EngineFixture.defectRate());
    Session ana = pillars.tenant(ACME).as(Actor.person(ANA));
    ana.kpis().definition(DEFECTS);
    int organisations = organisationLoads();
    int delivered = deliveries.size();

    assertThat(hr.organisation().synchronise(now, LeaverRule.KEEP).isEmpty()).isTrue();

    assertThat(deliveries).hasSize(delivered);
    ana.kpis().definition(DEFECTS);
    assertThat(organisationLoads()).as("the organisation was read again").isEqualTo(organisations);
  }

  @Test
  void aWriteBeforeAnyReadOfTheTenantCommits() {
    assertThat(pillars.tenant(ACME).as(LOADER).kpis().define(EngineFixture.defectRate()))
        .isEqualTo(EngineFixture.defectRate());
    assertThat(deliveries).singleElement().satisfies(events ->
        assertThat(events).singleElement().satisfies(e -> assertThat(e.event()).isInstanceOf(KpiDefined.class)));
  }

  @Test
  void aConflictIsRetriedUpToThePolicysAttemptsThenRaisedWithNothingDelivered() {
    Session loader = engine(RetryPolicy.attempts(3)).tenant(ACME).as(LOADER);
    int begun = store.begun();
    store.failCommits(() -> store.begun() - begun <= 3
        ? new StaleVersionException(ACME, "KpiDefinition", "defect-rate", 1, 2)
        : new IllegalStateException("a fourth attempt"));

    assertThatThrownBy(() -> loader.kpis().define(EngineFixture.defectRate()))
        .isInstanceOf(StaleVersionException.class)
        .hasMessageContaining("defect-rate");
    assertThat(store.begun() - begun).isEqualTo(3);
    assertThat(deliveries).isEmpty();
  }

  @Test
  void aConflictThatClearsBeforeTheLastAttemptCommitsOnceAndDeliversOnce() {
    Session loader = engine(RetryPolicy.attempts(3)).tenant(ACME).as(LOADER);
    int begun = store.begun();
    store.failCommits(() -> store.begun() - begun <= 2
        ? new StaleVersionException(ACME, "KpiDefinition", "defect-rate", 1, 2) : null);

    loader.kpis().define(EngineFixture.defectRate());

    assertThat(store.begun() - begun).isEqualTo(3);
    assertThat(deliveries).hasSize(1);
    assertThat(pillars.tenant(ACME).as(HR).kpis().definition(DEFECTS)).isEqualTo(EngineFixture.defectRate());
  }

  @Test
  void aCommitAnsweredBeforeTheEngineHearsOfItIsNotCountedTwice() {
    EngineFixture.plant(pillars);
    score(pillars, PLANT_GOAL);
    AtomicBoolean once = new AtomicBoolean(true);
    // right after the commit, before the engine applies it, a read loads the tenant afresh
    store.afterCommit(() -> {
      if (once.getAndSet(false)) {
        pillars.tenant(ACME).reload();
        score(pillars, PLANT_GOAL);
      }
    });
    pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), 3.0);
    int scores = scoreLoads();

    pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 9), 2.0);

    assertThat(score(pillars, ANA_GOAL)).isEqualTo(0.75);
    assertThat(scoreLoads()).as("the scores were read again").isEqualTo(scores);
  }

  @Test
  void afterAnotherEnginesCommitTheEnginesOwnCommitsAreCarriedAgain() {
    EngineFixture.plant(pillars);
    score(pillars, PLANT_GOAL);
    Pillars other = engine(RetryPolicy.defaults());
    other.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), 3.0);
    pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 9), 2.0);
    assertThat(score(pillars, ANA_GOAL)).isEqualTo(0.75);
    int scores = scoreLoads();

    pillars.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 16), 1.0);

    assertThat(score(pillars, ANA_GOAL)).isEqualTo(1.0);
    assertThat(scoreLoads()).as("the scores were read again").isEqualTo(scores);
  }

  @Test
  void aReadThatNoticesAnotherEnginesCommitsLogsHowManyItMissed() throws IOException {
    EngineFixture.plant(pillars);
    score(pillars, PLANT_GOAL);
    Pillars other = engine(RetryPolicy.defaults());
    other.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 2), 3.0);
    other.tenant(ACME).as(FEED).kpis().record(DEFECTS, LocalDate.of(2026, 2, 9), 2.0);
    long commits = store.forTenant(ACME).commits();
    Path log = Path.of("target", "engine-tests.log");
    long offset = Files.exists(log) ? Files.size(log) : 0;

    assertThat(score(pillars, ANA_GOAL)).isEqualTo(0.75);

    byte[] all = Files.readAllBytes(log);
    assertThat(new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8))
        .contains("Tenant acme has " + commits + " commits, 2 more than this engine has seen: reading its state again");
  }

  @Test
  void aChangeTheScoresDeclineToCarryOverIsReadAgain() {
    // Ana's goal rolls up by the minimum once it has children: the first link makes it a parent
    Pillars minimumForAna = Pillars.builder().store(store).clock(CLOCK).events(deliveries::add)
        .rollUp((tenant, goal) -> goal.id().equals(ANA_GOAL)
            ? AggregationStrategy.minimum()
            : AggregationStrategy.weightedMean())
        .build();
    EngineFixture.plant(minimumForAna);
    Session hr = minimumForAna.tenant(ACME).as(HR);
    for (String id : List.of("ana-low", "ana-high")) {
      hr.goals().create(EngineFixture.goal(GoalId.of(id),
          GoalOwner.employee(ANA), GoalLevel.INDIVIDUAL,
          GoalMeasure.manual(0)));
      hr.goals().activate(GoalId.of(id));
    }
    hr.goals().checkIn(GoalId.of("ana-low"), 0.2, 0.9, Optional.empty());
    hr.goals().checkIn(GoalId.of("ana-high"), 0.8, 0.9, Optional.empty());
    assertThat(hr.scores().of(ANA_GOAL)).isEmpty();

    hr.goals().align(GoalId.of("ana-low"), ANA_GOAL, 1.0);
    hr.goals().align(GoalId.of("ana-high"), ANA_GOAL, 1.0);

    assertThat(hr.scores().of(ANA_GOAL).orElseThrow().value()).isEqualTo(0.2);
  }
}
