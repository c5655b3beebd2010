package dev.qmpgen.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the record of an event whose spec describes the data only as a type named elsewhere
 * ({@code - data: ACPIOSTInfo type as described in qapi-schema.json}): {@code timestamp} and {@code
 * data}, the whole data object kept raw and re-encoded as sent. Example:
 *
 * <pre>{@code
 * public record AcpiDeviceOst(@JsonIgnore Timestamp timestamp, @JsonValue RawJson data)
 *     implements KnownEvent { ... }
 * }</pre>
 *
 * Nothing in the data is unknown, so {@code unknownFields()} is always empty.
 */
final class WholeDataEventWriter {

  private WholeDataEventWriter() {}

  static TypeSpec.Builder write(EventBinding event, Member data, Bindings bindings) {
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(event.type())
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(GeneratedAnnotation.of(bindings.specFile()))
            .addJavadoc(Javadocs.wholeDataEvent(event.spec(), data))
            .addSuperinterface(bindings.known())
            .addField(EventTypeWriter.eventNameField(event))
            .recordConstructor(
                MethodSpec.compactConstructorBuilder()
                    .addJavadoc(
                        Javadocs.constructor(
                            "Checks that both are present.",
                            List.of(EnvelopeComponent.TIMESTAMP),
                            List.of(),
                            false))
                    .addJavadoc("@param data the whole {@code data} object, as sent\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(
                        ParameterSpec.builder(Types.TIMESTAMP, "timestamp")
                            .addAnnotation(Types.JSON_IGNORE)
                            .build())
                    .addParameter(
                        ParameterSpec.builder(data.componentType(), "data")
                            .addAnnotation(Types.JSON_VALUE)
                            .build())
                    .addStatement("$T.requireNonNull(timestamp, $S)", Objects.class, "timestamp")
                    .addStatement("$T.requireNonNull(data, $S)", Objects.class, "data")
                    .build());
    return record
        .addMethod(
            MethodSpec.methodBuilder(GeneratedNames.FROM_JSON)
                .addJavadoc(
                    "Jackson databind's way in: the data object as it is; decoding uses {@code read}.\n")
                .addAnnotation(
                    AnnotationSpec.builder(Types.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", Types.JSON_CREATOR)
                        .build())
                .addModifiers(Modifier.STATIC)
                .returns(event.type())
                .addParameter(Types.RAW_JSON, "data")
                .addStatement(
                    "return new $T($T.ABSENT, $L)",
                    event.type(),
                    Types.TIMESTAMP,
                    wrap(data, CodeBlock.of("data")))
                .build())
        .addMethod(
            MethodSpec.methodBuilder(GeneratedNames.UNKNOWN_FIELDS)
                .addJavadoc("Always empty: the whole data object is {@link #data()}.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(Types.UNKNOWN_FIELDS_MAP)
                .addStatement("return $T.of()", Map.class)
                .build())
        .addMethod(EventTypeWriter.eventNameMethod())
        .addMethod(EventTypeWriter.acceptMethod(event, bindings))
        .addMethod(
            MethodSpec.methodBuilder(GeneratedNames.READ)
                .addModifiers(Modifier.STATIC)
                .addJavadoc(
                    "Decodes the {@code data} object the parser is on, leaving it on the object's end.\n")
                .returns(event.type())
                .addParameter(Types.TIMESTAMP, "timestamp")
                .addParameter(Types.JSON_PARSER, "parser")
                .addStatement(
                    "return new $T(timestamp, $L)",
                    event.type(),
                    wrap(data, CodeBlock.of("$T.read(parser)", Types.RAW_JSON)))
                .build())
        .addMethod(EventTypeWriter.decodeWithoutData(event, List.of(data)))
        .addMethod(
            MethodSpec.methodBuilder(GeneratedNames.HAS_DATA)
                .addJavadoc("Whether encoding writes a {@code data} member.\n")
                .returns(boolean.class)
                .addStatement(data.optional() ? "return data.isPresent()" : "return true")
                .build())
        .addMethod(
            MethodSpec.methodBuilder(GeneratedNames.WRITE)
                .addJavadoc(
                    "Writes the data object as the next value of {@code generator}, as it was sent.\n")
                .addParameter(Types.JSON_GENERATOR, GeneratedNames.GENERATOR)
                .addStatement(
                    data.optional() ? "data.get().write(generator)" : "data.write(generator)")
                .build());
  }

  private static CodeBlock wrap(Member data, CodeBlock value) {
    return data.optional() ? CodeBlock.of("$T.of($L)", Optional.class, value) : value;
  }
}
