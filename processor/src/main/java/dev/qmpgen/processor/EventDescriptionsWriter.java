package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.qmpgen.spec.ComparedShape;
import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.EventSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code EventDescriptions}: every event of the spec as the bindings know it (names, JSON
 * types, optionality, listed values, nested members), for the runtime's drift check against a
 * running QEMU's {@code query-qmp-schema}. The runtime knows nothing of specs, so the bindings
 * carry this description themselves. Example:
 *
 * <pre>{@code
 * new EventDescription("WATCHDOG", List.of(
 *     new MemberDescription("action", JsonKind.STRING, false, List.of("reset", "shutdown"), List.of())))
 * }</pre>
 */
final class EventDescriptionsWriter {

  /**
   * Events per list. A description compiles to a few dozen bytes per member, so a list this long
   * stays far below the JVM's 64 KB per method; a longer spec gets one nested class per chunk.
   */
  static final int CHUNK = 100;

  private static final String DRIFT = "dev.qmpgen.runtime.drift";
  static final ClassName EVENT_DESCRIPTION = ClassName.get(DRIFT, "EventDescription");
  static final ClassName MEMBER_DESCRIPTION = ClassName.get(DRIFT, "MemberDescription");
  static final ClassName JSON_KIND = ClassName.get(DRIFT, "JsonKind");

  private EventDescriptionsWriter() {}

  static TypeSpec.Builder write(Bindings bindings) {
    TypeName listType = ParameterizedTypeName.get(ClassName.get(List.class), EVENT_DESCRIPTION);
    ChunkedList events =
        ChunkedList.of(
            bindings.events(),
            CHUNK,
            EventDescriptionsWriter::eventList,
            "Part",
            "Events",
            list ->
                FieldSpec.builder(listType, "EVENTS", Modifier.STATIC, Modifier.FINAL)
                    .initializer(list)
                    .build());
    return HolderClass.of(
            ClassName.get(bindings.packageName(), GeneratedNames.EVENT_DESCRIPTIONS),
            bindings,
            "The events of $L as these bindings know them, to compare with a running QEMU:",
            "DriftReport drift = SchemaDrift.compare(EventDescriptions.all(), client.execute(\"query-qmp-schema\", Map.of(), timeout).get());")
        .addField(
            FieldSpec.builder(listType, "EVENTS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(events.initializer())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("all")
                .addJavadoc(
                    "Every event of the spec, in spec order.\n\n@return the descriptions, unmodifiable\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(listType)
                .addStatement("return EVENTS")
                .build())
        .addTypes(events.parts());
  }

  private static CodeBlock eventList(List<EventBinding> events) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class).indent();
    for (int i = 0; i < events.size(); i++) {
      EventSpec event = events.get(i).spec();
      String separator = i + 1 < events.size() ? "," : "";
      if (events.get(i).wholeData().isPresent()) {
        // "- data: Type as described in qapi-schema.json": the record keeps the data raw.
        code.add(
            "\nnew $T($S, $T.of(), true)$L",
            EVENT_DESCRIPTION,
            event.name(),
            List.class,
            separator);
      } else {
        code.add(
            "\nnew $T($S, $L)$L",
            EVENT_DESCRIPTION,
            event.name(),
            members(event.fields()),
            separator);
      }
    }
    return code.unindent().add(")").build();
  }

  /**
   * {@code List.<MemberDescription>of(...)}, nested as the members are. The explicit type argument
   * makes each list a standalone expression: without it javac infers every nested {@code List.of}
   * against each of its overloads in turn, and compiling took 44 s for members nested 100 deep (9 s
   * with it), most of it spent there.
   */
  private static CodeBlock members(List<dev.qmpgen.spec.FieldSpec> fields) {
    if (fields.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.<$T>of(", List.class, MEMBER_DESCRIPTION).indent();
    for (int i = 0; i < fields.size(); i++) {
      dev.qmpgen.spec.FieldSpec field = fields.get(i);
      code.add(
          "\nnew $T($S, $T.$L, $L, $L, $L)$L",
          MEMBER_DESCRIPTION,
          field.name(),
          JSON_KIND,
          ComparedShape.kind(field),
          field.optional(),
          values(field.values()),
          members(ComparedShape.members(field)),
          i + 1 < fields.size() ? "," : "");
    }
    return code.unindent().add(")").build();
  }

  private static CodeBlock values(List<EnumValue> values) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      code.add("$S$L", values.get(i).name(), i + 1 < values.size() ? ", " : "");
    }
    return code.add(")").build();
  }
}
