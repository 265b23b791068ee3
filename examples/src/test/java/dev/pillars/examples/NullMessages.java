package dev.pillars.examples;

import com.google.common.testing.ArbitraryInstances;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the public methods and constructors whose {@link NullPointerException} for a null argument
 * is bare: no message, or only the JVM's own "Cannot invoke ..." text, instead of the parameter's
 * name. {@link com.google.common.testing.NullPointerTester} checks that the exception is thrown;
 * this checks what it says.
 *
 * <p>Left out: the setters Immutables generates for {@code Optional}, collection and varargs
 * attributes of a builder (in the {@code Immutable*} classes). Their exception is the JVM's own,
 * which quotes the parameter ({@code because "description" is null}) except for varargs; the
 * generated code cannot be changed here.
 */
final class NullMessages {
  private final ApiSamples samples;

  NullMessages(ApiSamples samples) {
    this.samples = samples;
  }

  /** Returns one line per bare exception found among the public members of {@code type}. */
  List<String> bareIn(Class<?> type) {
    List<String> bare = new ArrayList<>();
    if (!Modifier.isAbstract(type.getModifiers())) {
      for (Constructor<?> constructor : type.getConstructors()) {
        check(constructor, null, bare);
      }
    }
    for (Method method : type.getMethods()) {
      if (!method.getDeclaringClass().getName().startsWith("dev.pillars.") || method.isSynthetic()) {
        continue;
      }
      if (Modifier.isStatic(method.getModifiers())) {
        if (method.getDeclaringClass() == type) {
          check(method, null, bare);
        }
      } else {
        for (Object instance : samples.instancesOf(type)) {
          check(method, instance, bare);
        }
      }
    }
    return bare;
  }

  private void check(Executable member, Object instance, List<String> bare) {
    if (generated(member.getDeclaringClass())) {
      return;
    }
    Parameter[] parameters = member.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i].getType().isPrimitive() || nullable(parameters[i])) {
        continue;
      }
      Optional<Object[]> args = arguments(parameters, i);
      if (args.isEmpty()) {
        continue;
      }
      Throwable thrown = invoke(member, instance, args.get());
      if (thrown instanceof NullPointerException && isBare(thrown.getMessage())) {
        bare.add(member + " argument " + i + ": " + thrown.getMessage());
      }
    }
  }

  private static boolean isBare(String message) {
    return message == null || message.startsWith("Cannot ");
  }

  private static boolean generated(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (c.getSimpleName().startsWith("Immutable")) {
        return true;
      }
    }
    return false;
  }

  private Optional<Object[]> arguments(Parameter[] parameters, int nullAt) {
    Object[] args = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      if (i == nullAt) {
        continue;
      }
      Class<?> type = parameters[i].getType();
      List<Object> sample = samples.instancesOf(type);
      Object value = sample.isEmpty() ? ArbitraryInstances.get(type) : sample.get(0);
      if (value == null) {
        return Optional.empty();
      }
      args[i] = value;
    }
    return Optional.of(args);
  }

  private static boolean nullable(Parameter parameter) {
    for (Annotation a : parameter.getAnnotatedType().getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    for (Annotation a : parameter.getAnnotations()) {
      if (a.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  private static Throwable invoke(Executable member, Object instance, Object[] args) {
    try {
      member.setAccessible(true);
      if (member instanceof Constructor<?> constructor) {
        constructor.newInstance(args);
      } else {
        ((Method) member).invoke(instance, args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
