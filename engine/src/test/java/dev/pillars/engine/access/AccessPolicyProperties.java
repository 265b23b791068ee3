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
 * The standard access policy against a brute-force oracle written independently of it: random
 * organisations, actors (people with and without HR grants, strangers, system actors), actions and
 * resources; every answer must agree with the oracle.
 */
class AccessPolicyProperties {
  private static final Set<Action> OWN =
      EnumSet.of(Action.VIEW_GOAL, Action.EDIT_GOAL, Action.CHECK_IN, Action.ALIGN_GOAL, Action.VIEW_SCORE);
  private static final Set<Action> UNIT_READ = EnumSet.of(Action.VIEW_GOAL, Action.VIEW_SCORE);
  private static final Set<Action> TENANT_READ = EnumSet.of(Action.VIEW_KPI, Action.VIEW_GOAL, Action.VIEW_SCORE);

  @Test
  void everyAnswerAgreesWithTheOracle() {
    qt().withExamples(2000)
        .forAll(OrganisationGens.organisations(0, 25), longs().all())
        .checkAssert((organisation, seed) -> {
          Random random = new Random(seed);
          for (int i = 0; i < 20; i++) {
            Actor actor = actor(organisation, random);
            Action action = Action.values()[random.nextInt(Action.values().length)];
            Resource resource = resource(organisation, random);
            AccessDecision decision = AccessPolicy.standard().decide(AccessRequest.of(actor, action, resource, organisation));
            assertThat(decision.allowed())
                .as("%s %s %s: %s", actor, action, resource, decision.rule())
                .isEqualTo(new Oracle(organisation).allows(actor, action, resource));
          }
        });
  }

  @Test
  void aDenialNamesTheActorTheActionTheResourceAndTheRule() {
    AccessDeniedException denied = new AccessDeniedException(
        Actor.person(EmployeeId.of("ben")),
        Action.EDIT_GOAL,
        Resource.ofEmployee("goal ana-1", EmployeeId.of("ana")),
        "no rule allows it");
    assertThat(denied).hasMessage("person:ben may not EDIT_GOAL goal ana-1: no rule allows it");
    assertThat(denied.actor()).isEqualTo("person:ben");
    assertThat(denied.action()).isEqualTo(Action.EDIT_GOAL);
    assertThat(denied.resource()).isEqualTo("goal ana-1");
    assertThat(denied.rule()).isEqualTo("no rule allows it");
  }

  private static Actor actor(Organisation organisation, Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return Actor.system("feed", randomActions(random));
    }
    EmployeeId id = kind == 1 || organisation.employees().isEmpty()
        ? EmployeeId.of("stranger")
        : pick(organisation.employees(), random).id();
    List<HrGrant> grants = new ArrayList<>();
    int count = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
    for (int g = 0; g < count; g++) {
      Set<Action> actions = randomActions(random);
      if (actions.isEmpty()) {
        continue;
      }
      grants.add(random.nextBoolean() || organisation.units().isEmpty()
          ? HrGrant.tenantWide("hr", actions)
          : HrGrant.forUnit("hrbp", pick(organisation.units(), random).id(), actions));
    }
    return Actor.hr(id, grants);
  }

  private static Resource resource(Organisation organisation, Random random) {
    int kind = random.nextInt(3);
    if (kind == 0 && !organisation.employees().isEmpty()) {
      EmployeeId owner = random.nextInt(8) == 0 ? EmployeeId.of("stranger") : pick(organisation.employees(), random).id();
      return Resource.ofEmployee("goal g", owner);
    }
    if (kind == 1 && !organisation.units().isEmpty()) {
      return Resource.ofUnit("goal u", pick(organisation.units(), random).id());
    }
    return Resource.ofTenant("KPI k");
  }

  private static Set<Action> randomActions(Random random) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    for (Action action : Action.values()) {
      if (random.nextInt(3) == 0) {
        actions.add(action);
      }
    }
    return actions;
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  /** The rules of the standard policy, computed by brute force over plain maps. */
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

    boolean allows(Actor actor, Action action, Resource resource) {
      if (actor instanceof Actor.SystemActor system) {
        return system.allowed().contains(action);
      }
      Actor.Person person = (Actor.Person) actor;
      EmployeeId p = person.employee();
      if (!managerOf.containsKey(p)) {
        return false;
      }
      if (new RecognitionRulesProperties.RecognitionOracle(managerOf, unitOf, parentOf).byRelation(p, action, resource)) { return true; }
      Optional<Boolean> development = DevelopmentRulesProperties.byRelation(p, action, resource, managerOf, unitOf, parentOf);
      if (development.isPresent() && DevelopmentRulesProperties.DEVELOPMENT.contains(action)) {
        return development.get();
      }
      Optional<Boolean> feedback = FeedbackRulesProperties.decide(p, action, resource, managerOf, unitOf, parentOf);
      if (feedback.isPresent()) {
        return feedback.get();
      }
      if (resource instanceof Resource.OfEmployee of && OWN.contains(action)
          && (of.employee().equals(p) || chain(of.employee()).contains(p))) {
        return true;
      }
      if (resource instanceof Resource.OfEmployee of && action == Action.EXPORT_PERSONAL_DATA
          && of.employee().equals(p)) {
        return true;
      }
      if (resource instanceof Resource.OfEmployee of && action == Action.VIEW_PAY
          && (of.employee().equals(p) || managerOf.containsKey(of.employee()) && chain(of.employee()).contains(p))) {
        return true;
      }
      if (resource instanceof Resource.OfUnit of) {
        if (OWN.contains(action)) {
          for (EmployeeId m : managerOf.keySet()) {
            if (within(unitOf.get(m), of.unit()) && chain(m).contains(p)) {
              return true;
            }
          }
        }
        if (UNIT_READ.contains(action) && within(unitOf.get(p), of.unit())) {
          return true;
        }
      }
      if (resource instanceof Resource.OfTenant && TENANT_READ.contains(action)) {
        return true;
      }
      for (HrGrant grant : person.grants()) {
        if (!grant.actions().contains(action)) {
          continue;
        }
        if (grant.unit().isEmpty()) {
          return true;
        }
        if (resource instanceof Resource.OfEmployee of && unitOf.containsKey(of.employee())
            && within(unitOf.get(of.employee()), grant.unit().get())) {
          return true;
        }
        if (resource instanceof Resource.OfUnit of && within(of.unit(), grant.unit().get())) {
          return true;
        }
      }
      return false;
    }

    private List<EmployeeId> chain(EmployeeId employee) {
      List<EmployeeId> chain = new ArrayList<>();
      Optional<EmployeeId> next = managerOf.getOrDefault(employee, Optional.empty());
      while (next.isPresent()) {
        chain.add(next.get());
        next = managerOf.getOrDefault(next.get(), Optional.empty());
      }
      return chain;
    }

    private boolean within(OrgUnitId unit, OrgUnitId ancestor) {
      return OracleChains.within(parentOf, unit, ancestor);
    }
  }
}
