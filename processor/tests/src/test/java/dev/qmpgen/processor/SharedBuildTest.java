package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor shares a user's build: it hides nothing from other processors and breaks no
 * -Werror.
 */
class SharedBuildTest {

  private static final String SPEC =
      "  Test Events\n  ===========\n\nDISK_FULL\n---------\n\nData:\n\n"
          + "- \"device\": device name (json-string)\n";

  @TempDir Path dir;

  /**
   * Another processor in the build, after qmpgen's: it records every element carrying a Jackson
   * annotation.
   */
  @SupportedAnnotationTypes({
    "com.fasterxml.jackson.annotation.JsonProperty",
    "javax.annotation.processing.Generated"
  })
  static final class JacksonWatcher extends AbstractProcessor {
    final Set<String> offered = new LinkedHashSet<>();
    final Set<String> annotated = new LinkedHashSet<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      annotations.forEach(annotation -> offered.add(annotation.getQualifiedName().toString()));
      TypeElement property =
          processingEnv
              .getElementUtils()
              .getTypeElement("com.fasterxml.jackson.annotation.JsonProperty");
      for (Element element : round.getElementsAnnotatedWith(property)) {
        annotated.add(
            element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName());
      }
      return false;
    }
  }

  @Test
  void anotherProcessorAfterQmpgensStillSeesTheJacksonAnnotationsOfTheUserAndOfTheGeneratedCode() {
    Compilations.write(dir, "spec.txt", SPEC);
    JavaFileObject dto =
        JavaFileObjects.forSourceLines(
            Compilations.PACKAGE + ".Dto",
            "package " + Compilations.PACKAGE + ";",
            "",
            "import com.fasterxml.jackson.annotation.JsonProperty;",
            "",
            "record Dto(@JsonProperty(\"name\") String name) {}");
    JacksonWatcher watcher = new JacksonWatcher();
    List<Processor> processors = new ArrayList<>(Compilations.processors());
    processors.add(watcher);
    Compilation compilation =
        Compiler.javac()
            .withProcessors(processors)
            .withOptions(List.of("-Aqmpgen.specDir=" + dir.toAbsolutePath()))
            .compile(Compilations.packageInfo("spec.txt"), dto);
    assertThat(compilation).succeeded();
    assertTrue(
        watcher.offered.contains("com.fasterxml.jackson.annotation.JsonProperty"),
        watcher.offered::toString);
    assertTrue(watcher.annotated.contains("Dto.name"), watcher.annotated::toString);
    assertTrue(watcher.annotated.contains("DiskFull.device"), watcher.annotated::toString);
  }

  @Test
  void qmpgensOptionsBreakNoWerrorBuildThatHasNothingToGenerate() {
    JavaFileObject plain =
        JavaFileObjects.forSourceLines(
            "com.example.Plain",
            "package com.example;",
            "",
            "class Plain {",
            "  @Override public String toString() { return \"plain\"; }",
            "}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(Compilations.processors())
            .withOptions(
                List.of(
                    "-Xlint:all",
                    "-Werror",
                    "-Aqmpgen.specWarnings=note",
                    "-Aqmpgen.specDir=" + dir))
            .compile(plain);
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void theServiceFileRegistersTheGeneratorBeforeTheClaimer() throws IOException {
    try (InputStream in =
        QmpEventsProcessor.class.getResourceAsStream(
            "/META-INF/services/javax.annotation.processing.Processor")) {
      List<String> names =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .toList();
      assertEquals(
          List.of(QmpEventsProcessor.class.getName(), OwnCodeClaimer.class.getName()), names);
    }
    assertEquals(
        List.of(QmpEventsProcessor.class, OwnCodeClaimer.class),
        Compilations.processors().stream().map(Object::getClass).toList());
  }
}
