package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the sealed interface of a flat union: the tag's enum, one record per tag value (the common
 * members but the tag, then the variant's own), and {@code Unlisted}, which keeps an object whose
 * tag value the schema does not list as raw JSON, so that it re-encodes as sent.
 */
final class UnionTypeWriter {

  private UnionTypeWriter() {}

  static TypeSpec.Builder write(UnionBinding union, Bindings bindings) {
    TypeName tagType = union.tag().valueType();
    String tagAccessor = union.tag().javaName();
    TypeSpec.Builder type = SealedInterfaces.declare(union.type(), Javadocs.union(union), bindings);
    type.addMethod(
        MethodSpec.methodBuilder(tagAccessor)
            .addJavadoc(
                "The value of the tag member $L, which says which members come with it.\n\n"
                    + "@return the tag value\n",
                Javadocs.code(union.tag().wireName()))
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(tagType)
            .build());
    SealedInterfaces.addCodec(type, union.type(), "object", read(union));
    type.addType(SealedInterfaces.nested(EnumWriter.write(union.tag())));
    for (UnionBinding.Variant variant : union.variants()) {
      type.addPermittedSubclass(variant.type());
      type.addType(
          variant(union, variant, tagType, tagAccessor, bindings)
              .addModifiers(Modifier.STATIC)
              .build());
    }
    type.addPermittedSubclass(union.unlisted());
    type.addType(unlisted(union, tagType, tagAccessor, bindings));
    return type;
  }

  /** Reads the whole object first: its tag, wherever it comes, chooses the record that reads it. */
  private static MethodSpec read(UnionBinding union) {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (tag) {\n").indent();
    for (UnionBinding.Variant variant : union.variants()) {
      cases.add(
          "case $S -> $T.readVariant(object, event, path, $T::$N);\n",
          variant.tagValue().value().name(),
          Types.SCHEMA_VALUES,
          variant.type(),
          GeneratedNames.READ);
    }
    cases
        .add(
            "default -> new $T($T.fromWireName(tag), object);\n",
            union.unlisted(),
            union.tag().enumType())
        .unindent()
        .add("};\n");
    return SealedInterfaces.read(union.type())
        .addJavadoc(
            "Decodes the object the parser is on, leaving it on the object's end; for generated decoders.\n\n"
                + "@param parser the parser, on the object's start\n"
                + "@param event the event being decoded, named in errors\n"
                + "@param path where the object is in the event's data, named in errors\n"
                + "@return the record of the object's tag value\n")
        .addParameter(String.class, "event")
        .addParameter(String.class, "path")
        .addStatement("$T object = $T.read(parser)", Types.RAW_JSON, Types.RAW_JSON)
        .addStatement(
            "String tag = $T.unionTag(object, event, path, $S)",
            Types.SCHEMA_VALUES,
            union.tag().wireName())
        .addCode(cases.build())
        .build();
  }

  private static TypeSpec.Builder variant(
      UnionBinding union,
      UnionBinding.Variant variant,
      TypeName tagType,
      String tagAccessor,
      Bindings bindings) {
    Discriminator tag =
        new Discriminator(union.tag().wireName(), variant.tagValue().value().name());
    TypeSpec.Builder record =
        RecordWriter.record(
                variant.type(), List.of(), variant.members(), bindings.specFile(), Optional.of(tag))
            .addSuperinterface(union.type())
            .addJavadoc(Javadocs.variant(union, variant));
    record.addMethod(
        MethodSpec.methodBuilder(tagAccessor)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(tagType)
            .addStatement("return $T.$N", union.tag().enumType(), variant.tagValue().javaName())
            .build());
    DecodeWriter.memberMatcher(variant.members(), Optional.of(tag)).ifPresent(record::addField);
    return record.addMethod(DecodeWriter.variantRead(variant.type(), variant.members(), tag));
  }

  private static TypeSpec unlisted(
      UnionBinding union, TypeName tagType, String tagAccessor, Bindings bindings) {
    return SealedInterfaces.record(union.unlisted(), union.type(), bindings)
        .addJavadoc(
            "An object whose tag value the schema does not list, kept whole as it came.\n\n"
                + "@param $L the tag value, not one of the listed constants\n"
                + "@param json the whole object, tag included, written back as it is\n",
            tagAccessor)
        .recordConstructor(
            MethodSpec.compactConstructorBuilder()
                .addJavadoc(
                    "Checks that both are present.\n\n"
                        + "@param $L the tag value, not one of the listed constants\n"
                        + "@param json the whole object, tag included, written back as it is\n",
                    tagAccessor)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterSpec.builder(tagType, tagAccessor).build())
                .addParameter(ParameterSpec.builder(Types.RAW_JSON, "json").build())
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, tagAccessor, tagAccessor)
                .addStatement("$T.requireNonNull(json, $S)", Objects.class, "json")
                .build())
        .addMethod(SealedInterfaces.writeOverride().addStatement("json.write(generator)").build())
        .build();
  }
}
