package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.Position;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one {@link FieldItem} into a {@link FieldDraft}: the name, the description joined across
 * continuation lines, the type in parentheses (anywhere in that text, usually at the end of the
 * last line), and the enumerated values from the type comment, the value lines under the field and
 * the prose.
 */
final class FieldLineParser {

  static final String EXPECTED_FORM = "- \"name\": description (json-type)";

  private final Diagnostics diagnostics;

  FieldLineParser(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The field, or empty when the bullet line matches no field form (reported). */
  Optional<FieldDraft> parse(FieldItem item) {
    SourceLine bullet = item.bullet();
    Optional<FieldHead> head = FieldHead.read(bullet);
    if (head.isEmpty()) {
      diagnostics.error(
          bullet, bullet.contentStart(), "field line matches no form; expected " + EXPECTED_FORM);
      return Optional.empty();
    }
    SourceText text = new SourceText(diagnostics.file());
    text.append(bullet, head.get().descriptionIndex());
    EnumValues lineValues = new EnumValues();
    readContinuation(item.continuation(), text, lineValues);
    return Optional.of(draft(head.get(), bullet, text, lineValues));
  }

  /**
   * Continuation lines add to the description until the first value line; after it, plain lines add
   * to the description of the value above them.
   */
  private void readContinuation(List<SourceLine> lines, SourceText text, EnumValues values) {
    String lastDescribed = null;
    for (SourceLine line : lines) {
      Optional<EnumValueSyntax.Found> described = EnumValueSyntax.describedValue(line);
      Optional<List<EnumValueSyntax.Found>> listed =
          described.isPresent() ? Optional.empty() : EnumValueSyntax.valueList(line);
      if (described.isPresent()) {
        EnumValueSyntax.Found value = described.get();
        values.add(value.name(), value.description(), at(line, value));
        lastDescribed = value.name();
      } else if (listed.isPresent()) {
        listed.get().forEach(value -> values.add(value.name(), "", at(line, value)));
        lastDescribed = null;
      } else if (lastDescribed != null) {
        values.extendDescription(lastDescribed, line.content());
      } else {
        text.append(line, line.contentStart());
      }
    }
  }

  private Position at(SourceLine line, EnumValueSyntax.Found value) {
    return line.position(diagnostics.file(), value.offset());
  }

  private FieldDraft draft(
      FieldHead head, SourceLine bullet, SourceText text, EnumValues lineValues) {
    Position position = bullet.position(diagnostics.file());
    String all = text.text();
    Optional<TypeGroups.Group> group = TypeGroups.lastTypeGroup(all);
    String description = trimTrailingColon(group.map(g -> g.descriptionWithout(all)).orElse(all));
    EnumValues values = new EnumValues();
    JsonType type = JsonType.OPAQUE;
    boolean optional = false;
    String elementDescription = "";
    if (group.isPresent()) {
      TypeAnnotation annotation = group.get().annotation();
      type = annotation.type().orElse(JsonType.OPAQUE);
      optional = annotation.optional();
      reportType(head, annotation, text);
      for (EnumValueSyntax.Found value : annotation.values()) {
        values.add(value.name(), value.description(), text.position(value.offset()));
      }
      if (type == JsonType.ARRAY) {
        elementDescription = annotation.comment();
      } else if (!annotation.comment().isEmpty()) {
        description = (description + " (" + annotation.comment() + ")").strip();
      }
    }
    List<EnumValue> listed = lineValues.list();
    listed.forEach(value -> values.add(value.name(), value.description(), value.position()));
    for (EnumValueSyntax.Found value : EnumValueSyntax.inProse(description)) {
      values.add(value.name(), value.description(), position);
    }
    if (group.isEmpty() || group.get().annotation().type().isEmpty()) {
      // The 2010 text lists "report", "ignore", "stop" for 'action' but names no type: values
      // listed in quotes can only be strings.
      type = values.list().isEmpty() ? JsonType.OPAQUE : JsonType.STRING;
      reportNoType(head, bullet, description, type);
    }
    return new FieldDraft(
        head.name(), type, optional, description, values.list(), elementDescription, position);
  }

  private void reportType(FieldHead head, TypeAnnotation annotation, SourceText text) {
    if (annotation.type().orElse(JsonType.OPAQUE) == JsonType.UNRECOGNISED) {
      diagnostics.error(
          text.position(annotation.typeOffset()),
          "unrecognised type \""
              + annotation.typeWord()
              + "\" for field \""
              + head.name()
              + "\"; expected json-string, json-int, json-number, json-bool, json-object or json-array");
    }
  }

  /** No json type at all, or a type described elsewhere: kept as opaque JSON, never dropped. */
  private void reportNoType(FieldHead head, SourceLine bullet, String description, JsonType type) {
    String lower = description.toLowerCase(Locale.ROOT);
    String why =
        lower.contains("qapi-schema") || lower.contains("described in") || lower.startsWith("see ")
            ? "refers to a type described elsewhere"
            : "gives no json type";
    String outcome =
        type == JsonType.STRING
            ? "its listed values make it a json-string enumeration"
            : "kept as opaque JSON";
    diagnostics.warning(
        bullet, head.nameIndex(), "field \"" + head.name() + "\" " + why + "; " + outcome);
  }

  /** Strips the colons and spaces ending the text, in one pass (a run of them may be long). */
  private static String trimTrailingColon(String description) {
    int end = description.length();
    while (end > 0
        && (description.charAt(end - 1) == ':'
            || Character.isWhitespace(description.charAt(end - 1)))) {
      end--;
    }
    return description.substring(0, end).strip();
  }
}
