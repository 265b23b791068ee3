package dev.pillars.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.org.Employee;
import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.testing.OrganisationGens;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The check that the oracle properties of a pillar's person rules share: over random organisations,
 * a person (one in ten a stranger to the organisation), with no grant or one HR grant (tenant-wide
 * for one action, or for a unit with every action), asks the standard policy for a random action of
 * the pillar on a random resource, and the answer must be the oracle's.
 */
final class PersonRuleAgreement {
  /** An oracle written from a pillar's rules: whether the person may take the action. */
  @FunctionalInterface
  interface Oracle {
    boolean allows(Actor.Person actor, Action action, Resource resource);
  }

  private PersonRuleAgreement() {}

  /**
   * Checks the standard policy against the oracle, 20 requests per organisation.
   *
   * @param actions the pillar's actions
   * @param grantOneIn one person in how many holds an HR grant
   * @param resources draws a resource of the pillar in an organisation
   * @param oracle the oracle over an organisation
   */
  static void check(List<Action> actions, int grantOneIn, BiFunction<Organisation, Random, Resource> resources,
      Function<Organisation, Oracle> oracle) {
    qt().withExamples(1000)
        .forAll(OrganisationGens.organisations(1, 20), longs().all())
        .checkAssert((organisation, seed) -> {
          Random random = new Random(seed);
          Oracle rules = oracle.apply(organisation);
          for (int i = 0; i < 20; i++) {
            List<Employee> people = organisation.employees();
            EmployeeId me = random.nextInt(10) == 0 ? EmployeeId.of("stranger") : people.get(random.nextInt(people.size())).id();
            List<HrGrant> grants = random.nextInt(grantOneIn) == 0
                ? List.of(random.nextBoolean()
                    ? HrGrant.tenantWide("hr", EnumSet.of(actions.get(random.nextInt(actions.size()))))
                    : HrGrant.forUnit("hrbp", organisation.units().get(random.nextInt(organisation.units().size())).id(),
                        EnumSet.copyOf(actions)))
                : List.of();
            Actor.Person actor = Actor.hr(me, grants);
            Action action = actions.get(random.nextInt(actions.size()));
            Resource resource = resources.apply(organisation, random);
            AccessDecision decision = AccessPolicy.standard().decide(AccessRequest.of(actor, action, resource, organisation));
            assertThat(decision.allowed())
                .as("%s %s %s: %s", actor, action, resource, decision.rule())
                .isEqualTo(rules.allows(actor, action, resource));
          }
        });
  }
}
