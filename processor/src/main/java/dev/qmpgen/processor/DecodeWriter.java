package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes a record's {@code read} method: one pass over the object's members with a {@code switch}
 * on the member's index in {@code MEMBERS}, primitives kept unboxed with a presence flag, unknown
 * members collected only when there are some, and required members checked at the end.
 */
final class DecodeWriter {

  private DecodeWriter() {}

  /**
   * {@code MEMBERS}, the listed member names in the order of their {@code case} indices. The parser
   * matches a name against it straight from the input bytes, where {@code nextName()} would look
   * the name up as a {@code String} and the {@code switch} would then compare it again. Empty when
   * the object lists no members.
   */
  static Optional<FieldSpec> memberMatcher(List<Member> members) {
    return memberMatcher(members, Optional.empty());
  }

  /** With a union variant's tag member last, whose {@code case} skips it. */
  static Optional<FieldSpec> memberMatcher(List<Member> members, Optional<Discriminator> tag) {
    if (members.isEmpty() && tag.isEmpty()) {
      return Optional.empty();
    }
    CodeBlock names =
        Stream.concat(
                members.stream().map(Member::wireName), tag.stream().map(Discriminator::wireName))
            .map(name -> CodeBlock.of("$S", name))
            .collect(CodeBlock.joining(", "));
    return Optional.of(
        FieldSpec.builder(
                Types.NAME_MATCHER, "MEMBERS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The listed members; {@code read} switches on a name's index here.\n")
            .initializer("$T.members($L)", Types.FIELD_READER, names)
            .build());
  }

  /** {@code static Event read(Timestamp timestamp, JsonParser parser)} of an event record. */
  static MethodSpec eventRead(EventBinding event) {
    return MethodSpec.methodBuilder(GeneratedNames.READ)
        .addModifiers(Modifier.STATIC)
        .addJavadoc(
            "Decodes the {@code data} object the parser is on, leaving it on the object's end.\n")
        .returns(event.type())
        .addParameter(EnvelopeComponent.TIMESTAMP.type(), EnvelopeComponent.TIMESTAMP.name())
        .addParameter(Types.JSON_PARSER, "parser")
        .addCode(
            body(
                event.type(),
                List.of(EnvelopeComponent.TIMESTAMP),
                event.members(),
                CodeBlock.of("$N", GeneratedNames.EVENT_NAME_FIELD),
                CodeBlock.of("$S", "")))
        .build();
  }

  /**
   * {@code static Shape read(JsonParser parser, String event, String path)} of an object record.
   */
  static MethodSpec objectRead(ObjectBinding object) {
    return MethodSpec.methodBuilder(GeneratedNames.READ)
        .addModifiers(Modifier.STATIC)
        .addJavadoc(
            "Decodes the object the parser is on, leaving it on the object's end; {@code event} and\n"
                + "{@code path} name the object in errors.\n")
        .returns(object.type())
        .addParameter(Types.JSON_PARSER, "parser")
        .addParameter(String.class, "event")
        .addParameter(String.class, "path")
        .addCode(
            body(
                object.type(),
                List.of(),
                object.members(),
                CodeBlock.of("event"),
                CodeBlock.of("path")))
        .build();
  }

  /**
   * {@code static Variant read(JsonParser parser, String event, String path)} of a union variant's
   * record.
   */
  static MethodSpec variantRead(ClassName type, List<Member> members, Discriminator tag) {
    return MethodSpec.methodBuilder(GeneratedNames.READ)
        .addModifiers(Modifier.STATIC)
        .addJavadoc(
            "Decodes the object the parser is on, whose tag the caller has read, leaving it on the object's end.\n")
        .returns(type)
        .addParameter(Types.JSON_PARSER, "parser")
        .addParameter(String.class, "event")
        .addParameter(String.class, "path")
        .addCode(
            body(
                type,
                List.of(),
                members,
                CodeBlock.of("event"),
                CodeBlock.of("path"),
                Optional.of(tag)))
        .build();
  }

  private static CodeBlock body(
      ClassName type,
      List<EnvelopeComponent> envelope,
      List<Member> members,
      CodeBlock event,
      CodeBlock path) {
    return body(type, envelope, members, event, path, Optional.empty());
  }

  /**
   * {@code envelope}'s components are the method's parameters, passed on to the constructor first.
   */
  private static CodeBlock body(
      ClassName type,
      List<EnvelopeComponent> envelope,
      List<Member> members,
      CodeBlock event,
      CodeBlock path,
      Optional<Discriminator> tag) {
    NameAllocator names = new NameAllocator();
    for (String reserved :
        List.of(
            "parser", "timestamp", "event", "path", "member", "token", "unknownFields", "seen")) {
      names.newName(reserved, reserved);
    }
    for (Member member : members) {
      names.newName(member.javaName(), member);
      if (member.primitive()) {
        names.newName("has" + NameMangler.capitalise(member.javaName()), presenceKey(member));
      }
    }
    CodeBlock.Builder code = CodeBlock.builder();
    for (Member member : members) {
      if (member.primitive()) {
        code.addStatement(
            "$T $N = $L",
            member.valueType(),
            names.get(member),
            member.optionalLong() ? "0L" : "false");
        code.addStatement("boolean $N = false", names.get(presenceKey(member)));
      } else {
        code.addStatement("$T $N = null", member.valueType(), names.get(member));
      }
    }
    code.addStatement("$T unknownFields = null", Types.COLLECTED_FIELDS);
    if (!members.isEmpty() || tag.isPresent()) {
      code.add(seenMembers(members.size() + (tag.isPresent() ? 1 : 0)));
    }
    if (members.isEmpty() && tag.isEmpty()) {
      code.beginControlFlow(
          "for (String member = parser.nextName(); member != null; member = parser.nextName())");
      code.addStatement("parser.nextToken()");
      code.addStatement(
          "unknownFields = $T.put(unknownFields, member, parser)", Types.UNKNOWN_FIELDS);
    } else {
      code.beginControlFlow(
          "for (int member = parser.nextNameMatch(MEMBERS); member != $T.MATCH_END_OBJECT; member = parser.nextNameMatch(MEMBERS))",
          Types.NAME_MATCHER);
      code.addStatement("$T token = parser.nextToken()", Types.JSON_TOKEN);
      code.add(refuseRepeat(members.size() + (tag.isPresent() ? 1 : 0), event, path));
      code.beginControlFlow("switch (member)");
      for (int i = 0; i < members.size(); i++) {
        code.add(memberCase(i, members.get(i), names, event, path));
      }
      if (tag.isPresent()) {
        code.add(
            "case $L -> {\n$>// $L: the tag, which chose this record\n$<}\n",
            members.size(),
            tag.get().wireName());
      }
      code.addStatement(
          "default -> unknownFields = $T.put(unknownFields, parser.currentName(), parser)",
          Types.UNKNOWN_FIELDS);
      code.endControlFlow();
    }
    code.endControlFlow();
    for (Member member : members) {
      if (!member.optional()) {
        code.beginControlFlow(
            "if ($L)",
            member.primitive()
                ? CodeBlock.of("!$N", names.get(presenceKey(member)))
                : CodeBlock.of("$N == null", names.get(member)));
        code.addStatement(
            "throw $T.missing($L, $L, $S)", Types.FIELD_READER, event, path, member.wireName());
        code.endControlFlow();
      }
    }
    CodeBlock.Builder args = CodeBlock.builder();
    envelope.forEach(component -> args.add("$N, ", component.name()));
    for (Member member : members) {
      args.add("$L, ", component(member, names));
    }
    args.add("$T.adopt(unknownFields)", Types.UNKNOWN_FIELDS);
    code.addStatement("return new $T($L)", type, args.build());
    return code.build();
  }

  /**
   * The listed members read so far, one bit each by {@code case} index: a {@code long}, or a {@code
   * long[]} past 64 members. A repeated member fails the object rather than taking either value;
   * unlisted ones are checked by {@code UnknownFields.put}.
   */
  private static CodeBlock seenMembers(int listed) {
    return listed <= Long.SIZE
        ? CodeBlock.builder().addStatement("long seen = 0L").build()
        : CodeBlock.builder()
            .addStatement("long[] seen = new long[$L]", (listed + Long.SIZE - 1) / Long.SIZE)
            .build();
  }

  private static CodeBlock refuseRepeat(int listed, CodeBlock event, CodeBlock path) {
    return listed <= Long.SIZE
        ? CodeBlock.builder()
            .addStatement(
                "seen = $T.mark(seen, member, parser, $L, $L)", Types.SEEN_MEMBERS, event, path)
            .build()
        : CodeBlock.builder()
            .addStatement("$T.mark(seen, member, parser, $L, $L)", Types.SEEN_MEMBERS, event, path)
            .build();
  }

  private static CodeBlock memberCase(
      int index, Member member, NameAllocator names, CodeBlock event, CodeBlock path) {
    CodeBlock at = CodeBlock.of("$L, $L, $S", event, path, member.wireName());
    String local = names.get(member);
    CodeBlock value =
        switch (member.kind()) {
          // Lists the spec text describes have readers of their own; a schema's arrays of
          // anything are VALUE.
          case OBJECT_LIST ->
              CodeBlock.of(
                  "$T.readObjects(parser, token, $L, $T::$N)",
                  Types.FIELD_READER,
                  at,
                  member.object().type(),
                  GeneratedNames.READ);
          case RAW_LIST ->
              CodeBlock.of("$T.readRawList(parser, token, $L)", Types.FIELD_READER, at);
          case ENUM -> read(new ValueType.Enumeration(member), at);
          case OBJECT -> read(new ValueType.Record(member.object().type()), at);
          case VALUE -> read(member.value(), at);
          case STRING, INT, NUMBER, BOOL, RAW, UNSIGNED ->
              read(new ValueType.Scalar(member.kind()), at);
        };
    CodeBlock.Builder code = CodeBlock.builder();
    if (member.primitive()) {
      code.beginControlFlow("case $L ->", index);
      code.addStatement("$N = $L", local, value);
      code.addStatement("$N = true", names.get(presenceKey(member)));
      code.endControlFlow();
    } else {
      code.addStatement("case $L -> $N = $L", index, local, value);
    }
    return code.build();
  }

  /** The value the parser is on, its token in {@code token}, as {@link ValueCodec} reads it. */
  private static CodeBlock read(ValueType type, CodeBlock at) {
    return ValueCodec.read(type, "parser", "token", at, 0);
  }

  /** The constructor argument for a decoded member: optional ones wrapped. */
  private static CodeBlock component(Member member, NameAllocator names) {
    String local = names.get(member);
    if (!member.optional()) {
      return CodeBlock.of("$N", local);
    }
    if (member.primitive()) {
      // A primitive local has no null to say "absent": its presence flag says it.
      Class<?> optional = member.optionalLong() ? OptionalLong.class : Optional.class;
      return CodeBlock.of(
          "$N ? $T.of($N) : $T.empty()", names.get(presenceKey(member)), optional, local, optional);
    }
    return CodeBlock.of("$T.ofNullable($N)", Optional.class, local);
  }

  private static String presenceKey(Member member) {
    return "has:" + member.javaName();
  }
}
