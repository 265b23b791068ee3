package dev.pillars.persistence.tck;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a group of the kit the {@link PillarsStoreContract} it is nested in, so that a group's
 * {@code @Nested} wiring needs no code: {@link TenantContract} asks for it in its
 * {@code @BeforeEach} method, and it is found among the enclosing test instances.
 */
final class EnclosingKit implements ParameterResolver {
  /** Created by JUnit, from {@link TenantContract}'s {@code @ExtendWith}. */
  EnclosingKit() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PillarsStoreContract.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRequiredTestInstances()
        .findInstance(PillarsStoreContract.class)
        .orElseThrow(
            () ->
                new ParameterResolutionException(
                    context.getRequiredTestClass().getName()
                        + " is a group of the persistence TCK: run it as a @Nested class of a PillarsStoreContract"));
  }
}
