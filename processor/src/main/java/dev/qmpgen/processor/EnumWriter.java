package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the enum of a field's listed values. Each constant carries its wire name; the enum
 * implements {@code Enumerated<E>}, whose {@code Unlisted} record holds any other string, so a
 * value the spec does not list is kept and re-encoded as sent.
 */
final class EnumWriter {

  private EnumWriter() {}

  static TypeSpec write(Member member) {
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(member.enumType())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(Javadocs.enumeration(member))
            .addSuperinterface(ParameterizedTypeName.get(Types.ENUMERATED, member.enumType()));
    for (Member.Constant constant : member.enumConstants()) {
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("$S", constant.value().name());
      String description = constant.value().description();
      body.addJavadoc(
          "$L\n",
          description.isBlank()
              ? Javadocs.code(constant.value().name())
              : Javadocs.prose(description));
      for (String feature : constant.value().features()) {
        body.addJavadoc("\n<p>$L\n", Javadocs.featureLine("value", feature));
      }
      if (constant.value().features().contains("deprecated")) {
        body.addJavadoc("\n@deprecated QEMU marks this value deprecated\n")
            .addAnnotation(Deprecated.class);
      }
      type.addEnumConstant(constant.javaName(), body.build());
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(Types.NAME_TABLE, member.enumType()),
                GeneratedNames.LISTED,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "The constants by wire name; decoding finds a listed value without making a {@code String}.\n")
            .initializer("$T.ofWireNames(values())", Types.NAME_TABLE)
            .build());
    type.addField(
        FieldSpec.builder(String.class, "wireName", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(String.class, "wireName")
            .addStatement("this.wireName = wireName")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("wireName")
            .addAnnotation(Override.class)
            .addAnnotation(Types.JSON_VALUE)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return wireName")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("known")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), member.enumType()))
            .addStatement("return $T.of(this)", Optional.class)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return wireName")
            .build());
    type.addMethod(fromWireName(member));
    return type.build();
  }

  private static MethodSpec fromWireName(Member member) {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (wireName) {\n").indent();
    for (Member.Constant constant : member.enumConstants()) {
      cases.add("case $S -> $N;\n", constant.value().name(), constant.javaName());
    }
    cases.add("default -> $T.unlisted(wireName);\n", Types.ENUMERATED).unindent().add("};\n");
    return MethodSpec.methodBuilder("fromWireName")
        .addJavadoc(
            "The constant spelled {@code wireName} on the wire, or an unlisted value keeping it.\n\n"
                + "@param wireName the value as JSON spells it\n"
                + "@return the listed constant, or the unlisted value\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Types.ENUMERATED, member.enumType()))
        .addParameter(String.class, "wireName")
        .addCode(cases.build())
        .build();
  }
}
