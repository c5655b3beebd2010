package dev.qmpgen.processor;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Keeps javac's {@code -Xlint:processing} quiet about qmpgen's own code without hiding anyone
 * else's annotations, and makes qmpgen's {@code -A} options known in every compilation.
 *
 * <p>javac warns about every annotation no processor claims; {@link QmpEventsProcessor} claims
 * nothing (other processors may want what it sees), so {@code @GenerateQmpEvents} and the Jackson
 * and {@code @Generated} annotations of the generated records would be reported in every {@code
 * -Xlint:all -Werror} build. This processor claims the annotations of a round only when every
 * element carrying them is qmpgen's: {@code @GenerateQmpEvents} itself, the types {@link
 * QmpEventsProcessor} generated, and the runtime's own sources (compiled with the processor in
 * qmpgen's build). A round that holds anyone else's annotated code is left unclaimed, so other
 * processors see it, and javac reports what nobody claims, as it should.
 *
 * <p>javac counts an {@code -A} option as recognised only when a processor declaring it is called;
 * {@link QmpEventsProcessor} is called only where {@code @GenerateQmpEvents} appears, so a test
 * compile given {@code -Aqmpgen.specWarnings=note} would warn that no processor recognised it. This
 * processor supports {@code *}, is called in every round, and declares the same options.
 *
 * <p>It must run after {@link QmpEventsProcessor}: a claim hides an annotation from the processors
 * that come later. Both are registered by hand in {@code META-INF/services}, in that order (a
 * generated service file would sort them by name).
 */
@SupportedAnnotationTypes("*")
@SupportedOptions({SpecLocator.SPEC_DIR_OPTION, QmpEventsProcessor.SPEC_WARNINGS_OPTION})
public final class OwnCodeClaimer extends AbstractProcessor {

  /** The runtime's package: its sources carry Jackson annotations for databind users. */
  private static final String RUNTIME_PACKAGE = "dev.qmpgen.runtime";

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    boolean anyOwn = false;
    for (TypeElement annotation : annotations) {
      String name = annotation.getQualifiedName().toString();
      if (isPlatform(name)) {
        continue;
      }
      if (!name.equals(Types.GENERATE_QMP_EVENTS.canonicalName())
          && !onOwnCodeOnly(annotation, round)) {
        return false;
      }
      anyOwn = true;
    }
    // A round with javac's own annotations alone is nobody's business of ours.
    return anyOwn;
  }

  private boolean onOwnCodeOnly(TypeElement annotation, RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      if (!isOwnCode(element)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code java.lang} annotations ({@code @Override}, {@code @Deprecated}...) are javac's own;
   * javac leaves them out of its warning, and they do not make a round anyone else's.
   */
  private static boolean isPlatform(String annotation) {
    return annotation.startsWith("java.lang.") && annotation.indexOf('.', "java.lang.".length()) < 0
        || annotation.startsWith("java.lang.annotation.");
  }

  /** Whether the element is inside a type qmpgen generated or inside the runtime's own sources. */
  private boolean isOwnCode(Element element) {
    Elements elements = processingEnv.getElementUtils();
    PackageElement pkg = elements.getPackageOf(element);
    String packageName = pkg.getQualifiedName().toString();
    if (packageName.equals(RUNTIME_PACKAGE) || packageName.startsWith(RUNTIME_PACKAGE + ".")) {
      return true;
    }
    Element outermost = element;
    while (outermost.getEnclosingElement() != null
        && outermost.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && outermost.getEnclosingElement().getKind() != ElementKind.MODULE) {
      outermost = outermost.getEnclosingElement();
    }
    return outermost.getKind() != ElementKind.PACKAGE && generatedByQmpgen(outermost);
  }

  private static boolean generatedByQmpgen(Element type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().toString().equals(Types.GENERATED.canonicalName())) {
        return mirror.getElementValues().entrySet().stream()
            .anyMatch(
                entry ->
                    entry.getKey().getSimpleName().contentEquals("value")
                        && entry.getValue().toString().contains(GeneratedAnnotation.PROCESSOR));
      }
    }
    return false;
  }
}
