package dev.pillars.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules over every Pillars module: module layering as DESIGN.md allows it, no package
 * cycles, {@code internal} packages private to their module, and no printing or
 * java.util.logging in library code. It lives in {@code examples} because that module sees all
 * the others.
 */
class ArchitectureTest {
  private static final String[] LIBRARY = {
    "dev.pillars.core..",
    "dev.pillars.scoring..",
    "dev.pillars.persistence..",
    "dev.pillars.testing.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pillars");
  }

  @Test
  void modulesDependOnlyOnTheModulesDesignAllows() {
    ArchRule rule =
        layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("dev.pillars..")
            .withOptionalLayers(true)
            .layer("core").definedBy("dev.pillars.core..")
            .layer("scoring")
            .definedBy(resideInAPackage("dev.pillars.scoring..").and(not(resideInAPackage("dev.pillars.scoring.cel.."))))
            .layer("scoring-cel").definedBy("dev.pillars.scoring.cel..")
            .layer("persistence-spi").definedBy("dev.pillars.persistence.spi..")
            .layer("persistence-memory").definedBy("dev.pillars.persistence.memory..")
            .layer("persistence-tck").definedBy("dev.pillars.persistence.tck..")
            .layer("persistence-jdbc").definedBy("dev.pillars.persistence.jdbc..")
            .layer("testing").definedBy("dev.pillars.testing..")
            .layer("examples").definedBy("dev.pillars.examples..")
            .whereLayer("examples").mayNotBeAccessedByAnyLayer()
            .whereLayer("testing").mayOnlyBeAccessedByLayers("examples", "persistence-tck")
            .whereLayer("persistence-tck").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("persistence-memory").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("persistence-jdbc").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("persistence-spi")
            .mayOnlyBeAccessedByLayers(
                "persistence-memory", "persistence-tck", "persistence-jdbc", "examples")
            .whereLayer("scoring-cel").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("scoring").mayOnlyBeAccessedByLayers("scoring-cel", "testing", "examples")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers(
                "scoring",
                "scoring-cel",
                "persistence-spi",
                "persistence-memory",
                "persistence-tck",
                "persistence-jdbc",
                "testing",
                "examples");
    rule.check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.pillars.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirModule() {
    for (String module : new String[] {"core", "scoring", "persistence", "testing"}) {
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.pillars." + module + "..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.pillars." + module + "..internal..")
          .because("internal packages are implementation details of their module")
          .allowEmptyShould(true)
          .check(classes);
    }
  }

  @Test
  void libraryCodeNeverPrints() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARY)
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .check(classes);
  }

  @Test
  void libraryCodeNeverUsesJavaUtilLogging() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARY)
        .should(GeneralCodingRules.USE_JAVA_UTIL_LOGGING)
        .check(classes);
  }
}
