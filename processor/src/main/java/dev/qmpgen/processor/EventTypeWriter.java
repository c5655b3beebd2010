package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one event's record: {@code timestamp} first, one component per data member, then {@code
 * unknownFields}; its wire name, visitor dispatch and decoding entry points.
 */
final class EventTypeWriter {

  private EventTypeWriter() {}

  static TypeSpec.Builder write(EventBinding event, Bindings bindings) {
    TypeSpec.Builder record =
        RecordWriter.record(
                event.type(),
                List.of(EnvelopeComponent.TIMESTAMP),
                event.members(),
                bindings.specFile())
            .addJavadoc(Javadocs.event(event.spec(), event.members(), bindings.origin()))
            .addSuperinterface(bindings.known())
            .addField(eventNameField(event))
            .addMethod(eventNameMethod())
            .addMethod(acceptMethod(event, bindings));
    if (event.deprecated()) {
      record.addAnnotation(Deprecated.class);
    }
    DecodeWriter.memberMatcher(event.members()).ifPresent(record::addField);
    record.addMethod(DecodeWriter.eventRead(event));
    record.addMethod(decodeWithoutData(event, event.members()));
    record.addMethod(hasData(event));
    return record;
  }

  /** {@code EVENT_NAME}, the wire name, in every event record. */
  static FieldSpec eventNameField(EventBinding event) {
    return FieldSpec.builder(
            String.class,
            GeneratedNames.EVENT_NAME_FIELD,
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc("The wire name of this event.\n")
        .initializer("$S", event.spec().name())
        .build();
  }

  static MethodSpec eventNameMethod() {
    return MethodSpec.methodBuilder(GeneratedNames.EVENT_NAME)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $N", GeneratedNames.EVENT_NAME_FIELD)
        .build();
  }

  /** {@code accept(EventVisitor)}: the visitor's method for this event. */
  static MethodSpec acceptMethod(EventBinding event, Bindings bindings) {
    TypeVariableName r = TypeVariableName.get("R");
    return MethodSpec.methodBuilder(GeneratedNames.ACCEPT)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(r)
        .returns(r)
        .addParameter(ParameterizedTypeName.get(bindings.visitor(), r), "visitor")
        .addStatement("return visitor.$N(this)", VisitorWriter.visitMethod(event))
        .build();
  }

  /**
   * Whether encoding writes a {@code data} member: always when a member is required, otherwise only
   * when some member is present, so that an event sent without data re-encodes without.
   */
  private static MethodSpec hasData(EventBinding event) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(GeneratedNames.HAS_DATA)
            .addJavadoc("Whether encoding writes a {@code data} member.\n")
            .returns(boolean.class);
    if (event.hasRequiredMembers()) {
      return method.addStatement("return true").build();
    }
    CodeBlock.Builder present = CodeBlock.builder().add("!unknownFields.isEmpty()");
    event.members().forEach(member -> present.add(" || $N.isPresent()", member.javaName()));
    return method.addStatement("return $L", present.build()).build();
  }

  /**
   * The event for an envelope without {@code data}: fine unless one of {@code members}, the event's
   * data members, is required.
   */
  static MethodSpec decodeWithoutData(EventBinding event, List<Member> members) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(GeneratedNames.DECODE_WITHOUT_DATA)
            .addJavadoc("The event for an envelope without a {@code data} member.\n")
            .addModifiers(Modifier.STATIC)
            .returns(event.type())
            .addParameter(Types.TIMESTAMP, "timestamp");
    Member required =
        members.stream().filter(member -> !member.optional()).findFirst().orElse(null);
    if (required != null) {
      return method
          .addStatement(
              "throw $T.missingField($N, $S)",
              Types.DECODE_EXCEPTION,
              GeneratedNames.EVENT_NAME_FIELD,
              required.wireName())
          .build();
    }
    CodeBlock.Builder args = CodeBlock.builder().add("timestamp");
    for (Member member : members) {
      args.add(
          ", $T.empty()",
          member.componentType() instanceof ParameterizedTypeName p
              ? p.rawType()
              : member.componentType());
    }
    return method.addStatement("return new $T($L)", event.type(), args.build()).build();
  }
}
