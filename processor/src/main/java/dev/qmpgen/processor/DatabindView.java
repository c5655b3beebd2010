package dev.qmpgen.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * How Jackson databind sees a union's or an alternate's sealed interface: as the JSON its {@code
 * write} gives, and back through its {@code read}, so that a record holding one binds as the event
 * records do (databind cannot otherwise pick the record of an interface).
 */
final class DatabindView {

  private DatabindView() {}

  /** {@code @JsonValue default RawJson toJson()}. */
  static MethodSpec toJson() {
    return MethodSpec.methodBuilder(GeneratedNames.TO_JSON)
        .addJavadoc(
            "This value as JSON, as {@code write} writes it: what Jackson databind serializes.\n\n"
                + "@return the JSON of this value\n")
        .addAnnotation(Types.JSON_VALUE)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .returns(Types.RAW_JSON)
        .addStatement("return $T.toJson(this::write)", Types.SCHEMA_VALUES)
        .build();
  }

  /** {@code @JsonCreator static T fromJson(RawJson json)}, reading with {@code reader}. */
  static MethodSpec fromJson(ClassName type, CodeBlock reader) {
    return MethodSpec.methodBuilder(GeneratedNames.FROM_JSON)
        .addJavadoc(
            "Jackson databind's way in: the value {@code read} decodes from {@code json}.\n\n"
                + "@param json the value's JSON\n"
                + "@return the decoded value\n")
        .addAnnotation(
            AnnotationSpec.builder(Types.JSON_CREATOR)
                .addMember("mode", "$T.DELEGATING", Types.JSON_CREATOR_MODE)
                .build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(Types.RAW_JSON, "json")
        .addStatement("return $T.fromJson(json, $L)", Types.SCHEMA_VALUES, reader)
        .build();
  }
}
