package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;

/**
 * The code reading and writing one {@link ValueType} value. Reading expects a parser and the
 * value's first token in scope under the names given, and {@code at}, the {@code event, path, name}
 * arguments naming the value in errors; arrays read each element in a lambda whose parameter names
 * carry the nesting depth after an underscore ({@code parser_1}), as a lambda may not reuse a
 * local's name: no member's name has an underscore between two words, so none can clash with them.
 */
final class ValueCodec {

  private ValueCodec() {}

  // Example, a List<List<String>>: SchemaValues.readList(parser, token, EVENT_NAME, "", "grid",
  //     (parser_1, token_1, event_1, path_1, name_1) -> SchemaValues.readList(parser_1, token_1,
  // ...
  static CodeBlock read(ValueType type, String parser, String token, CodeBlock at, int depth) {
    // Every reader but RawJson's takes the parser, the token and the value's naming, in that order.
    CodeBlock args = CodeBlock.of("$N, $N, $L", parser, token, at);
    if (type instanceof ValueType.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.of("$T.readString($L)", Types.FIELD_READER, args);
        case INT -> CodeBlock.of("$T.readLong($L)", Types.FIELD_READER, args);
        case UNSIGNED -> CodeBlock.of("$T.readUnsigned($L)", Types.SCHEMA_VALUES, args);
        case NUMBER -> CodeBlock.of("$T.readNumber($L)", Types.FIELD_READER, args);
        case BOOL -> CodeBlock.of("$T.readBoolean($L)", Types.FIELD_READER, args);
        default -> CodeBlock.of("$T.read($N)", Types.RAW_JSON, parser);
      };
    }
    if (type instanceof ValueType.Enumeration enumeration) {
      return CodeBlock.of(
          "$T.readEnumerated($L, $T.$N)",
          Types.FIELD_READER,
          args,
          enumeration.member().enumType(),
          GeneratedNames.LISTED);
    }
    if (type instanceof ValueType.Record record) {
      return CodeBlock.of(
          "$T.readObject($L, $T::$N)",
          Types.FIELD_READER,
          args,
          record.type(),
          GeneratedNames.READ);
    }
    if (type instanceof ValueType.Alternate alternate) {
      return CodeBlock.of("$T.read($L)", alternate.type(), args);
    }
    ValueType.ListOf list = (ValueType.ListOf) type;
    int inner = depth + 1;
    String p = depthName("parser", inner);
    String t = depthName("token", inner);
    CodeBlock innerAt =
        CodeBlock.of(
            "$N, $N, $N",
            depthName("event", inner),
            depthName("path", inner),
            depthName("name", inner));
    return CodeBlock.of(
        "$T.readList($L, ($N, $N, $L) -> $L)",
        Types.SCHEMA_VALUES,
        args,
        p,
        t,
        innerAt,
        read(list.element(), p, t, innerAt, inner));
  }

  /** {@code parser_2}: a lambda's or a loop's name at nesting {@code depth}. */
  static String depthName(String name, int depth) {
    return name + "_" + depth;
  }

  /** Statements writing {@code value} as the next value of {@code generator}. */
  static CodeBlock write(ValueType type, CodeBlock value, int depth) {
    if (type instanceof ValueType.Scalar scalar) {
      return switch (scalar.kind()) {
        case STRING -> CodeBlock.builder().addStatement("generator.writeString($L)", value).build();
        case INT, NUMBER ->
            CodeBlock.builder().addStatement("generator.writeNumber($L)", value).build();
        case UNSIGNED ->
            CodeBlock.builder()
                .addStatement("$T.writeUnsigned(generator, $L)", Types.SCHEMA_VALUES, value)
                .build();
        case BOOL -> CodeBlock.builder().addStatement("generator.writeBoolean($L)", value).build();
        default -> CodeBlock.builder().addStatement("$L.write(generator)", value).build();
      };
    }
    if (type instanceof ValueType.Enumeration) {
      return CodeBlock.builder()
          .addStatement("generator.writeString($L.wireName())", value)
          .build();
    }
    if (!(type instanceof ValueType.ListOf list)) {
      // A record, a union or an alternate writes itself.
      return CodeBlock.builder().addStatement("$L.write(generator)", value).build();
    }
    String element = depthName("element", depth + 1);
    return CodeBlock.builder()
        .addStatement("generator.writeStartArray()")
        .beginControlFlow("for ($T $N : $L)", list.element().javaType(), element, value)
        .add(write(list.element(), CodeBlock.of("$N", element), depth + 1))
        .endControlFlow()
        .addStatement("generator.writeEndArray()")
        .build();
  }
}
