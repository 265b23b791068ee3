package dev.pillars.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.pillars.scoring.ScoringStrategy;
import java.lang.module.ModuleDescriptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The project's conventions as ArchUnit rules, each made for the packages it judges, so that {@link
 * ArchitectureTest} applies them to the library and {@link ConventionsCanFailTest} to small classes
 * that break them on purpose.
 */
final class Conventions {
  private Conventions() {}

  /**
   * Time comes from an injected {@link Clock}: no {@code Clock.system*()}, and no {@code now()} of a
   * {@code java.time} type without a clock.
   */
  static ArchRule noSystemClock(String... packages) {
    DescribedPredicate<JavaMethodCall> readsTheSystemClock =
        new DescribedPredicate<>("Clock.system*() or a java.time now() without a Clock") {
          @Override
          public boolean test(JavaMethodCall call) {
            MethodCallTarget target = call.getTarget();
            String owner = target.getOwner().getName();
            if (owner.equals(Clock.class.getName())) {
              return target.getName().startsWith("system");
            }
            return owner.startsWith("java.time.")
                && target.getName().equals("now")
                && target.getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
          }
        };
    return noClasses()
        .that()
        .resideInAnyPackage(packages)
        .should()
        .callMethodWhere(readsTheSystemClock)
        .because("time comes from an injected java.time.Clock (DESIGN.md: identity, time, tenancy)");
  }

  /**
   * Built-in strategies are reached through their family's static factories and the registry, never
   * by class: no concrete strategy class is public. Abstract classes that authors extend may be.
   */
  static ArchRule builtInStrategiesAreNotPublic(String... packages) {
    return classes()
        .that()
        .resideInAnyPackage(packages)
        .and()
        .areAssignableTo(ScoringStrategy.class)
        .and()
        .areNotInterfaces()
        .and()
        .doNotHaveModifier(JavaModifier.ABSTRACT)
        .should()
        .notBePublic()
        .andShould()
        .notBeProtected()
        .because("hosts get built-in strategies from static factories and the registry, not by class name")
        .allowEmptyShould(true);
  }

  /**
   * The public API names only JDK types, JSpecify's annotations, Pillars' own types and those of
   * {@code alsoAllowed} (such as QuickTheories for the module that publishes generators): the types
   * of public and protected fields, parameters, results, exceptions and supertypes of every public
   * type, type arguments included.
   */
  static ArchRule publicSignaturesNameOnly(List<String> alsoAllowed, String... packages) {
    List<String> allowed = new ArrayList<>(List.of("java.", "javax.", "org.jspecify.", "dev.pillars."));
    allowed.addAll(alsoAllowed);
    String described = "name only types of " + String.join(", ", allowed).replace(".,", ",") + " in its public signatures";
    ArchCondition<JavaClass> condition =
        new ArchCondition<>(described) {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            for (String violation : foreignTypes(type, allowed)) {
              events.add(SimpleConditionEvent.violated(type, violation));
            }
          }
        };
    return classes()
        .that()
        .resideInAnyPackage(packages)
        .and(isApi())
        .should(condition)
        .because("hosts choose their own versions of third-party libraries (STYLE.md)")
        .allowEmptyShould(true);
  }

  /** Classes that are public, and whose enclosing classes are too. */
  private static DescribedPredicate<JavaClass> isApi() {
    return new DescribedPredicate<>("are public API") {
      @Override
      public boolean test(JavaClass type) {
        for (Optional<JavaClass> c = Optional.of(type); c.isPresent(); c = c.get().getEnclosingClass()) {
          if (!c.get().getModifiers().contains(JavaModifier.PUBLIC)) {
            return false;
          }
        }
        return !type.isAnonymousClass();
      }
    };
  }

  private static Set<String> foreignTypes(JavaClass type, List<String> allowed) {
    Set<String> found = new LinkedHashSet<>();
    List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
    type.getSuperclass().ifPresent(supertypes::add);
    supertypes.forEach(t -> collect(t, "a supertype of " + type.getName(), allowed, found));
    for (JavaMember member : type.getMembers()) {
      Set<JavaModifier> modifiers = member.getModifiers();
      if (!modifiers.contains(JavaModifier.PUBLIC) && !modifiers.contains(JavaModifier.PROTECTED)) {
        continue;
      }
      if (member instanceof JavaField) {
        collect(((JavaField) member).getType(), member.getFullName(), allowed, found);
      } else if (member instanceof JavaCodeUnit) {
        JavaCodeUnit unit = (JavaCodeUnit) member;
        collect(unit.getReturnType(), member.getFullName(), allowed, found);
        unit.getParameterTypes().forEach(t -> collect(t, member.getFullName(), allowed, found));
        unit.getThrowsClause().getTypes().forEach(t -> collect(t, member.getFullName(), allowed, found));
      }
    }
    return found;
  }

  private static void collect(JavaType type, String where, List<String> allowed, Set<String> found) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      JavaClass base = raw.isArray() ? raw.getBaseComponentType() : raw;
      if (base.isPrimitive() || allowed.stream().anyMatch(prefix -> base.getName().startsWith(prefix))) {
        continue;
      }
      found.add(where + " names " + base.getName());
    }
  }

  /**
   * A module's {@code internal} packages are its own: no class outside {@code module} depends on
   * one.
   */
  static ArchRule internalPackagesStayInside(String module) {
    return noClasses()
        .that()
        .resideOutsideOfPackage(module + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(module + "..internal..")
        .because("internal packages are public for technical reasons only (STYLE.md)")
        .allowEmptyShould(true);
  }

  /**
   * Returns one line for each {@code internal} package a module exports to a host: an {@code
   * internal} package is public for technical reasons only. A qualified export to Pillars' own
   * modules only (such as the SPI's shared store code, exported to the two stores) stays out of
   * hosts' reach and is allowed.
   */
  static List<String> exportedInternalPackages(ModuleDescriptor module) {
    List<String> exported = new ArrayList<>();
    for (ModuleDescriptor.Exports exports : module.exports()) {
      boolean toPillarsOnly = exports.isQualified()
          && exports.targets().stream().allMatch(target -> target.startsWith("dev.pillars."));
      if (!toPillarsOnly && (exports.source().endsWith(".internal") || exports.source().contains(".internal."))) {
        exported.add(module.name() + " exports " + exports.source());
      }
    }
    return exported;
  }
}
