package dev.pillars.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pillars.core.InvalidInputException;
import dev.pillars.core.event.Change;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Competency models: exact required levels, revisions, and a rejecting test for each rule. */
class CompetencyModelMutationTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);
  static final CompetencyId SAFETY = CompetencyId.of("safety");
  static final CompetencyId LEAD = CompetencyId.of("lead");
  static final ModelRevision FIRST = ModelRevision.first(CompetencyModelId.of("plant"));

  static Competency competency(CompetencyId id, boolean leadership, int levels) {
    List<ProficiencyLevel> list = new java.util.ArrayList<>();
    for (int i = 1; i <= levels; i++) {
      list.add(new ProficiencyLevel(i, "L" + i, "does level " + i));
    }
    return new Competency(id, id.value() + " skill", leadership, list);
  }

  static CompetencyModel model(List<Requirement> requirements) {
    return new CompetencyModel(FIRST, "Plant", List.of(competency(SAFETY, false, 4), competency(LEAD, true, 3)), requirements);
  }

  @Test
  void requiredLevelsTakeTheHighestRequirementThatApplies() {
    CompetencyModel model = model(List.of(
        Requirement.forRole("operator", SAFETY, 2),
        Requirement.forGrade("G3", SAFETY, 3),
        Requirement.forRole("supervisor", LEAD, 2),
        Requirement.forGrade("G3", LEAD, 1)));
    assertThat(model.requiredLevels("operator", "G1")).containsExactly(2, 0);
    assertThat(model.requiredLevels("operator", "G3")).containsExactly(3, 1);
    assertThat(model.requiredLevels("supervisor", "G3")).containsExactly(3, 2);
    assertThat(model.requiredLevels("cleaner", "G1")).containsExactly(0, 0);
    assertThat(model.requiredLevel("operator", "G3", SAFETY)).isEqualTo(OptionalInt.of(3));
    assertThat(model.requiredLevel("operator", "G1", SAFETY)).isEqualTo(OptionalInt.of(2));
    assertThat(model.requiredLevel("operator", "G1", LEAD)).isEqualTo(OptionalInt.empty());
    assertThat(model.requiredLevel("G3", "operator", SAFETY)).isEqualTo(OptionalInt.empty());
  }

  @Test
  void aRequirementAppliesByItsOwnScope() {
    Requirement role = Requirement.forRole("x", SAFETY, 1);
    Requirement grade = Requirement.forGrade("x", SAFETY, 1);
    assertThat(role.scope()).isEqualTo(RequirementScope.ROLE);
    assertThat(grade.scope()).isEqualTo(RequirementScope.GRADE);
    assertThat(role.appliesTo("x", "y")).isTrue();
    assertThat(role.appliesTo("y", "x")).isFalse();
    assertThat(grade.appliesTo("y", "x")).isTrue();
    assertThat(grade.appliesTo("x", "y")).isFalse();
  }

  @Test
  void findsCompetenciesAndTheirPositions() {
    CompetencyModel model = model(List.of());
    assertThat(model.indexOf(SAFETY)).isZero();
    assertThat(model.indexOf(LEAD)).isEqualTo(1);
    assertThat(model.indexOf(CompetencyId.of("other"))).isEqualTo(-1);
    assertThat(model.competency(LEAD).orElseThrow().highestLevel()).isEqualTo(3);
    assertThat(model.competency(CompetencyId.of("other"))).isEmpty();
  }

  @Test
  void checksALevelAgainstTheCompetencysRange() {
    CompetencyModel model = model(List.of());
    model.checkLevel(LEAD, 1);
    model.checkLevel(LEAD, 3);
    assertThatThrownBy(() -> model.checkLevel(LEAD, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("level was 0: must be a level of lead (1 to 3)");
    assertThatThrownBy(() -> model.checkLevel(LEAD, 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("level was 4: must be a level of lead (1 to 3)");
    assertThatThrownBy(() -> model.checkLevel(CompetencyId.of("other"), 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("competency was other: must be a competency of model plant#1");
  }

  @Test
  void publishesTheFirstRevisionAndRevisesToTheNext() {
    CompetencyModel model = model(List.of());
    Change<CompetencyModel> published = CompetencyModel.publish(model, CLOCK);
    assertThat(published.value()).isSameAs(model);
    assertThat(published.events()).containsExactly(new CompetencyModelPublished(model, CLOCK.instant()));
    assertThat(published.events().get(0).aggregateId()).isEqualTo("plant#1");

    Change<CompetencyModel> revised = model.revise(List.of(competency(SAFETY, false, 5)), List.of(Requirement.forRole("op", SAFETY, 5)), CLOCK);
    assertThat(revised.value().id()).isEqualTo(new ModelRevision(CompetencyModelId.of("plant"), 2));
    assertThat(revised.value().name()).isEqualTo("Plant");
    assertThat(revised.value().requiredLevels("op", "G")).containsExactly(5);
    assertThat(revised.events()).containsExactly(new CompetencyModelPublished(revised.value(), CLOCK.instant()));

    assertThatThrownBy(() -> CompetencyModel.publish(revised.value(), CLOCK))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("revision was 2: must be 1 for a new model");
  }

  @Test
  void revisionsOrderByModelThenNumber() {
    ModelRevision a1 = ModelRevision.first(CompetencyModelId.of("a"));
    ModelRevision a2 = a1.next();
    ModelRevision b1 = ModelRevision.first(CompetencyModelId.of("b"));
    assertThat(a1.revision()).isEqualTo(1);
    assertThat(a2.revision()).isEqualTo(2);
    assertThat(a1.compareTo(a2)).isNegative();
    assertThat(a2.compareTo(a1)).isPositive();
    assertThat(a2.compareTo(b1)).isNegative();
    assertThat(a1.compareTo(ModelRevision.first(CompetencyModelId.of("a")))).isZero();
    assertThat(a2).hasToString("a#2");
    assertThat(CompetencyModelId.of("a").compareTo(CompetencyModelId.of("b"))).isNegative();
    assertThat(CompetencyId.of("b").compareTo(CompetencyId.of("a"))).isPositive();
    assertThat(CompetencyId.of("b")).hasToString("b");
    assertThatThrownBy(() -> new ModelRevision(CompetencyModelId.of("a"), 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("revision was 0: must be 1 or more");
  }

  @Test
  void rejectsBadCompetencies() {
    assertThatThrownBy(() -> new Competency(SAFETY, "Safety", false, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("levels was []: must hold at least one level");
    assertThatThrownBy(() -> new Competency(SAFETY, "Safety", false,
            List.of(new ProficiencyLevel(1, "a", "b"), new ProficiencyLevel(3, "c", "d"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("levels was 3: must be numbered 1, 2, ... in order (position 2 of safety)");
    assertThatThrownBy(() -> new Competency(SAFETY, " ", false, List.of(new ProficiencyLevel(1, "a", "b"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name was ' ': must not be blank");
    assertThatThrownBy(() -> new ProficiencyLevel(0, "a", "b"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("level was 0: must be 1 or more");
    assertThatThrownBy(() -> new ProficiencyLevel(1, "", "b"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("label was '': must not be blank");
    assertThatThrownBy(() -> new ProficiencyLevel(1, "a", " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("behaviour was ' ': must not be blank");
    assertThat(new ProficiencyLevel(1, "a", "b").level()).isEqualTo(1);
  }

  @Test
  void rejectsBadRequirements() {
    assertThatThrownBy(() -> Requirement.forRole("op", SAFETY, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("level was 0: must be 1 or more");
    assertThatThrownBy(() -> Requirement.forGrade(" ", SAFETY, 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("value was ' ': must not be blank");
    assertThat(Requirement.forRole("op", SAFETY, 1).level()).isEqualTo(1);
  }

  @Test
  void rejectsBadModels() {
    assertThatThrownBy(() -> new CompetencyModel(FIRST, "Plant", List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("competencies was []: must hold at least one competency");
    assertThatThrownBy(() -> new CompetencyModel(FIRST, " ", List.of(competency(SAFETY, false, 1)), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("name was ' ': must not be blank");
    assertThatThrownBy(() -> new CompetencyModel(FIRST, "Plant", List.of(competency(SAFETY, false, 1), competency(SAFETY, true, 2)), List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("competencies was safety: must not repeat a competency id");
    assertThatThrownBy(() -> model(List.of(Requirement.forRole("op", CompetencyId.of("other"), 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("requirement.competency was other: must be a competency of model plant#1");
    assertThatThrownBy(() -> model(List.of(Requirement.forRole("op", LEAD, 4))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("requirement.level was 4: must be a level of lead (1 to 3)");
    assertThat(model(List.of(Requirement.forRole("op", LEAD, 3))).requiredLevels("op", "G")).containsExactly(0, 3);
    assertThatThrownBy(() -> model(List.of(Requirement.forRole("op", LEAD, 1), Requirement.forRole("op", LEAD, 2))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith(": must hold at most one requirement per ROLE and competency");
    assertThat(model(List.of(Requirement.forRole("op", LEAD, 1), Requirement.forGrade("op", LEAD, 2))).requirements()).hasSize(2);
  }
}
