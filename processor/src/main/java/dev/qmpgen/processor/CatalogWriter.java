package dev.qmpgen.processor;

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
 * Writes {@code Events}, the catalog of the spec's codecs: {@code Events.catalog()} to compose
 * with other specs' catalogs in {@code EventRegistry.of}, {@code Events.registry()} for this spec
 * alone.
 */
final class CatalogWriter {

  private CatalogWriter() {}

  static TypeSpec.Builder write(Bindings bindings) {
    ClassName events = bindings.catalog();
    TypeName codecs = ParameterizedTypeName.get(ClassName.get(List.class),
        ParameterizedTypeName.get(Types.EVENT_CODEC, WildcardTypeName.subtypeOf(Object.class)));
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class).indent();
    for (int i = 0; i < bindings.events().size(); i++) {
      EventBinding event = bindings.events().get(i);
      list.add("\n$T.of($T.EVENT_NAME, $T.class, $T::read, $T::decodeWithoutData, $T::hasData, $T::write)$L",
          Types.EVENT_CODEC, event.type(), event.type(), event.type(), event.type(), event.type(), event.type(),
          i + 1 < bindings.events().size() ? "," : "");
    }
    list.unindent().add(")");
    TypeSpec registryHolder = TypeSpec.classBuilder("RegistryHolder")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Builds the registry on first use.\n")
        .addField(FieldSpec.builder(Types.EVENT_REGISTRY, "REGISTRY", Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of(CATALOG)", Types.EVENT_REGISTRY).build())
        .build();
    return TypeSpec.classBuilder(events)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Types.EVENT_CATALOG)
        .addAnnotation(RecordWriter.generated(bindings.specFile()))
        .addJavadoc("The codecs of the events of {@code $L}.\n\n"
            + "<pre>{@code\n"
            + "QmpEvent event = Events.registry().decode(line);\n"
            + "EventRegistry all = EventRegistry.of(Events.catalog(), otherSpecEvents);\n"
            + "}</pre>\n", bindings.specFile())
        .addField(FieldSpec.builder(events, "CATALOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T()", events).build())
        .addField(FieldSpec.builder(codecs, "codecs", Modifier.PRIVATE, Modifier.FINAL)
            .initializer(list.build()).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("catalog")
            .addJavadoc("This spec's catalog.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(events)
            .addStatement("return CATALOG")
            .build())
        .addMethod(MethodSpec.methodBuilder("registry")
            .addJavadoc("A registry of this spec's events alone.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Types.EVENT_REGISTRY)
            .addStatement("return RegistryHolder.REGISTRY")
            .build())
        .addMethod(MethodSpec.methodBuilder("codecs")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(codecs)
            .addStatement("return codecs")
            .build())
        .addType(registryHolder);
  }
}
