package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import dev.pillars.core.TenantId;
import dev.pillars.persistence.jdbc.JdbcStore;
import dev.pillars.persistence.memory.MemoryStore;
import dev.pillars.persistence.spi.TenantStore;
import dev.pillars.persistence.tck.PillarsStoreContract;
import dev.pillars.scoring.StrategyConfig;
import dev.pillars.scoring.cel.FormulaStrategyProvider;
import dev.pillars.testing.CoreGens;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The error rule of {@link dev.pillars.core.PillarsException} over the whole public API of every
 * published module: Guava's {@link NullPointerTester} passes {@code null} for each parameter not
 * annotated {@code @Nullable} of every public constructor, static method and (on a sample
 * instance) instance method, and requires a {@link NullPointerException}.
 */
class PublicApiSanityTest {
  /** One class of each published module; the module's whole public API is found from it. */
  private static final List<Class<?>> MODULES =
      List.of(
          TenantId.class,
          StrategyConfig.class,
          FormulaStrategyProvider.class,
          TenantStore.class,
          MemoryStore.class,
          JdbcStore.class,
          PillarsStoreContract.class,
          CoreGens.class,
          dev.pillars.engine.Pillars.class);

  @TestFactory
  Stream<DynamicNode> everyPublicMethodRejectsNullArgumentsWithANullPointerException() {
    ApiSamples samples = ApiSamples.create();
    NullPointerTester tester = samples.registerDefaults(new NullPointerTester());
    return MODULES.stream()
        .map(PublishedApi::of)
        .map(api -> DynamicContainer.dynamicContainer(
            api.module(),
            api.classes().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
              if (!Modifier.isAbstract(type.getModifiers())) {
                tester.testAllPublicConstructors(type);
              }
              tester.testAllPublicStaticMethods(type);
              if (!HOST_IMPLEMENTED.contains(type.getName())) {
                for (Object instance : samples.instancesOf(type)) {
                  tester.testAllPublicInstanceMethods(instance);
                }
              }
            }))));
  }

  /**
   * Types whose instance methods are not checked, because they are interfaces a host implements
   * (a listener, the strategy contracts its tests implement): an instance would be the host's own
   * code. A new type that has no sample in {@link ApiSamples} and is not listed here fails the
   * test below.
   */
  private static final Set<String> HOST_IMPLEMENTED =
      Set.of(
          "dev.pillars.core.event.DomainEventListener",
          "dev.pillars.engine.access.AccessPolicy",
          "dev.pillars.engine.event.EventCodec",
          "dev.pillars.engine.event.EventSink",
          "dev.pillars.engine.score.RollUpRule",
          "dev.pillars.testing.scoring.AggregationStrategyContract",
          "dev.pillars.testing.scoring.AttainmentStrategyContract",
          "dev.pillars.testing.scoring.CompositionStrategyContract",
          "dev.pillars.testing.scoring.RatingStrategyContract",
          "dev.pillars.testing.scoring.ScoringStrategyContract");

  @Test
  void everyNullPointerExceptionForANullArgumentSaysWhichArgument() {
    NullMessages messages = new NullMessages(ApiSamples.create());
    List<String> bare = new ArrayList<>();
    for (Class<?> module : MODULES) {
      for (Class<?> type : PublishedApi.of(module).classes()) {
        bare.addAll(messages.bareIn(type));
      }
    }
    assertThat(bare).as("NullPointerExceptions without the parameter's name").isEmpty();
  }

  @Test
  void everyTypeWithInstanceMethodsTakingReferencesHasASample() {
    ApiSamples samples = ApiSamples.create();
    List<String> missing = new ArrayList<>();
    for (Class<?> module : MODULES) {
      for (Class<?> type : PublishedApi.of(module).classes()) {
        if (takesReferences(type) && samples.instancesOf(type).isEmpty() && !HOST_IMPLEMENTED.contains(type.getName())) {
          missing.add(type.getName());
        }
      }
    }
    assertThat(missing).as("published types with no sample in ApiSamples").isEmpty();
  }

  private static boolean takesReferences(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().getName().startsWith("dev.pillars."))
        .filter(m -> !m.getName().equals("equals"))
        .map(Method::getParameterTypes)
        .flatMap(Arrays::stream)
        .anyMatch(p -> !p.isPrimitive());
  }
}
