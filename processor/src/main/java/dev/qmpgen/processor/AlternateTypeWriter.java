package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.TypeWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the sealed interface of an alternate: one record per alternative, holding its {@code
 * value}, and a {@code read} choosing the alternative by the JSON token the value starts with (QEMU
 * requires an alternate's choices to differ in JSON kind).
 */
final class AlternateTypeWriter {

  private AlternateTypeWriter() {}

  static TypeSpec.Builder write(AlternateBinding alternate, Bindings bindings) {
    TypeSpec.Builder type =
        SealedInterfaces.declare(alternate.type(), Javadocs.alternate(alternate), bindings);
    SealedInterfaces.addCodec(type, alternate.type(), "value", read(alternate));
    for (AlternateBinding.Alternative alternative : alternate.alternatives()) {
      type.addPermittedSubclass(alternative.type());
      type.addType(record(alternate, alternative, bindings));
      alternative
          .value()
          .map(RecordWriter::enumerations)
          .orElse(List.of())
          .forEach(
              enumeration -> type.addType(SealedInterfaces.nested(EnumWriter.write(enumeration))));
    }
    return type;
  }

  private static MethodSpec read(AlternateBinding alternate) {
    Map<AlternateBinding.Alternative, List<String>> tokens = new LinkedHashMap<>();
    List<String> expected = new ArrayList<>();
    boolean hasInt =
        alternate.alternatives().stream()
            .anyMatch(a -> a.spec().type() == JsonType.INT || a.spec().type() == JsonType.UINT64);
    for (AlternateBinding.Alternative alternative : alternate.alternatives()) {
      tokens.put(alternative, tokens(alternative.spec().type(), hasInt));
      expected.add(TypeWords.kind(alternative.spec()));
    }
    CodeBlock at = CodeBlock.of("event, path, name");
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (token) {\n").indent();
    tokens.forEach(
        (alternative, starts) ->
            cases.add(
                "case $L -> new $T($L);\n",
                String.join(", ", starts),
                alternative.type(),
                alternative
                    .value()
                    .map(value -> ValueCodec.read(value, "parser", "token", at, 0))
                    .orElse(CodeBlock.of(""))));
    cases
        .add(
            "default -> throw $T.noAlternative(event, path, name, $S, token);\n",
            Types.SCHEMA_VALUES,
            either(expected))
        .unindent()
        .add("};\n");
    return SealedInterfaces.read(alternate.type())
        .addJavadoc(
            "Decodes the value {@code token} starts, leaving the parser on its last token; for generated decoders.\n\n"
                + "@param parser the parser, on the value's first token\n"
                + "@param token that token\n"
                + "@param event the event being decoded, named in errors\n"
                + "@param path where the value's holder is in the event's data, named in errors\n"
                + "@param name the member holding the value, named in errors\n"
                + "@return the alternative the value's JSON kind chooses\n")
        .addParameter(Types.JSON_TOKEN, "token")
        .addParameter(String.class, "event")
        .addParameter(String.class, "path")
        .addParameter(String.class, "name")
        .addCode(cases.build())
        .build();
  }

  /** {@code a string, a number or null}. */
  private static String either(List<String> kinds) {
    int last = kinds.size() - 1;
    return last == 0
        ? kinds.get(0)
        : String.join(", ", kinds.subList(0, last)) + " or " + kinds.get(last);
  }

  /**
   * The tokens a value of {@code type} starts with; a number takes integers unless an integer
   * alternative does.
   */
  private static List<String> tokens(JsonType type, boolean hasInt) {
    return switch (type) {
      case STRING -> List.of("VALUE_STRING");
      case INT, UINT64 -> List.of("VALUE_NUMBER_INT");
      case NUMBER ->
          hasInt
              ? List.of("VALUE_NUMBER_FLOAT")
              : List.of("VALUE_NUMBER_FLOAT", "VALUE_NUMBER_INT");
      case BOOL -> List.of("VALUE_TRUE", "VALUE_FALSE");
      case NULL -> List.of("VALUE_NULL");
      case ARRAY -> List.of("START_ARRAY");
      case OBJECT, UNION, ALTERNATE, ANY, OPAQUE, UNRECOGNISED -> List.of("START_OBJECT");
    };
  }

  private static TypeSpec record(
      AlternateBinding alternate, AlternateBinding.Alternative alternative, Bindings bindings) {
    MethodSpec.Builder constructor =
        MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    MethodSpec.Builder write = SealedInterfaces.writeOverride();
    String doc = "The choice of " + TypeWords.kind(alternative.spec()) + ".\n";
    if (alternative.value().isPresent()) {
      ValueType value = alternative.value().get();
      TypeName component = value.javaType();
      if (value instanceof ValueType.Scalar && component.isBoxedPrimitive()) {
        component = component.unbox(); // a bool, int or uint64 choice holds a primitive
      } else if (value instanceof ValueType.ListOf) {
        constructor.addStatement("value = $T.copyOf(value)", List.class);
      } else {
        constructor.addStatement("$T.requireNonNull(value, $S)", Objects.class, "value");
      }
      constructor.addParameter(ParameterSpec.builder(component, "value").build());
      write.addCode(ValueCodec.write(value, CodeBlock.of("value"), 0));
      doc += "\n@param value the value\n";
      constructor.addJavadoc("Checks the value.\n\n@param value the value\n");
    } else {
      constructor.addJavadoc("The one value of this choice.\n");
      write.addStatement("generator.writeNull()");
    }
    return SealedInterfaces.record(alternative.type(), alternate.type(), bindings)
        .addJavadoc(doc)
        .recordConstructor(constructor.build())
        .addMethod(write.build())
        .build();
  }
}
