package dev.pillars.scoring;

import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Short renderings of plain forms for error messages. A map or list read from storage may be huge
 * or nested 100,000 deep, where its own {@code toString} would overflow the stack; the preview
 * shows at most {@value #SHOWN_DEPTH} levels and about {@value #LIMIT} characters of it.
 */
final class Plain {
  private static final int LIMIT = 120;
  private static final int SHOWN_DEPTH = 3;

  private Plain() {}

  /** Returns a map or list as a short preview, and any other value as it is. */
  static @Nullable Object preview(@Nullable Object value) {
    if (!(value instanceof Map<?, ?>) && !(value instanceof Collection<?>)) {
      return value;
    }
    StringBuilder text = new StringBuilder();
    append(text, value, 0);
    return new Preview(text.length() > LIMIT ? text.substring(0, LIMIT) + "..." : text.toString());
  }

  private static void append(StringBuilder text, @Nullable Object value, int depth) {
    if (value instanceof Map<?, ?> map) {
      appendAll(text, map.entrySet(), depth, '{', '}');
    } else if (value instanceof Collection<?> list) {
      appendAll(text, list, depth, '[', ']');
    } else if (value instanceof Map.Entry<?, ?> entry) {
      append(text, entry.getKey(), depth);
      text.append('=');
      append(text, entry.getValue(), depth);
    } else {
      text.append(value);
    }
  }

  private static void appendAll(StringBuilder text, Collection<?> items, int depth, char open, char close) {
    text.append(open);
    if (depth == SHOWN_DEPTH && !items.isEmpty()) {
      text.append("...");
    } else {
      String separator = "";
      for (Object item : items) {
        if (text.length() > LIMIT) {
          break;
        }
        text.append(separator);
        append(text, item, depth + 1);
        separator = ", ";
      }
    }
    text.append(close);
  }

  /** A preview, rendered without the quotes a text value gets in a message. */
  private record Preview(String text) {
    @Override
    public String toString() {
      return text;
    }
  }
}
