package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.List;

/**
 * Writes a record's {@code write(JsonGenerator)} method: listed members in spec order under their
 * wire names, absent optional members left out, then the unknown members in arrival order.
 */
final class EncodeWriter {

  private EncodeWriter() {}

  static MethodSpec write(List<Member> members) {
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("generator.writeStartObject()");
    for (Member member : members) {
      if (!member.optional()) {
        code.add(writeMember(member, CodeBlock.of("$N", member.javaName())));
      } else {
        code.beginControlFlow("if ($N.isPresent())", member.javaName());
        String get = member.kind() == Member.Kind.INT ? "getAsLong" : "get";
        code.add(writeMember(member, CodeBlock.of("$N.$L()", member.javaName(), get)));
        code.endControlFlow();
      }
    }
    code.addStatement("$T.write(unknownFields, generator)", Types.UNKNOWN_FIELDS);
    code.addStatement("generator.writeEndObject()");
    return MethodSpec.methodBuilder("write")
        .addJavadoc("Writes this object as the next value of {@code generator}.\n")
        .addParameter(Types.JSON_GENERATOR, "generator")
        .addCode(code.build())
        .build();
  }

  private static CodeBlock writeMember(Member member, CodeBlock value) {
    String name = member.wireName();
    return switch (member.kind()) {
      case STRING -> CodeBlock.builder().addStatement("generator.writeStringProperty($S, $L)", name, value).build();
      case ENUM -> CodeBlock.builder().addStatement("generator.writeStringProperty($S, $L.wireName())", name, value).build();
      case INT, NUMBER -> CodeBlock.builder().addStatement("generator.writeNumberProperty($S, $L)", name, value).build();
      case BOOL -> CodeBlock.builder().addStatement("generator.writeBooleanProperty($S, $L)", name, value).build();
      case OBJECT, RAW -> CodeBlock.builder()
          .addStatement("generator.writeName($S)", name)
          .addStatement("$L.write(generator)", value)
          .build();
      case OBJECT_LIST, RAW_LIST -> CodeBlock.builder()
          .addStatement("generator.writeName($S)", name)
          .addStatement("generator.writeStartArray()")
          .beginControlFlow("for ($T element : $L)", member.kind() == Member.Kind.RAW_LIST ? Types.RAW_JSON : member.object().type(), value)
          .addStatement("element.write(generator)")
          .endControlFlow()
          .addStatement("generator.writeEndArray()")
          .build();
    };
  }
}
