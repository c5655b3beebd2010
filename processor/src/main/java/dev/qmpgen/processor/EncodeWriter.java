package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes a record's {@code write(JsonGenerator)} method: listed members in spec order under their
 * wire names, absent optional members left out, then the unknown members in arrival order.
 */
final class EncodeWriter {

  private EncodeWriter() {}

  /**
   * The method writing {@code members}; a union variant's {@code tag}, when given, is written first
   * and the method then implements the union's public {@code write}.
   */
  static MethodSpec write(List<Member> members, Optional<Discriminator> tag) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("generator.writeStartObject()");
    tag.ifPresent(
        t -> code.addStatement("generator.writeStringProperty($S, $S)", t.wireName(), t.value()));
    for (Member member : members) {
      if (!member.optional()) {
        code.add(writeMember(member, CodeBlock.of("$N", member.javaName())));
      } else {
        code.beginControlFlow("if ($N.isPresent())", member.javaName());
        String get = member.optionalLong() ? "getAsLong" : "get";
        code.add(writeMember(member, CodeBlock.of("$N.$L()", member.javaName(), get)));
        code.endControlFlow();
      }
    }
    code.addStatement("$T.write(unknownFields, generator)", Types.UNKNOWN_FIELDS);
    code.addStatement("generator.writeEndObject()");
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(GeneratedNames.WRITE)
            .addJavadoc("Writes this object as the next value of {@code generator}.\n")
            .addParameter(Types.JSON_GENERATOR, GeneratedNames.GENERATOR)
            .addCode(code.build());
    if (tag.isPresent()) {
      method.addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }
    return method.build();
  }

  private static CodeBlock writeMember(Member member, CodeBlock value) {
    String name = member.wireName();
    return switch (member.kind()) {
      case STRING -> property("writeStringProperty", name, value);
      case ENUM -> property("writeStringProperty", name, CodeBlock.of("$L.wireName()", value));
      case INT, NUMBER -> property("writeNumberProperty", name, value);
      case BOOL -> property("writeBooleanProperty", name, value);
      case OBJECT, RAW ->
          CodeBlock.builder()
              .addStatement("generator.writeName($S)", name)
              .addStatement("$L.write(generator)", value)
              .build();
      case OBJECT_LIST, RAW_LIST ->
          CodeBlock.builder()
              .addStatement("generator.writeName($S)", name)
              .addStatement("generator.writeStartArray()")
              .beginControlFlow(
                  "for ($T element : $L)",
                  member.kind() == Member.Kind.RAW_LIST ? Types.RAW_JSON : member.object().type(),
                  value)
              .addStatement("element.write(generator)")
              .endControlFlow()
              .addStatement("generator.writeEndArray()")
              .build();
      case UNSIGNED ->
          CodeBlock.builder()
              .addStatement("generator.writeName($S)", name)
              .addStatement("$T.writeUnsigned(generator, $L)", Types.SCHEMA_VALUES, value)
              .build();
      case VALUE ->
          CodeBlock.builder()
              .addStatement("generator.writeName($S)", name)
              .add(ValueCodec.write(member.value(), value, 0))
              .build();
    };
  }

  /**
   * {@code generator.writeStringProperty("name", value);}: a member jackson-core writes in one
   * call.
   */
  private static CodeBlock property(String method, String name, CodeBlock value) {
    return CodeBlock.builder().addStatement("generator.$N($S, $L)", method, name, value).build();
  }
}
