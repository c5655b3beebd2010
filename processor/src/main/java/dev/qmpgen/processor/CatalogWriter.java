package dev.qmpgen.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Events}, the catalog of the spec's codecs: {@code Events.catalog()} to compose with
 * other specs' catalogs in {@code EventRegistry.of}, {@code Events.registry()} for this spec alone.
 */
final class CatalogWriter {

  private CatalogWriter() {}

  /**
   * Events per codec list. One list of {@code n} codecs compiles to about {@code 34 n} bytes of
   * code and {@code 26 n} constant pool entries, past the JVM's 64 KB per method at about 1,950
   * events; a spec of more than this many events gets one nested class per chunk, each far from the
   * 64 KB method and 65,535 constants limits.
   */
  static final int CHUNK = 500;

  static TypeSpec.Builder write(Bindings bindings) {
    ClassName events = bindings.catalog();
    TypeName codec =
        ParameterizedTypeName.get(Types.EVENT_CODEC, WildcardTypeName.subtypeOf(Object.class));
    TypeName codecs = ParameterizedTypeName.get(ClassName.get(List.class), codec);
    ChunkedList codecLists =
        ChunkedList.of(
            bindings.events(),
            CHUNK,
            some -> codecList(some, codec),
            "Codecs",
            "The codecs of events",
            list ->
                deprecationSuppressed(
                        bindings,
                        FieldSpec.builder(codecs, "CODECS", Modifier.STATIC, Modifier.FINAL)
                            .initializer(list))
                    .build());
    TypeSpec registryHolder =
        TypeSpec.classBuilder("RegistryHolder")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Builds the registry on first use.\n")
            .addField(
                FieldSpec.builder(Types.EVENT_REGISTRY, "REGISTRY", Modifier.STATIC, Modifier.FINAL)
                    .initializer("$T.of(CATALOG)", Types.EVENT_REGISTRY)
                    .build())
            .build();
    return HolderClass.of(
            events,
            bindings,
            "The codecs of the events of $L.",
            "QmpEvent event = Events.registry().decode(line);",
            "EventRegistry all = EventRegistry.of(Events.catalog(), otherSpecEvents);")
        .addSuperinterface(Types.EVENT_CATALOG)
        .addField(
            FieldSpec.builder(events, "CATALOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T()", events)
                .build())
        .addField(
            deprecationSuppressed(
                    bindings,
                    FieldSpec.builder(codecs, "codecs", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer(codecLists.initializer()))
                .build())
        .addMethod(
            MethodSpec.methodBuilder("catalog")
                .addJavadoc("This spec's catalog.\n\n@return the one catalog of these bindings\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(events)
                .addStatement("return CATALOG")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("registry")
                .addJavadoc(
                    "A registry of this spec's events alone.\n\n@return the registry, built on first use\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(Types.EVENT_REGISTRY)
                .addStatement("return RegistryHolder.REGISTRY")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("codecs")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(codecs)
                .addStatement("return codecs")
                .build())
        .addType(registryHolder)
        .addTypes(codecLists.parts());
  }

  /** A catalog lists deprecated events as it lists the others; javac need not warn about it. */
  private static FieldSpec.Builder deprecationSuppressed(
      Bindings bindings, FieldSpec.Builder field) {
    if (bindings.events().stream().anyMatch(EventBinding::deprecated)) {
      field.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    return field;
  }

  /**
   * {@code List.<EventCodec<?>>of(...)} of {@code events}' codecs. The explicit type argument
   * spares javac inferring the element type from every codec at once, which costs time quadratic in
   * the number of events.
   */
  private static CodeBlock codecList(List<EventBinding> events, TypeName codec) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.<$T>of(", List.class, codec).indent();
    for (int i = 0; i < events.size(); i++) {
      ClassName type = events.get(i).type();
      list.add(
          "\n$T.of($T.$N, $T.class, $T::$N, $T::$N, $T::$N, $T::$N)$L",
          Types.EVENT_CODEC,
          type,
          GeneratedNames.EVENT_NAME_FIELD,
          type,
          type,
          GeneratedNames.READ,
          type,
          GeneratedNames.DECODE_WITHOUT_DATA,
          type,
          GeneratedNames.HAS_DATA,
          type,
          GeneratedNames.WRITE,
          i + 1 < events.size() ? "," : "");
    }
    return list.unindent().add(")").build();
  }
}
