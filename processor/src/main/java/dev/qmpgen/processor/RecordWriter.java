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
import javax.lang.model.element.Modifier;

/**
 * What event records and object records have in common: components with their Jackson
 * annotations, the validating compact constructor, the Jackson databind creator, the encoder and
 * the enums of listed values.
 */
final class RecordWriter {

  static final String PROCESSOR = "dev.qmpgen.processor.QmpEventsProcessor";

  private RecordWriter() {}

  /** A record with its components, constructors, encoder and enums; callers add the rest. */
  static TypeSpec.Builder record(ClassName type, List<Member> members, boolean isEvent, String specFile) {
    TypeSpec.Builder record = TypeSpec.recordBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(generated(specFile))
        .addAnnotation(AnnotationSpec.builder(Types.JSON_INCLUDE)
            .addMember("value", "$T.Include.NON_ABSENT", Types.JSON_INCLUDE).build());
    if (!members.isEmpty()) {
      AnnotationSpec.Builder order = AnnotationSpec.builder(Types.JSON_PROPERTY_ORDER);
      members.forEach(member -> order.addMember("value", "$S", member.wireName()));
      record.addAnnotation(order.build());
    }
    record.recordConstructor(compactConstructor(members, isEvent));
    record.addMethod(shortConstructor(members, isEvent));
    record.addMethod(databindCreator(type, members, isEvent));
    record.addMethod(EncodeWriter.write(members));
    for (Member member : members) {
      if (member.kind() == Member.Kind.ENUM) {
        record.addType(EnumWriter.write(member));
      }
    }
    return record;
  }

  static AnnotationSpec generated(String specFile) {
    return AnnotationSpec.builder(Types.GENERATED)
        .addMember("value", "$S", PROCESSOR)
        .addMember("comments", "$S", "from " + specFile)
        .build();
  }

  private static MethodSpec compactConstructor(List<Member> members, boolean isEvent) {
    MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
    if (isEvent) {
      constructor.addParameter(ParameterSpec.builder(Types.TIMESTAMP, "timestamp")
          .addAnnotation(Types.JSON_IGNORE).build());
      constructor.addStatement("$T.requireNonNull(timestamp, $S)", Objects.class, "timestamp");
    }
    for (Member member : members) {
      constructor.addParameter(ParameterSpec.builder(member.componentType(), member.javaName())
          .addAnnotation(AnnotationSpec.builder(Types.JSON_PROPERTY).addMember("value", "$S", member.wireName()).build())
          .build());
      boolean list = member.kind() == Member.Kind.OBJECT_LIST || member.kind() == Member.Kind.RAW_LIST;
      if (list && member.optional()) {
        constructor.addStatement("$N = $N.map($T::copyOf)", member.javaName(), member.javaName(), List.class);
      } else if (list) {
        constructor.addStatement("$N = $T.copyOf($N)", member.javaName(), List.class, member.javaName());
      } else if (!member.primitive() || member.optional()) {
        constructor.addStatement("$T.requireNonNull($N, $S)", Objects.class, member.javaName(), member.javaName());
      }
    }
    constructor.addParameter(ParameterSpec.builder(Types.UNKNOWN_FIELDS_MAP, "unknownFields")
        .addAnnotation(Types.JSON_ANY_GETTER).build());
    constructor.addStatement("unknownFields = $T.copyOf(unknownFields)", Types.UNKNOWN_FIELDS);
    return constructor.build();
  }

  /** The constructor without {@code unknownFields}, for values made in code. */
  private static MethodSpec shortConstructor(List<Member> members, boolean isEvent) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("A value without unknown members.\n");
    CodeBlock.Builder args = CodeBlock.builder();
    if (isEvent) {
      constructor.addParameter(Types.TIMESTAMP, "timestamp");
      args.add("timestamp, ");
    }
    for (Member member : members) {
      constructor.addParameter(member.componentType(), member.javaName());
      args.add("$N, ", member.javaName());
    }
    args.add("$T.of()", Map.class);
    return constructor.addStatement("this($L)", args.build()).build();
  }

  /**
   * The factory Jackson databind binds through: data members by wire name, enumerated values from
   * their strings, every other member into {@code unknownFields}. The timestamp is not part of an
   * event's data; bound events carry {@code Timestamp.ABSENT}, having none.
   */
  private static MethodSpec databindCreator(ClassName type, List<Member> members, boolean isEvent) {
    MethodSpec.Builder creator = MethodSpec.methodBuilder("fromJson")
        .addJavadoc("Jackson databind's way in; decoding uses {@code read}.\n")
        .addAnnotation(Types.JSON_CREATOR)
        .addModifiers(Modifier.STATIC)
        .returns(type);
    CodeBlock.Builder args = CodeBlock.builder();
    if (isEvent) {
      args.add("$T.ABSENT, ", Types.TIMESTAMP);
    }
    for (Member member : members) {
      creator.addParameter(ParameterSpec.builder(member.databindType(), member.javaName())
          .addAnnotation(AnnotationSpec.builder(Types.JSON_PROPERTY).addMember("value", "$S", member.wireName()).build())
          .build());
      args.add("$L, ", databindArgument(member));
    }
    creator.addParameter(ParameterSpec.builder(Types.UNKNOWN_FIELDS_MAP, "unknownFields")
        .addAnnotation(Types.JSON_ANY_SETTER).build());
    args.add("unknownFields == null ? $T.of() : unknownFields", Map.class);
    return creator.addStatement("return new $T($L)", type, args.build()).build();
  }

  private static CodeBlock databindArgument(Member member) {
    if (member.kind() == Member.Kind.ENUM) {
      return member.optional()
          ? CodeBlock.of("$N.map($T::fromWireName)", member.javaName(), member.enumType())
          : CodeBlock.of("$T.fromWireName($T.requireNonNull($N, $S))", member.enumType(), Objects.class, member.javaName(), member.wireName());
    }
    if (!member.optional() && member.primitive()) {
      return CodeBlock.of("$T.requireNonNull($N, $S)", Objects.class, member.javaName(), member.wireName());
    }
    return CodeBlock.of("$N", member.javaName());
  }
}
