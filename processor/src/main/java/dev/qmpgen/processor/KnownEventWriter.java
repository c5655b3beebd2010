package dev.qmpgen.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code KnownEvent}, the sealed supertype of the spec's event records, so that Java 21 code
 * can {@code switch} over them exhaustively. A spec without events gets a plain interface, as a
 * sealed one must permit at least one type.
 */
final class KnownEventWriter {

  private KnownEventWriter() {}

  static TypeSpec.Builder write(Bindings bindings) {
    TypeVariableName r = TypeVariableName.get("R");
    TypeSpec.Builder known =
        TypeSpec.interfaceBuilder(bindings.known())
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(Types.QMP_EVENT)
            .addAnnotation(GeneratedAnnotation.of(bindings.specFile()))
            .addJavadoc(
                "An event of $L, decoded to its own record.\n", Javadocs.code(bindings.specFile()));
    if (!bindings.events().isEmpty()) {
      known.addModifiers(Modifier.SEALED);
      bindings.events().forEach(event -> known.addPermittedSubclass(event.type()));
    }
    if (bindings.events().stream().anyMatch(EventBinding::deprecated)) {
      // The permits clause names every event, deprecated ones too.
      known.addAnnotation(
          AnnotationSpec.builder(SuppressWarnings.class)
              .addMember("value", "$S", "deprecation")
              .build());
    }
    known.addMethod(
        MethodSpec.methodBuilder(GeneratedNames.ACCEPT)
            .addJavadoc(
                "Calls the method of {@code visitor} for this event's type.\n\n"
                    + "@param <R> what visiting returns\n"
                    + "@param visitor the visitor to call\n"
                    + "@return what the visitor's method returns\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addTypeVariable(r)
            .returns(r)
            .addParameter(ParameterizedTypeName.get(bindings.visitor(), r), "visitor")
            .build());
    known.addMethod(
        MethodSpec.methodBuilder(GeneratedNames.UNKNOWN_FIELDS)
            .addJavadoc(
                "The data members the spec does not list, in arrival order; written back on encode.\n\n"
                    + "@return each unlisted member's JSON by its wire name\n")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .returns(Types.UNKNOWN_FIELDS_MAP)
            .build());
    return known;
  }
}
