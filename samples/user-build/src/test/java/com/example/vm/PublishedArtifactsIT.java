package com.example.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.GenerateQmpEvents;
import java.io.IOException;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * What {@code mvn install} would publish, checked on the reactor's packaged jars: sources and
 * javadoc jars beside every published jar, and the module names users on the module path see.
 */
class PublishedArtifactsIT {

  private static final String VERSION = System.getProperty("qmpgen.version");
  private static final Path ROOT = Path.of(System.getProperty("qmpgen.root"));

  /** Each published artifact and its module folder. */
  private static final Map<String, String> PUBLISHED =
      Map.of(
          "qmpgen-spec", "spec",
          "qmpgen-processor", "processor",
          "qmpgen-maven-plugin", "processor/maven-plugin",
          "qmpgen-testing", "runtime/testing",
          "qmpgen-runtime", "runtime");

  private static Path jar(String artifactId, String classifier) {
    return ROOT.resolve(PUBLISHED.get(artifactId))
        .resolve("target")
        .resolve(
            artifactId + "-" + VERSION + (classifier.isEmpty() ? "" : "-" + classifier) + ".jar");
  }

  @Test
  void everyPublishedJarHasSourcesAndJavadocBesideIt() {
    for (String artifactId : PUBLISHED.keySet()) {
      for (String classifier : new String[] {"", "sources", "javadoc"}) {
        assertTrue(
            Files.isRegularFile(jar(artifactId, classifier)),
            jar(artifactId, classifier) + " is missing");
      }
    }
  }

  @Test
  void theRuntimesSourcesAndJavadocHoldTheBundledBindingsForIdes() throws IOException {
    try (ZipFile sources = new ZipFile(jar("qmpgen-runtime", "sources").toFile());
        ZipFile javadoc = new ZipFile(jar("qmpgen-runtime", "javadoc").toFile())) {
      assertTrue(
          sources.getEntry("dev/qmpgen/events/BlockIoError.java") != null,
          "generated sources missing");
      assertTrue(sources.getEntry("dev/qmpgen/runtime/client/QmpClient.java") != null);
      assertTrue(
          sources.getEntry("dev/qmpgen/events/qmpgen-inputs.properties") == null,
          "the processor's record of build paths was published");
      // A modular javadoc: one folder per module.
      assertTrue(
          javadoc.getEntry("dev.qmpgen.runtime/dev/qmpgen/events/BlockIoError.html") != null,
          "generated bindings undocumented");
    }
  }

  @Test
  void specProcessorAndTestingHaveAutomaticModuleNames() {
    Map<String, String> names =
        Map.of(
            "qmpgen-spec", "dev.qmpgen.spec",
            "qmpgen-processor", "dev.qmpgen.processor",
            "qmpgen-testing", "dev.qmpgen.testing");
    names.forEach(
        (artifactId, module) -> {
          ModuleDescriptor descriptor = descriptor(jar(artifactId, ""));
          assertEquals(module, descriptor.name(), artifactId);
          assertTrue(descriptor.isAutomatic(), artifactId + " should be an automatic module");
        });
  }

  @Test
  void theRuntimeIsANamedModuleExportingTheUserApiAndTheHelpersGeneratedCodeCalls() {
    ModuleDescriptor runtime = descriptor(jar("qmpgen-runtime", ""));

    assertEquals("dev.qmpgen.runtime", runtime.name());
    assertFalse(runtime.isAutomatic());
    assertEquals(
        Set.of(
            "dev.qmpgen.runtime",
            "dev.qmpgen.runtime.client",
            "dev.qmpgen.runtime.stream",
            "dev.qmpgen.runtime.drift",
            "dev.qmpgen.events",
            "dev.qmpgen.qemu",
            "dev.qmpgen.runtime.internal"),
        runtime.exports().stream()
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new)));
    assertTrue(runtime.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified));
  }

  @Test
  void everyProcessorOfTheProcessorJarDeclaresItsGradleIncrementalCategory() throws IOException {
    try (ZipFile processor = new ZipFile(jar("qmpgen-processor", "").toFile())) {
      List<String> registered =
          lines(processor, "META-INF/services/javax.annotation.processing.Processor");
      List<String> categories =
          lines(processor, "META-INF/gradle/incremental.annotation.processors");
      // Gradle compiles incrementally only when every processor on the path declares a category.
      assertEquals(
          registered,
          categories.stream().map(line -> line.substring(0, line.indexOf(','))).toList());
      assertTrue(
          categories.contains("dev.qmpgen.processor.QmpEventsProcessor,isolating"),
          categories::toString);
    }
    // Gradle reads the annotations of unchanged files from class files: source retention would not
    // do.
    assertEquals(
        RetentionPolicy.CLASS, GenerateQmpEvents.class.getAnnotation(Retention.class).value());
  }

  /** The lines of a jar entry, comments and blank lines left out. */
  private static List<String> lines(ZipFile jar, String entry) throws IOException {
    String text =
        new String(jar.getInputStream(jar.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
    return text.lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .toList();
  }

  private static ModuleDescriptor descriptor(Path jar) {
    return ModuleFinder.of(jar).findAll().stream()
        .map(ModuleReference::descriptor)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no module in " + jar));
  }
}
