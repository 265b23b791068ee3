package dev.pillars.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pillars.core.TenantId;
import dev.pillars.persistence.jdbc.JdbcStore;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a host that embeds the published modules gets on its class path and module graph. This
 * module depends on them as a host does, so its class path is the one Maven resolves for a host.
 */
class ConsumerDependenciesTest {
  @Test
  void theJdbcStoreBringsNoCockroachDbSupport() {
    assertThat(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)))
        .as("the class path a host of pillars-persistence-jdbc gets")
        .anySatisfy(entry -> assertThat(entry).contains("flyway-database-postgresql"))
        .noneSatisfy(entry -> assertThat(entry).contains("flyway-database-cockroachdb"));
  }

  @Test
  void coreRequiresNoLoggingApi() {
    assertThat(requires(TenantId.class)).doesNotContain("org.slf4j");
  }

  @Test
  void theJdbcStoreRequiresFlywayOnlyStatically() {
    ModuleDescriptor jdbc = descriptor(JdbcStore.class);
    assertThat(jdbc.requires())
        .filteredOn(r -> r.name().equals("flyway.core"))
        .singleElement()
        .satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
  }

  private static Set<String> requires(Class<?> anchor) {
    return descriptor(anchor).requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
  }

  private static ModuleDescriptor descriptor(Class<?> anchor) {
    return PublishedApi.descriptorOf(anchor).orElseThrow();
  }
}
