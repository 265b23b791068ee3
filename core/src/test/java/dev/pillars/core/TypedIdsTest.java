package dev.pillars.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every typed id of core ({@code GoalId}, {@code SurveyId}, ...: the public records named {@code
 * *Id} with a static {@code of(String)}), found on the class path so that a new one is checked too:
 * it prints as its value, orders by its value, and refuses a blank value naming its own field.
 */
class TypedIdsTest {
  @Test
  void everyTypedIdPrintsAsItsValueOrdersByItAndNamesItsFieldWhenRefused() throws Exception {
    List<Class<?>> ids = typedIds();
    assertThat(ids).hasSizeGreaterThan(20).contains(TenantId.class, dev.pillars.core.goal.GoalId.class);
    for (Class<?> id : ids) {
      Method of = id.getMethod("of", String.class);
      Object a = of.invoke(null, "id-a");
      Object b = of.invoke(null, "id-b");
      assertThat(b).as(id.getSimpleName()).hasToString("id-b").isEqualTo(of.invoke(null, "id-b"));
      if (a instanceof Comparable<?>) {
        assertThat(compare(a, b)).as(id.getSimpleName()).isNegative();
        assertThat(compare(b, a)).as(id.getSimpleName()).isPositive();
        assertThat(compare(b, of.invoke(null, "id-b"))).as(id.getSimpleName()).isZero();
      }
      String field = Character.toLowerCase(id.getSimpleName().charAt(0)) + id.getSimpleName().substring(1);
      assertThatThrownBy(() -> invoke(of, " "))
          .as(id.getSimpleName())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(field + " was ' ': ");
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compare(Object a, Object b) {
    return ((Comparable) a).compareTo(b);
  }

  private static Object invoke(Method of, String value) throws Throwable {
    try {
      return of.invoke(null, value);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The public {@code *Id} records of core's main classes, read from the directory they were compiled into. */
  private static List<Class<?>> typedIds() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(TenantId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> ids = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith("Id.class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
        if (type.isRecord() && java.lang.reflect.Modifier.isPublic(type.getModifiers()) && hasOf(type)) {
          ids.add(type);
        }
      }
    }
    return ids;
  }

  private static boolean hasOf(Class<?> type) {
    try {
      return type.getMethod("of", String.class).getReturnType() == type;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
