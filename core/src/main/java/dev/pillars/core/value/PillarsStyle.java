package dev.pillars.core.value;

import dev.pillars.core.MissingAttributeException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Pillars value type.
 *
 * <p>The generated implementation is package-private and hidden behind the abstract type
 * ({@code overshadowImplementation}), so the public API only ever names the abstract value and its
 * {@code of(...)} or {@code builder()} factories. Builders are strict (each attribute set once) and
 * the generated code uses JDK collections only. Validation lives in each value's {@code
 * @Value.Check} method, so an invalid value cannot exist.
 *
 * <p>Annotating a value type of a host application with this style is allowed and gives it the same
 * conventions; the annotation has no runtime retention and costs nothing at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = MissingAttributeException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface PillarsStyle {}
