package dev.pillars.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnit;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.testing.OrganisationGens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The standard policy's review rules against an oracle written independently: the author reads,
 * writes and amends; the person reviewed reads and acknowledges once shared; managers up the chain
 * read; a peer sees only what they wrote; everything else only by an HR grant covering the person
 * reviewed.
 */
class ReviewRulesProperties {
  private static final List<Action> REVIEW_ACTIONS = List.of(
      Action.VIEW_REVIEW, Action.WRITE_REVIEW, Action.AMEND_REVIEW, Action.ACKNOWLEDGE_REVIEW, Action.MANAGE_REVIEW_CYCLE,
      Action.VIEW_GOAL);

  @Test
  void everyReviewAnswerAgreesWithTheOracle() {
    qt().withExamples(1000)
        .forAll(OrganisationGens.organisations(1, 20), longs().all())
        .checkAssert((organisation, seed) -> {
          Random random = new Random(seed);
          for (int i = 0; i < 20; i++) {
            Actor actor = actor(organisation, random);
            Action action = REVIEW_ACTIONS.get(random.nextInt(REVIEW_ACTIONS.size()));
            Resource.OfReview review = Resource.ofReview("review r", person(organisation, random), person(organisation, random), random.nextBoolean());
            AccessDecision decision = AccessPolicy.standard().decide(AccessRequest.of(actor, action, review, organisation));
            assertThat(decision.allowed())
                .as("%s %s %s: %s", actor, action, review, decision.rule())
                .isEqualTo(new Oracle(organisation).allows(actor, action, review));
          }
        });
  }

  @Test
  void aPeerSeesWhatTheyWroteAndNothingElse() {
    Organisation organisation = Organisation.of(dev.pillars.core.TenantId.of("acme"),
        List.of(OrgUnit.root(OrgUnitId.of("acme"), "Acme")),
        List.of(employee("ana", null), employee("ben", "ana"), employee("cleo", null)));
    Actor cleo = Actor.person(EmployeeId.of("cleo"));
    Resource.OfReview written = Resource.ofReview("review peer", EmployeeId.of("ben"), EmployeeId.of("cleo"), true);
    Resource.OfReview byManager = Resource.ofReview("review manager", EmployeeId.of("ben"), EmployeeId.of("ana"), true);
    assertThat(AccessPolicy.standard().decide(AccessRequest.of(cleo, Action.VIEW_REVIEW, written, organisation)).allowed()).isTrue();
    AccessDecision denied = AccessPolicy.standard().decide(AccessRequest.of(cleo, Action.VIEW_REVIEW, byManager, organisation));
    assertThat(denied.allowed()).isFalse();
    assertThat(denied.rule()).contains("no rule allows it");
  }

  private static Employee employee(String id, String manager) {
    return Employee.builder().id(EmployeeId.of(id)).displayName(id).manager(Optional.ofNullable(manager).map(EmployeeId::of))
        .unit(OrgUnitId.of("acme")).role("role").grade("G1").hireDate(java.time.LocalDate.of(2020, 1, 1)).build();
  }

  private static EmployeeId person(Organisation organisation, Random random) {
    return random.nextInt(8) == 0 ? EmployeeId.of("stranger") : organisation.employees().get(random.nextInt(organisation.employees().size())).id();
  }

  private static Actor actor(Organisation organisation, Random random) {
    if (random.nextInt(10) == 0) {
      return Actor.system("feed", EnumSet.of(Action.VIEW_REVIEW));
    }
    EmployeeId id = person(organisation, random);
    List<HrGrant> grants = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      Set<Action> actions = EnumSet.of(REVIEW_ACTIONS.get(random.nextInt(REVIEW_ACTIONS.size())));
      grants.add(random.nextBoolean() || organisation.units().isEmpty()
          ? HrGrant.tenantWide("hr", actions)
          : HrGrant.forUnit("hrbp", organisation.units().get(random.nextInt(organisation.units().size())).id(), actions));
    }
    return Actor.hr(id, grants);
  }

  /** The review rules, by brute force over plain maps. */
  private static final class Oracle {
    private final Map<EmployeeId, Optional<EmployeeId>> managerOf = new HashMap<>();
    private final Map<EmployeeId, OrgUnitId> unitOf = new HashMap<>();
    private final Map<OrgUnitId, Optional<OrgUnitId>> parentOf = new HashMap<>();

    Oracle(Organisation organisation) {
      for (Employee e : organisation.employees()) {
        managerOf.put(e.id(), e.manager());
        unitOf.put(e.id(), e.unit());
      }
      for (OrgUnit u : organisation.units()) {
        parentOf.put(u.id(), u.parent());
      }
    }

    boolean allows(Actor actor, Action action, Resource.OfReview review) {
      if (actor instanceof Actor.SystemActor system) {
        return system.allowed().contains(action);
      }
      Actor.Person person = (Actor.Person) actor;
      EmployeeId p = person.employee();
      if (!managerOf.containsKey(p)) {
        return false;
      }
      boolean author = review.author().equals(p);
      boolean subject = review.subject().equals(p);
      boolean manager = managerOf.containsKey(review.subject()) && chain(review.subject()).contains(p);
      if (action == Action.VIEW_REVIEW && (author || (subject && review.shared()) || manager)) {
        return true;
      }
      if ((action == Action.WRITE_REVIEW || action == Action.AMEND_REVIEW) && author) {
        return true;
      }
      if (action == Action.ACKNOWLEDGE_REVIEW && subject && review.shared()) {
        return true;
      }
      for (HrGrant grant : person.grants()) {
        if (grant.actions().contains(action) && (grant.unit().isEmpty()
            || (unitOf.containsKey(review.subject()) && within(unitOf.get(review.subject()), grant.unit().get())))) {
          return true;
        }
      }
      return false;
    }

    /** Everyone above a person, walking the manager map up to a root. */
    private List<EmployeeId> chain(EmployeeId employee) {
      return ancestors(employee, e -> managerOf.getOrDefault(e, Optional.empty()));
    }

    /** Whether a unit is the ancestor or lies below it, walking the parent map. */
    private boolean within(OrgUnitId unit, OrgUnitId ancestor) {
      return unit.equals(ancestor) || ancestors(unit, u -> parentOf.getOrDefault(u, Optional.empty())).contains(ancestor);
    }

    private static <T> List<T> ancestors(T start, java.util.function.Function<T, Optional<T>> up) {
      List<T> found = new ArrayList<>();
      for (Optional<T> next = up.apply(start); next.isPresent(); next = up.apply(next.get())) {
        found.add(next.get());
      }
      return found;
    }
  }
}
