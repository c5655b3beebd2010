package dev.qmpgen.cli.json;

import java.util.List;
import java.util.Map;

/**
 * Writes a {@link JsonTree} value as indented JSON text that diffs well: two spaces per level, one
 * member or element a line, {@code "\n"} line ends, and {@code {}} / {@code []} for empty
 * containers. The same tree always gives the same bytes, whatever platform writes it.
 */
public final class PrettyJson {

  private static final String INDENT = "  ";

  private PrettyJson() {}

  /** The text of {@code value}, ending in a newline. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value, 0);
    return out.append('\n').toString();
  }

  private static void append(StringBuilder out, Object value, int depth) {
    if (value instanceof Map<?, ?> object) {
      appendObject(out, object, depth);
    } else if (value instanceof List<?> array) {
      appendArray(out, array, depth);
    } else if (value instanceof String text) {
      out.append(JsonText.write(generator -> generator.writeString(text)));
    } else if (value == JsonTree.NULL) {
      out.append("null");
    } else if (value instanceof Long
        || value instanceof Boolean
        || value instanceof java.math.BigDecimal) {
      out.append(value);
    } else {
      throw new IllegalArgumentException(
          "not a JsonTree value: " + (value == null ? "null" : value.getClass()));
    }
  }

  private static void appendObject(StringBuilder out, Map<?, ?> object, int depth) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> member : object.entrySet()) {
      out.append(separator).append(INDENT.repeat(depth + 1));
      out.append(JsonText.write(generator -> generator.writeString((String) member.getKey())))
          .append(": ");
      append(out, member.getValue(), depth + 1);
      separator = ",\n";
    }
    out.append('\n').append(INDENT.repeat(depth)).append('}');
  }

  private static void appendArray(StringBuilder out, List<?> array, int depth) {
    if (array.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object element : array) {
      out.append(separator).append(INDENT.repeat(depth + 1));
      append(out, element, depth + 1);
      separator = ",\n";
    }
    out.append('\n').append(INDENT.repeat(depth)).append(']');
  }
}
