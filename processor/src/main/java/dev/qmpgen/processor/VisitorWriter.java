package dev.qmpgen.processor;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code EventVisitor<R>}: one {@code visitX} per event, {@code visitUnknown} for event
 * names no catalog of the registry knows, {@code visitFailed} for known events that failed to
 * decode in lenient mode, and {@code visitOther} for typed events of other specs' catalogs; and
 * {@code EventVisitorAdapter<R>}, where every method defaults to {@code fallback}.
 */
final class VisitorWriter {

  private static final TypeVariableName R = TypeVariableName.get("R");

  private VisitorWriter() {}

  static String visitMethod(EventBinding event) {
    return "visit" + event.type().simpleName();
  }

  static TypeSpec.Builder visitor(Bindings bindings) {
    TypeSpec.Builder visitor =
        TypeSpec.interfaceBuilder(bindings.visitor())
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(R)
            .addAnnotation(GeneratedAnnotation.of(bindings.specFile()))
            .addJavadoc(
                "Does something different for each event of $L; {@link #visit} dispatches any event.\n\n"
                    + "<p>{@link $T} implements every method with one fallback, for visitors that handle a few events.\n\n"
                    + "@param <R> what visiting returns ({@link Void} for nothing)\n",
                Javadocs.code(bindings.specFile()),
                bindings.visitorAdapter());
    for (EventBinding event : bindings.events()) {
      visitor.addMethod(
          deprecatedWith(
              event,
              abstractVisit(
                  visitMethod(event),
                  event.type(),
                  "Visits " + Javadocs.code(event.spec().name()) + ".")));
    }
    visitor.addMethod(
        abstractVisit(
            "visitUnknown",
            Types.UNKNOWN_EVENT,
            "Visits an event whose name no catalog of the registry knows, such as {@code POWERDOWN}."));
    visitor.addMethod(
        abstractVisit(
            "visitFailed",
            Types.FAILED_EVENT,
            "Visits a known event that failed to decode (lenient mode), with its raw JSON and the reason."));
    visitor.addMethod(
        abstractVisit(
            "visitOther",
            Types.QMP_EVENT,
            "Visits a typed event of another spec's catalog, when the registry composes several."));
    visitor.addMethod(
        eventMethod("visit", Types.QMP_EVENT, Modifier.DEFAULT)
            .addJavadoc(
                "Dispatches {@code event} to the method for its type.\n\n"
                    + "@param event any event the registry decoded\n"
                    + "@return what that method returns\n")
            .beginControlFlow("if (event instanceof $T known)", bindings.known())
            .addStatement("return known.accept(this)")
            .endControlFlow()
            .beginControlFlow("if (event instanceof $T unknown)", Types.UNKNOWN_EVENT)
            .addStatement("return visitUnknown(unknown)")
            .endControlFlow()
            .beginControlFlow("if (event instanceof $T failed)", Types.FAILED_EVENT)
            .addStatement("return visitFailed(failed)")
            .endControlFlow()
            .addStatement("return visitOther(event)")
            .build());
    return visitor;
  }

  static TypeSpec.Builder adapter(Bindings bindings) {
    TypeName visitorOfR = ParameterizedTypeName.get(bindings.visitor(), R);
    TypeSpec.Builder adapter =
        TypeSpec.interfaceBuilder(bindings.visitorAdapter())
            .addModifiers(Modifier.PUBLIC)
            .addTypeVariable(R)
            .addSuperinterface(visitorOfR)
            .addAnnotation(GeneratedAnnotation.of(bindings.specFile()))
            .addJavadoc(
                "An {@link $T} whose methods all default to {@link #fallback}: override the events you handle.\n\n"
                    + "<pre>{@code\n"
                    + "EventVisitorAdapter<String> visitor = event -> \"ignored\";\n"
                    + "}</pre>\n\n"
                    + "@param <R> what visiting returns\n",
                bindings.visitor());
    adapter.addMethod(
        eventMethod("fallback", Types.QMP_EVENT, Modifier.ABSTRACT)
            .addJavadoc(
                "What every method not overridden returns for {@code event}.\n\n"
                    + "@param event the event no overriding method handled\n"
                    + "@return the visit's result\n")
            .build());
    for (EventBinding event : bindings.events()) {
      adapter.addMethod(deprecatedWith(event, fallbackVisit(visitMethod(event), event.type())));
    }
    adapter.addMethod(fallbackVisit("visitUnknown", Types.UNKNOWN_EVENT));
    adapter.addMethod(fallbackVisit("visitFailed", Types.FAILED_EVENT));
    adapter.addMethod(fallbackVisit("visitOther", Types.QMP_EVENT));
    return adapter;
  }

  /**
   * The visit method of a deprecated event is deprecated too, which also keeps its signature free
   * of warnings.
   */
  private static MethodSpec deprecatedWith(EventBinding event, MethodSpec visit) {
    return event.deprecated() ? visit.toBuilder().addAnnotation(Deprecated.class).build() : visit;
  }

  private static MethodSpec abstractVisit(String name, TypeName type, String doc) {
    return eventMethod(name, type, Modifier.ABSTRACT)
        .addJavadoc("$L\n\n@param event the event\n@return the visit's result\n", doc)
        .build();
  }

  private static MethodSpec fallbackVisit(String name, TypeName type) {
    return eventMethod(name, type, Modifier.DEFAULT)
        .addAnnotation(Override.class)
        .addStatement("return fallback(event)")
        .build();
  }

  /** {@code public abstract R name(Type event)}, or {@code default}: every method of both types. */
  private static MethodSpec.Builder eventMethod(String name, TypeName type, Modifier kind) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, kind)
        .returns(R)
        .addParameter(type, "event");
  }
}
