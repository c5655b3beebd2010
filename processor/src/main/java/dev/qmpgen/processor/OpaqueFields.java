package dev.qmpgen.processor;

import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.ParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Warns about fields generated as {@code RawJson} because the spec gives no JSON type, unless the
 * parser already reported something on the field's line.
 */
final class OpaqueFields {

  private OpaqueFields() {}

  static List<String> warnings(ParseResult parsed) {
    Set<Integer> reported = parsed.diagnostics().stream().map(d -> d.position().line()).collect(Collectors.toSet());
    List<String> warnings = new ArrayList<>();
    for (EventSpec event : parsed.document().events()) {
      collect(event, event.fields(), reported, warnings);
    }
    return warnings;
  }

  private static void collect(EventSpec event, List<FieldSpec> fields, Set<Integer> reported, List<String> warnings) {
    for (FieldSpec field : fields) {
      if (field.type() == JsonType.OPAQUE && !reported.contains(field.position().line())) {
        warnings.add(field.position() + ": field \"" + field.name() + "\" of " + event.name()
            + " has no JSON type; it is generated as RawJson, any JSON value kept as sent");
      }
      collect(event, field.fields(), reported, warnings);
    }
  }
}
