package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each of the {@link Conventions} fails on classes that break it on purpose ({@code
 * conventions.bad}) and passes on classes that keep it ({@code conventions.good}), so that a rule
 * that could never fail cannot pass unnoticed.
 */
class ConventionsCanFailTest {
  private static final String BAD = "dev.pillars.examples.conventions.bad..";
  private static final String GOOD = "dev.pillars.examples.conventions.good..";

  private static JavaClasses fixtures;
  private static JavaClasses good;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages("dev.pillars.examples.conventions");
    good = new ClassFileImporter().importPackages("dev.pillars.examples.conventions.good");
  }

  @Test
  void theSystemClockIsCaughtAndAnInjectedOneIsNot() {
    assertThatThrownBy(() -> Conventions.noSystemClock(BAD).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Instant.now()")
        .hasMessageContaining("LocalDate.now(java.time.ZoneId)")
        .hasMessageContaining("Clock.systemUTC()");
    assertThatCode(() -> Conventions.noSystemClock(GOOD).check(fixtures)).doesNotThrowAnyException();
  }

  @Test
  void aPublicBuiltInStrategyIsCaughtAndAPublicAbstractBaseIsNot() {
    assertThatThrownBy(() -> Conventions.builtInStrategiesAreNotPublic(BAD).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("PublicStrategy");
    assertThatCode(() -> Conventions.builtInStrategiesAreNotPublic(GOOD).check(fixtures)).doesNotThrowAnyException();
  }

  @Test
  void aThirdPartyTypeInAPublicSignatureIsCaughtEvenAsATypeArgument() {
    assertThatThrownBy(() -> Conventions.publicSignaturesNameOnly(List.of(), BAD).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LeaksGuava.names()")
        .hasMessageContaining("com.google.common.collect.ImmutableList");
    assertThatCode(() -> Conventions.publicSignaturesNameOnly(List.of(), GOOD).check(fixtures))
        .doesNotThrowAnyException();
    assertThatCode(() -> Conventions.publicSignaturesNameOnly(List.of("com.google.common."), BAD).check(fixtures))
        .doesNotThrowAnyException();
  }

  @Test
  void reachingIntoAnotherModulesInternalPackageIsCaught() {
    String module = "dev.pillars.examples.conventions.good";
    assertThatThrownBy(() -> Conventions.internalPackagesStayInside(module).check(fixtures))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReachesIn");
    assertThatCode(() -> Conventions.internalPackagesStayInside(module).check(good)).doesNotThrowAnyException();
  }

  @Test
  void exportingAnInternalPackageIsCaught() {
    ModuleDescriptor leaky =
        ModuleDescriptor.newModule("dev.pillars.leaky")
            .exports("dev.pillars.leaky")
            .exports("dev.pillars.leaky.internal")
            .exports(java.util.Set.of(), "dev.pillars.leaky.internal.codec", java.util.Set.of("com.host.app"))
            .build();
    assertThat(Conventions.exportedInternalPackages(leaky))
        .containsExactlyInAnyOrder(
            "dev.pillars.leaky exports dev.pillars.leaky.internal",
            "dev.pillars.leaky exports dev.pillars.leaky.internal.codec");
    ModuleDescriptor tidy =
        ModuleDescriptor.newModule("dev.pillars.tidy").exports("dev.pillars.tidy")
            .exports(java.util.Set.of(), "dev.pillars.tidy.internal", java.util.Set.of("dev.pillars.friend")).build();
    assertThat(Conventions.exportedInternalPackages(tidy)).isEmpty();
  }
}
