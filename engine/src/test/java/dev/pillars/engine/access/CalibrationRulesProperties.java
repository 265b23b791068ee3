package dev.pillars.engine.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.pillars.core.org.EmployeeId;
import dev.pillars.core.org.Organisation;
import dev.pillars.testing.OrganisationGens;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The calibration rules of the standard policy against an oracle written independently of it:
 * calibrators see their session and its notes and may calibrate; others need a tenant-wide HR
 * grant for the action; nobody but a calibrator reads the notes; nobody else gets anything.
 */
class CalibrationRulesProperties {
  private static final Set<Action> CALIBRATOR =
      EnumSet.of(Action.VIEW_CALIBRATION, Action.VIEW_CALIBRATION_NOTES, Action.CALIBRATE);

  @Test
  void everyAnswerOnASessionAgreesWithTheOracle() {
    qt().withExamples(500).forAll(OrganisationGens.organisations(1, 20), longs().all()).checkAssert((organisation, seed) -> {
      Random random = new Random(seed);
      for (int i = 0; i < 20; i++) {
        Set<EmployeeId> calibrators = new HashSet<>();
        for (int c = 0; c < 1 + random.nextInt(3); c++) {
          calibrators.add(pick(organisation.employees(), random).id());
        }
        Actor actor = actor(organisation, calibrators, random);
        Action action = Action.values()[random.nextInt(Action.values().length)];
        Resource resource = Resource.ofCalibrationSession("calibration session s", calibrators);
        AccessDecision decision = AccessPolicy.standard().decide(AccessRequest.of(actor, action, resource, organisation));
        assertThat(decision.allowed())
            .as("%s %s %s: %s", actor, action, resource, decision.rule())
            .isEqualTo(oracle(organisation, actor, action, calibrators));
      }
    });
  }

  private static boolean oracle(Organisation organisation, Actor actor, Action action, Set<EmployeeId> calibrators) {
    if (actor instanceof Actor.SystemActor system) {
      return system.allowed().contains(action);
    }
    Actor.Person person = (Actor.Person) actor;
    if (organisation.employee(person.employee()).isEmpty()) {
      return false;
    }
    if (calibrators.contains(person.employee())) {
      if (CALIBRATOR.contains(action)) {
        return true;
      }
    } else if (action == Action.VIEW_CALIBRATION_NOTES) {
      return false;
    }
    return person.grants().stream().anyMatch(g -> g.actions().contains(action) && g.unit().isEmpty());
  }

  private static Actor actor(Organisation organisation, Set<EmployeeId> calibrators, Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return Actor.system("feed", actions(random));
    }
    EmployeeId id = kind == 1 ? EmployeeId.of("stranger")
        : kind < 5 ? new ArrayList<>(calibrators).get(random.nextInt(calibrators.size()))
        : pick(organisation.employees(), random).id();
    List<HrGrant> grants = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      Set<Action> actions = actions(random);
      if (!actions.isEmpty()) {
        grants.add(random.nextBoolean() ? HrGrant.tenantWide("hr", actions)
            : HrGrant.forUnit("hrbp", pick(organisation.units(), random).id(), actions));
      }
    }
    return Actor.hr(id, grants);
  }

  private static Set<Action> actions(Random random) {
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
}
