package dev.pillars.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.OrgUnitId;
import dev.pillars.core.org.Organisation;
import dev.pillars.testing.OrganisationGens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The development pillar's access rules against an oracle written plainly over maps: random
 * organisations, people with and without HR grants, the development actions and every kind of
 * resource. {@link AccessPolicyProperties}' oracle asks {@link #byRelation} for these actions too.
 */
class DevelopmentRulesProperties {
  static final Set<Action> DEVELOPMENT = EnumSet.of(
      Action.VIEW_COMPETENCY_MODEL, Action.DEFINE_COMPETENCY_MODEL, Action.VIEW_DEVELOPMENT, Action.ASSESS_COMPETENCY,
      Action.PLAN_DEVELOPMENT, Action.COACH, Action.VIEW_SUCCESSION, Action.MANAGE_SUCCESSION, Action.VIEW_LEADERSHIP);
  private static final Set<Action> PERSONAL =
      EnumSet.of(Action.VIEW_DEVELOPMENT, Action.ASSESS_COMPETENCY, Action.PLAN_DEVELOPMENT, Action.COACH);

  /**
   * The oracle's answer by relation for a development action, or empty where HR grants decide: a
   * plain reading of the rules over the maps of managers, units and parent units.
   */
  static Optional<Boolean> byRelation(
      EmployeeId person,
      Action action,
      Resource resource,
      Map<EmployeeId, Optional<EmployeeId>> managerOf,
      Map<EmployeeId, OrgUnitId> unitOf,
      Map<OrgUnitId, Optional<OrgUnitId>> parentOf) {
    if (action == Action.VIEW_COMPETENCY_MODEL && resource instanceof Resource.OfTenant) {
      return Optional.of(true);
    }
    if (resource instanceof Resource.OfEmployee of) {
      boolean own = of.employee().equals(person);
      boolean manages = managerOf.containsKey(of.employee()) && chain(of.employee(), managerOf).contains(person);
      if (PERSONAL.contains(action) && (own || manages)) {
        return Optional.of(true);
      }
      if ((action == Action.VIEW_SUCCESSION || action == Action.MANAGE_SUCCESSION) && (own || manages)) {
        return Optional.of(!own);
      }
    }
    if (resource instanceof Resource.OfUnit of && action == Action.VIEW_DEVELOPMENT) {
      for (EmployeeId member : managerOf.keySet()) {
        if (within(unitOf.get(member), of.unit(), parentOf) && chain(member, managerOf).contains(person)) {
          return Optional.of(true);
        }
      }
    }
    return Optional.empty();
  }

  private static List<EmployeeId> chain(EmployeeId employee, Map<EmployeeId, Optional<EmployeeId>> managerOf) {
    List<EmployeeId> chain = new ArrayList<>();
    Optional<EmployeeId> next = managerOf.getOrDefault(employee, Optional.empty());
    while (next.isPresent()) {
      chain.add(next.get());
      next = managerOf.getOrDefault(next.get(), Optional.empty());
    }
    return chain;
  }

  private static boolean within(OrgUnitId unit, OrgUnitId ancestor, Map<OrgUnitId, Optional<OrgUnitId>> parentOf) {
    return OracleChains.within(parentOf, unit, ancestor);
  }

  @Test
  void everyDevelopmentAnswerAgreesWithTheOracle() {
    qt().withExamples(500)
        .forAll(OrganisationGens.organisations(1, 20), longs().all())
        .checkAssert((organisation, seed) -> {
          Random random = new Random(seed);
          for (int i = 0; i < 30; i++) {
            EmployeeId person = organisation.employees().get(random.nextInt(organisation.employees().size())).id();
            Actor.Person actor = random.nextInt(4) == 0
                ? Actor.hr(person, List.of(HrGrant.tenantWide("hr", EnumSet.of(Action.VIEW_SUCCESSION, Action.VIEW_LEADERSHIP))))
                : Actor.person(person);
            Action action = List.copyOf(DEVELOPMENT).get(random.nextInt(DEVELOPMENT.size()));
            Resource resource = resource(organisation, random);
            AccessDecision decision = AccessPolicy.standard().decide(AccessRequest.of(actor, action, resource, organisation));
            assertThat(decision.allowed())
                .as("%s %s %s: %s", actor, action, resource, decision.rule())
                .isEqualTo(oracle(organisation, actor, action, resource));
          }
        });
  }

  @Test
  void theIncumbentNeverSeesTheirPositionsPlanEvenWithAGrant() {
    OrgUnitId plant = OrgUnitId.of("plant");
    EmployeeId incumbent = EmployeeId.of("ana");
    Organisation organisation = Organisation.of(
        dev.pillars.core.TenantId.of("t"),
        List.of(dev.pillars.core.org.OrgUnit.root(plant, "Plant")),
        List.of(dev.pillars.core.org.Employee.builder()
            .id(incumbent).displayName("Ana").unit(plant).role("Plant manager").grade("G9")
            .hireDate(java.time.LocalDate.of(2020, 1, 1)).build()));
    Actor hr = Actor.hr(incumbent, List.of(HrGrant.tenantWide("hr", EnumSet.allOf(Action.class))));
    assertThat(AccessPolicy.standard().decide(AccessRequest.of(hr, Action.VIEW_SUCCESSION,
        Resource.ofEmployee("succession plan p", incumbent), organisation)).allowed()).isFalse();
  }

  private static boolean oracle(Organisation organisation, Actor.Person actor, Action action, Resource resource) {
    Map<EmployeeId, Optional<EmployeeId>> managerOf = new java.util.HashMap<>();
    Map<EmployeeId, OrgUnitId> unitOf = new java.util.HashMap<>();
    Map<OrgUnitId, Optional<OrgUnitId>> parentOf = new java.util.HashMap<>();
    organisation.employees().forEach(e -> {
      managerOf.put(e.id(), e.manager());
      unitOf.put(e.id(), e.unit());
    });
    organisation.units().forEach(u -> parentOf.put(u.id(), u.parent()));
    Optional<Boolean> relation = byRelation(actor.employee(), action, resource, managerOf, unitOf, parentOf);
    if (relation.isPresent()) {
      return relation.get();
    }
    return actor.grants().stream().anyMatch(g -> g.actions().contains(action) && g.unit().isEmpty());
  }

  private static Resource resource(Organisation organisation, Random random) {
    int kind = random.nextInt(4);
    if (kind == 0) {
      return Resource.ofEmployee("plan", random.nextInt(8) == 0
          ? EmployeeId.of("stranger")
          : organisation.employees().get(random.nextInt(organisation.employees().size())).id());
    }
    if (kind == 1 && !organisation.units().isEmpty()) {
      return Resource.ofUnit("gaps", organisation.units().get(random.nextInt(organisation.units().size())).id());
    }
    if (kind == 2) {
      return Resource.ofEmployee("succession plan", organisation.employees().get(random.nextInt(organisation.employees().size())).id());
    }
    return Resource.ofTenant("competency models");
  }
}
