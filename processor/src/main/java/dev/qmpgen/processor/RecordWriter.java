package dev.qmpgen.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * What event records and object records have in common: components with their Jackson annotations,
 * the validating compact constructor, the Jackson databind creator, the encoder and the enums of
 * listed values.
 */
final class RecordWriter {

  private RecordWriter() {}

  /**
   * A record with its components ({@code envelope}'s, then {@code members}), constructors, encoder
   * and enums; callers add the rest.
   */
  static TypeSpec.Builder record(
      ClassName type, List<EnvelopeComponent> envelope, List<Member> members, String specFile) {
    return record(type, envelope, members, specFile, Optional.empty());
  }

  /**
   * The record of a union's variant, too, whose encoder writes the tag first and implements the
   * union interface's {@code write}.
   */
  static TypeSpec.Builder record(
      ClassName type,
      List<EnvelopeComponent> envelope,
      List<Member> members,
      String specFile,
      Optional<Discriminator> tag) {
    TypeSpec.Builder record =
        TypeSpec.recordBuilder(type)
            .addModifiers(Modifier.PUBLIC)
            .addAnnotation(GeneratedAnnotation.of(specFile))
            .addAnnotation(
                AnnotationSpec.builder(Types.JSON_INCLUDE)
                    .addMember("value", "$T.Include.NON_ABSENT", Types.JSON_INCLUDE)
                    .build());
    if (!members.isEmpty()) {
      AnnotationSpec.Builder order = AnnotationSpec.builder(Types.JSON_PROPERTY_ORDER);
      members.forEach(member -> order.addMember("value", "$S", member.wireName()));
      record.addAnnotation(order.build());
    }
    record.recordConstructor(compactConstructor(envelope, members));
    record.addMethod(shortConstructor(envelope, members));
    record.addMethod(databindCreator(type, envelope, members));
    members.stream()
        .filter(Member::deprecated)
        .forEach(member -> record.addMethod(deprecatedAccessor(member)));
    record.addMethod(EncodeWriter.write(members, tag));
    for (Member member : members) {
      if (member.kind() == Member.Kind.ENUM && nested(member)) {
        record.addType(EnumWriter.write(member));
      }
      member
          .schemaValue()
          .ifPresent(
              value ->
                  enumerations(value)
                      .forEach(enumeration -> record.addType(EnumWriter.write(enumeration))));
    }
    return record;
  }

  /**
   * The accessor of a member QEMU's schema deprecates, declared to carry {@code @Deprecated}: on
   * the record component, javac would also put it on the canonical constructor's parameter and warn
   * that it has no effect there.
   */
  private static MethodSpec deprecatedAccessor(Member member) {
    return MethodSpec.methodBuilder(member.javaName())
        .addJavadoc(
            "The $L member.\n\n@return the member's value\n@deprecated QEMU marks this member deprecated\n",
            Javadocs.code(member.wireName()))
        .addAnnotation(Deprecated.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(member.componentType())
        .addStatement("return $N", member.javaName())
        .build();
  }

  /** The enums a schema value holds: of an enumeration, or of an array's elements however deep. */
  static List<Member> enumerations(ValueType value) {
    if (value instanceof ValueType.Enumeration enumeration) {
      return nested(enumeration.member()) ? List.of(enumeration.member()) : List.of();
    }
    if (value instanceof ValueType.ListOf list) {
      return enumerations(list.element());
    }
    return List.of();
  }

  /** Whether the member's enum is its holder's own, not a top-level one several members share. */
  private static boolean nested(Member enumerated) {
    return enumerated.enumType().enclosingClassName() != null;
  }

  private static MethodSpec compactConstructor(
      List<EnvelopeComponent> envelope, List<Member> members) {
    MethodSpec.Builder constructor =
        publicConstructor(
            MethodSpec.compactConstructorBuilder(),
            "Checks that required members are present; keeps lists and unknown members"
                + " unmodifiable.",
            envelope,
            members,
            true);
    for (EnvelopeComponent component : envelope) {
      constructor.addParameter(
          ParameterSpec.builder(component.type(), component.name())
              .addAnnotation(Types.JSON_IGNORE)
              .build());
      constructor.addStatement(
          "$T.requireNonNull($N, $S)", Objects.class, component.name(), component.name());
    }
    for (Member member : members) {
      ParameterSpec.Builder component =
          ParameterSpec.builder(member.componentType(), member.javaName())
              .addAnnotation(
                  AnnotationSpec.builder(Types.JSON_PROPERTY)
                      .addMember("value", "$S", member.wireName())
                      .build());
      constructor.addParameter(component.build());
      boolean list =
          member.kind() == Member.Kind.OBJECT_LIST
              || member.kind() == Member.Kind.RAW_LIST
              || member
                  .schemaValue()
                  .filter(value -> value instanceof ValueType.ListOf)
                  .isPresent();
      if (list && member.optional()) {
        constructor.addStatement(
            "$N = $N.map($T::copyOf)", member.javaName(), member.javaName(), List.class);
      } else if (list) {
        constructor.addStatement(
            "$N = $T.copyOf($N)", member.javaName(), List.class, member.javaName());
      } else if (!member.primitive() || member.optional()) {
        constructor.addStatement(
            "$T.requireNonNull($N, $S)", Objects.class, member.javaName(), member.javaName());
      }
    }
    constructor.addParameter(
        ParameterSpec.builder(Types.UNKNOWN_FIELDS_MAP, GeneratedNames.UNKNOWN_FIELDS)
            .addAnnotation(Types.JSON_ANY_GETTER)
            .build());
    constructor.addStatement("unknownFields = $T.copyOf(unknownFields)", Types.UNKNOWN_FIELDS);
    return constructor.build();
  }

  /** The constructor without {@code unknownFields}, for values made in code. */
  private static MethodSpec shortConstructor(
      List<EnvelopeComponent> envelope, List<Member> members) {
    MethodSpec.Builder constructor =
        publicConstructor(
            MethodSpec.constructorBuilder(),
            "A value without unknown members.",
            envelope,
            members,
            false);
    CodeBlock.Builder args = CodeBlock.builder();
    for (EnvelopeComponent component : envelope) {
      constructor.addParameter(component.type(), component.name());
      args.add("$N, ", component.name());
    }
    for (Member member : members) {
      constructor.addParameter(member.componentType(), member.javaName());
      args.add("$N, ", member.javaName());
    }
    args.add("$T.of()", Map.class);
    return constructor.addStatement("this($L)", args.build()).build();
  }

  /**
   * {@code constructor} made public and documented: {@code summary}, then a parameter per envelope
   * component and member, and {@code unknownFields} when it takes them.
   */
  private static MethodSpec.Builder publicConstructor(
      MethodSpec.Builder constructor,
      String summary,
      List<EnvelopeComponent> envelope,
      List<Member> members,
      boolean unknownFields) {
    return constructor
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(Javadocs.constructor(summary, envelope, members, unknownFields));
  }

  /**
   * The factory Jackson databind binds through: data members by wire name, enumerated values from
   * their strings, every other member into {@code unknownFields}. The timestamp is not part of an
   * event's data; bound events carry {@code Timestamp.ABSENT}, having none.
   */
  private static MethodSpec databindCreator(
      ClassName type, List<EnvelopeComponent> envelope, List<Member> members) {
    MethodSpec.Builder creator =
        MethodSpec.methodBuilder(GeneratedNames.FROM_JSON)
            .addJavadoc("Jackson databind's way in; decoding uses {@code read}.\n")
            .addAnnotation(Types.JSON_CREATOR)
            .addModifiers(Modifier.STATIC)
            .returns(type);
    CodeBlock.Builder args = CodeBlock.builder();
    envelope.forEach(component -> args.add("$L, ", component.absent()));
    // The lambda parameter of an optional schema value, named apart from the parameters (a member
    // may be "raw").
    String raw =
        NameMangler.unique(
            "raw", members.stream().map(Member::javaName).collect(Collectors.toSet()));
    for (Member member : members) {
      creator.addParameter(
          ParameterSpec.builder(member.databindType(), member.javaName())
              .addAnnotation(
                  AnnotationSpec.builder(Types.JSON_PROPERTY)
                      .addMember("value", "$S", member.wireName())
                      .build())
              .build());
      args.add("$L, ", databindArgument(member, raw));
    }
    creator.addParameter(
        ParameterSpec.builder(Types.UNKNOWN_FIELDS_MAP, GeneratedNames.UNKNOWN_FIELDS)
            .addAnnotation(Types.JSON_ANY_SETTER)
            .build());
    args.add("unknownFields == null ? $T.of() : unknownFields", Map.class);
    return creator.addStatement("return new $T($L)", type, args.build()).build();
  }

  private static CodeBlock databindArgument(Member member, String raw) {
    if (member.kind() == Member.Kind.ENUM) {
      return member.optional()
          ? CodeBlock.of("$N.map($T::fromWireName)", member.javaName(), member.enumType())
          : CodeBlock.of(
              "$T.fromWireName($T.requireNonNull($N, $S))",
              member.enumType(),
              Objects.class,
              member.javaName(),
              member.wireName());
    }
    if (member.kind() == Member.Kind.VALUE) {
      // Bound as raw JSON, then read by the decoder's own code: databind knows neither the sealed
      // interfaces nor Enumerated. A JSON null reaches no creator; the reader decides what it
      // means.
      String parser = ValueCodec.depthName("parser", 1);
      String token = ValueCodec.depthName("token", 1);
      CodeBlock at =
          CodeBlock.of(
              "$N, $N, $N",
              ValueCodec.depthName("event", 1),
              ValueCodec.depthName("path", 1),
              ValueCodec.depthName("name", 1));
      CodeBlock reader =
          CodeBlock.of(
              "($N, $N, $L) -> $L",
              parser,
              token,
              at,
              ValueCodec.read(member.value(), parser, token, at, 1));
      return member.optional()
          ? CodeBlock.of(
              "$N.map($N -> $T.fromJson($N, $L))",
              member.javaName(),
              raw,
              Types.SCHEMA_VALUES,
              raw,
              reader)
          : CodeBlock.of(
              "$T.fromJson($N != null ? $N : $T.parse($S), $L)",
              Types.SCHEMA_VALUES,
              member.javaName(),
              member.javaName(),
              Types.RAW_JSON,
              "null",
              reader);
    }
    if (!member.optional() && member.primitive()) {
      return CodeBlock.of(
          "$T.requireNonNull($N, $S)", Objects.class, member.javaName(), member.wireName());
    }
    return CodeBlock.of("$N", member.javaName());
  }
}
