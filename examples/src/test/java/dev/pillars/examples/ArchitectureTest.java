package dev.pillars.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import dev.pillars.core.TenantId;
import dev.pillars.persistence.jdbc.JdbcStore;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.PillarsStore;
import dev.pillars.persistence.tck.PillarsStoreContract;
import dev.pillars.scoring.ScoringStrategy;
import dev.pillars.testing.CoreGens;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules over every Pillars module: module layering as DESIGN.md allows it, no package
 * cycles, {@code internal} packages private to their module and never exported, no printing or
 * java.util.logging in library code, and the {@link Conventions}: time from an injected clock,
 * built-in strategies not public, no third-party types in public signatures. It lives in {@code
 * examples} because that module sees all the others; {@link ConventionsCanFailTest} shows that
 * each convention catches what it forbids.
 */
class ArchitectureTest {
  private static final String[] LIBRARY = {
    "dev.pillars.core..",
    "dev.pillars.scoring..",
    "dev.pillars.persistence..",
    "dev.pillars.testing.."
  };

  private static final String[] MODULES =
      {"dev.pillars.core", "dev.pillars.scoring", "dev.pillars.persistence", "dev.pillars.testing", "dev.pillars.engine"};

  /** A class of each published module, to find its module descriptor by. */
  private static final List<Class<?>> PUBLISHED =
      List.of(
          TenantId.class,
          ScoringStrategy.class,
          PillarsStore.class,
          MemoryStore.class,
          JdbcStore.class,
          PillarsStoreContract.class,
          CoreGens.class,
          dev.pillars.engine.Pillars.class);

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
            .layer("engine").definedBy("dev.pillars.engine..")
            .layer("examples").definedBy("dev.pillars.examples..")
            .whereLayer("examples").mayNotBeAccessedByAnyLayer()
            .whereLayer("engine").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("testing").mayOnlyBeAccessedByLayers("examples", "persistence-tck")
            .whereLayer("persistence-tck").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("persistence-memory").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("persistence-jdbc").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("persistence-spi")
            .mayOnlyBeAccessedByLayers(
                "persistence-memory", "persistence-tck", "persistence-jdbc", "engine", "examples")
            .whereLayer("scoring-cel").mayOnlyBeAccessedByLayers("examples")
            .whereLayer("scoring").mayOnlyBeAccessedByLayers("scoring-cel", "testing", "engine", "examples")
            .whereLayer("core")
            .mayOnlyBeAccessedByLayers(
                "scoring",
                "scoring-cel",
                "persistence-spi",
                "persistence-memory",
                "persistence-tck",
                "persistence-jdbc",
                "testing",
                "engine",
                "examples");
    rule.check(classes);
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("dev.pillars.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirModule() {
    for (String module : MODULES) {
      Conventions.internalPackagesStayInside(module).check(classes);
    }
  }

  @Test
  void noModuleExportsAnInternalPackage() throws IOException {
    List<String> exported = new ArrayList<>();
    for (Class<?> member : PUBLISHED) {
      exported.addAll(Conventions.exportedInternalPackages(descriptorOf(member)));
    }
    assertThat(exported).isEmpty();
  }

  /** Reads the module-info.class of the jar or classes folder a class was loaded from. */
  private static ModuleDescriptor descriptorOf(Class<?> member) throws IOException {
    Path location;
    try {
      location = Path.of(member.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    if (Files.isDirectory(location)) {
      try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    }
    try (JarFile jar = new JarFile(location.toFile());
        InputStream in = jar.getInputStream(jar.getEntry("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void libraryCodeTakesTimeFromAnInjectedClock() {
    Conventions.noSystemClock(LIBRARY).check(classes);
  }

  @Test
  void builtInStrategiesAreNotPublic() {
    Conventions.builtInStrategiesAreNotPublic(LIBRARY).check(classes);
  }

  @Test
  void publicSignaturesNameOnlyJdkJSpecifyAndPillarsTypes() {
    Conventions.publicSignaturesNameOnly(
            List.of(), "dev.pillars.core..", "dev.pillars.scoring..", "dev.pillars.persistence.spi..",
            "dev.pillars.persistence.memory..", "dev.pillars.persistence.jdbc..")
        .check(classes);
  }

  @Test
  void kitsNameOnlyTheirTestFrameworksBeside() {
    // the TCK's and the generators' public API are JUnit 5 contracts and QuickTheories generators
    Conventions.publicSignaturesNameOnly(
            List.of("org.quicktheories.", "org.junit."), "dev.pillars.persistence.tck..", "dev.pillars.testing..")
        .check(classes);
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
