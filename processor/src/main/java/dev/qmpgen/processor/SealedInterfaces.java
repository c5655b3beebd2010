package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * What the sealed interfaces of unions and alternates share with each other: the interface, its
 * codec methods, and the records nested in it that implement it.
 */
final class SealedInterfaces {

  private SealedInterfaces() {}

  /** The public sealed interface {@code type}; the caller permits its records. */
  static TypeSpec.Builder declare(ClassName type, CodeBlock javadoc, Bindings bindings) {
    return TypeSpec.interfaceBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
        .addAnnotation(GeneratedAnnotation.of(bindings.specFile()))
        .addJavadoc(javadoc);
  }

  /**
   * Adds the abstract {@code write} of "this {@code what}" (value, object), {@code read}, and the
   * methods Jackson databind sees the interface through.
   */
  static void addCodec(TypeSpec.Builder type, ClassName name, String what, MethodSpec read) {
    type.addMethod(
        MethodSpec.methodBuilder(GeneratedNames.WRITE)
            .addJavadoc(
                "Writes this $L as the next value of {@code generator}.\n\n@param $L where to write\n",
                what,
                GeneratedNames.GENERATOR)
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addParameter(Types.JSON_GENERATOR, GeneratedNames.GENERATOR)
            .build());
    type.addMethod(read);
    type.addMethod(DatabindView.toJson());
    type.addMethod(DatabindView.fromJson(name, CodeBlock.of("$T::$N", name, GeneratedNames.READ)));
  }

  /**
   * The start of the interface's {@code public static T read(JsonParser parser, ...)}; the caller
   * adds its Javadoc, the other parameters and the code.
   */
  static MethodSpec.Builder read(ClassName type) {
    return MethodSpec.methodBuilder(GeneratedNames.READ)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(Types.JSON_PARSER, "parser");
  }

  /** A record nested in interface {@code type} implementing it; the caller adds the rest. */
  static TypeSpec.Builder record(ClassName record, ClassName type, Bindings bindings) {
    return TypeSpec.recordBuilder(record)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addSuperinterface(type)
        .addAnnotation(GeneratedAnnotation.of(bindings.specFile()));
  }

  /** A record's {@code write}, implementing the interface's; the caller adds the code. */
  static MethodSpec.Builder writeOverride() {
    return MethodSpec.methodBuilder(GeneratedNames.WRITE)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Types.JSON_GENERATOR, GeneratedNames.GENERATOR);
  }

  /** A type nested in an interface is public and static, as JavaPoet wants it said. */
  static TypeSpec nested(TypeSpec type) {
    return type.toBuilder().addModifiers(Modifier.STATIC).build();
  }
}
