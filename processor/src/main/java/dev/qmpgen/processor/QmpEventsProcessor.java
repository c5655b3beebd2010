package dev.qmpgen.processor;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.qmpgen.spec.Diagnostic;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ParseResult;
import dev.qmpgen.spec.SchemaParser;
import dev.qmpgen.spec.SpecDocument;
import dev.qmpgen.spec.SpecParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Generates event records, {@code KnownEvent}, {@code EventVisitor}, {@code EventVisitorAdapter}
 * and the {@code Events} catalog into each package annotated {@code @GenerateQmpEvents(spec =
 * "...")} (a spec text) or {@code @GenerateQmpEvents(schema = "...")} (a capture of QEMU's {@code
 * query-qmp-schema}); see {@link SpecLocator} for where either is looked for. Errors become javac
 * errors on the annotation naming {@code file:line:col}, with the file as it was read; warnings and
 * naming decisions become javac warnings (notes under {@code -Aqmpgen.specWarnings=note}). An error
 * leaves out only the events it makes wrong: every other event, the visitor and the catalog are
 * still generated, so that the user sees the error and not a cascade of missing symbols. No
 * exception reaches javac.
 */
@SupportedAnnotationTypes("dev.qmpgen.runtime.GenerateQmpEvents")
@SupportedOptions({SpecLocator.SPEC_DIR_OPTION, QmpEventsProcessor.SPEC_WARNINGS_OPTION})
public final class QmpEventsProcessor extends AbstractProcessor {

  /**
   * How the spec's own warnings (lint findings such as an example naming another event) are
   * reported: {@code warning} (the default) or {@code note}, for builds with {@code -Werror} over a
   * spec kept as QEMU shipped it.
   */
  static final String SPEC_WARNINGS_OPTION = "qmpgen.specWarnings";

  private ErrorReporter reporter;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    reporter =
        new ErrorReporter(
            processingEnv.getMessager(),
            "note".equalsIgnoreCase(processingEnv.getOptions().get(SPEC_WARNINGS_OPTION)));
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        AnnotationMirror mirror = mirror(element, annotation);
        try {
          generate((PackageElement) element, mirror);
        } catch (RuntimeException e) {
          // A bug of ours must still surface as a diagnostic, not as a javac crash.
          error("qmpgen failed: " + e, element, mirror);
        }
      }
    }
    // Never claim: other processors may want the same elements. OwnCodeClaimer keeps
    // -Xlint:processing quiet about qmpgen's own annotations instead.
    return false;
  }

  private void generate(PackageElement pkg, AnnotationMirror mirror) {
    Optional<String> specName = attribute(mirror, "spec");
    Optional<String> schemaName = attribute(mirror, "schema");
    if (specName.isPresent() == schemaName.isPresent()) {
      error(
          "@GenerateQmpEvents needs exactly one of spec = \"...\" (a qmp-events.txt) and schema = \"...\""
              + " (a query-qmp-schema capture)",
          pkg,
          mirror);
      return;
    }
    String spec = specName.or(() -> schemaName).orElseThrow();
    SpecLocator locator =
        new SpecLocator(
            processingEnv.getFiler(),
            Optional.ofNullable(processingEnv.getOptions().get(SpecLocator.SPEC_DIR_OPTION)));
    String packageName = pkg.getQualifiedName().toString();
    SpecLocator.Result found = locator.locate(packageName, spec);
    if (found.text().isEmpty()) {
      error(
          (schemaName.isPresent() ? "schema " : "spec ")
              + spec
              + " not found; searched: "
              + String.join(", ", found.searched())
              + " (set -A"
              + SpecLocator.SPEC_DIR_OPTION
              + "=DIR to name its directory)",
          pkg,
          mirror);
      return;
    }
    // Positions name the file as it was read, so that an IDE can open it from the message.
    ParseResult parsed =
        schemaName.isPresent()
            ? SchemaParser.parse(found.foundAt(), found.text().get())
            : SpecParser.parse(found.foundAt(), found.text().get());
    parsed.diagnostics().forEach(diagnostic -> reporter.report(diagnostic, pkg, mirror));
    // A capture is QEMU's machine output: a member named like a Java keyword is no mistake the user
    // could fix, so its renaming is a note there, which -Werror builds pass.
    Diagnostic.Severity naming =
        schemaName.isPresent() ? Diagnostic.Severity.NOTE : Diagnostic.Severity.WARNING;
    // Generated sources name the spec as the annotation does: the same output on every machine.
    // (Diagnostics are unaffected: each position names the file as it was read.)
    Bindings bindings = ModelBinder.bind(withoutEventsInError(parsed, spec), packageName, naming);
    bindings.diagnostics().forEach(diagnostic -> reporter.report(diagnostic, pkg, mirror));
    for (TypeSpec.Builder type : types(bindings)) {
      write(packageName, type.addOriginatingElement(pkg).build(), pkg, mirror);
    }
    recordInputs(pkg, mirror, found.foundAt(), found.text().get());
  }

  /**
   * For build tools' stale checks (qmpgen-maven-plugin): what these bindings were generated from.
   */
  private void recordInputs(
      PackageElement pkg, AnnotationMirror mirror, String location, String text) {
    try {
      InputsRecordWriter.write(processingEnv.getFiler(), pkg, location, text);
    } catch (IOException e) {
      error(
          "cannot record the inputs of " + pkg.getQualifiedName() + ": " + e.getMessage(),
          pkg,
          mirror);
    }
  }

  /**
   * The document without the events whose section holds an error: bindings for them would be wrong
   * (a field missing or of the wrong type), while every other event is as the author meant. It is
   * named {@code file}, the spec as the annotation names it.
   */
  private static SpecDocument withoutEventsInError(ParseResult parsed, String file) {
    SpecDocument document = parsed.document();
    List<EventSpec> kept =
        document.events().stream()
            .filter(event -> !parsed.eventsWithErrors().contains(event.name()))
            .toList();
    return new SpecDocument(file, kept, document.origin());
  }

  private static List<TypeSpec.Builder> types(Bindings bindings) {
    List<TypeSpec.Builder> types = new ArrayList<>();
    bindings
        .events()
        .forEach(
            event ->
                types.add(
                    event
                        .wholeData()
                        .map(data -> WholeDataEventWriter.write(event, data, bindings))
                        .orElseGet(() -> EventTypeWriter.write(event, bindings))));
    bindings.objects().forEach(object -> types.add(ObjectTypeWriter.write(object, bindings)));
    bindings.unions().forEach(union -> types.add(UnionTypeWriter.write(union, bindings)));
    bindings
        .alternates()
        .forEach(alternate -> types.add(AlternateTypeWriter.write(alternate, bindings)));
    bindings
        .enums()
        .forEach(
            shared ->
                types.add(
                    EnumWriter.write(shared.member()).toBuilder()
                        .addJavadoc(Javadocs.sharedEnum(shared))
                        .addAnnotation(GeneratedAnnotation.of(bindings.specFile()))));
    types.add(KnownEventWriter.write(bindings));
    types.add(VisitorWriter.visitor(bindings));
    types.add(VisitorWriter.adapter(bindings));
    types.add(CatalogWriter.write(bindings));
    types.add(EventDescriptionsWriter.write(bindings));
    return types;
  }

  private void write(
      String packageName, TypeSpec type, PackageElement pkg, AnnotationMirror mirror) {
    JavaFile file =
        JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ").build();
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      error("cannot write " + packageName + "." + type.name() + ": " + e.getMessage(), pkg, mirror);
    }
  }

  private static AnnotationMirror mirror(Element element, TypeElement annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  /** The attribute's value when given and not blank. */
  private static Optional<String> attribute(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(String.valueOf(entry.getValue().getValue()))
            .filter(value -> !value.isBlank());
      }
    }
    return Optional.empty();
  }

  private void error(String message, Element element, AnnotationMirror mirror) {
    reporter.reportError(message, element, mirror);
  }
}
