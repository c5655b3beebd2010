package com.example.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edited spec text regenerates the bindings on the next ordinary {@code mvn verify}, without
 * {@code clean}: a copy of this very build is built, its spec gains an event, and it is built
 * again.
 *
 * <p>The copy resolves qmpgen from a local repository made for it: the reactor's freshly packaged
 * jars and poms (the failsafe configuration names them; in a clean clone, {@code mvn verify} has
 * packaged them before this module's integration tests run), and, through symbolic links,
 * everything else from the build's own local repository, read offline. Nothing is installed in the
 * real one.
 */
class RegenerationIT {

  private static final String VERSION = System.getProperty("qmpgen.version");
  private static final long BUILD_MINUTES = 5;

  @TempDir Path dir;

  @Test
  void anEventAddedToTheSpecTextIsGeneratedByTheNextBuildWithoutClean() throws Exception {
    Path project = copyOfThisBuild(dir.resolve("user-build"));
    Path repository = repositoryWithTheReactorsJars(dir.resolve("repository"));

    build(project, repository);
    assertTrue(Files.isRegularFile(events(project).resolve("BalloonChange.class")));
    assertFalse(Files.exists(events(project).resolve("GuestPanicked.class")));

    Files.writeString(
        project.resolve("src/main/resources/qmp-events.txt"),
        GUEST_PANICKED,
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    build(project, repository);

    assertTrue(
        Files.isRegularFile(events(project).resolve("GuestPanicked.class")),
        "the new event was not generated");
    // The visitor was regenerated and recompiled too (a method name is plain text in a class file).
    String visitor =
        new String(
            Files.readAllBytes(events(project).resolve("EventVisitor.class")),
            StandardCharsets.ISO_8859_1);
    assertTrue(
        visitor.contains("visitGuestPanicked"), "the compiled visitor does not know the new event");
  }

  private static final String GUEST_PANICKED =
      """

      GUEST_PANICKED
      --------------

      Emitted when the guest panics.

      Data:

      - "action": what QEMU does next (json-string, "pause" or "poweroff")

      Example:

      { "event": "GUEST_PANICKED",
          "data": { "action": "pause" },
          "timestamp": { "seconds": 1267020223, "microseconds": 435656 } }
      """;

  private static Path events(Path project) {
    return project.resolve("target/classes/com/example/vm/events");
  }

  /**
   * {@code mvn -o verify} in the copy. Its own tests are skipped: they list the spec's events
   * exactly, and one of them is this test, which must not run itself.
   */
  private static void build(Path project, Path repository)
      throws IOException, InterruptedException {
    Path log = project.resolve("build.log");
    Process maven =
        new ProcessBuilder(
                mavenCommand(),
                "-B",
                "-o",
                "-q",
                "-DskipTests",
                "-Dmaven.repo.local=" + repository,
                "verify")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!maven.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
      maven.descendants().forEach(ProcessHandle::destroyForcibly);
      maven.destroyForcibly();
      throw new AssertionError(
          "the build did not end within " + BUILD_MINUTES + " minutes:\n" + Files.readString(log));
    }
    assertEquals(0, maven.exitValue(), () -> "the build failed:\n" + read(log));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String mavenCommand() {
    String home = System.getProperty("maven.home", "");
    Path mvn = Path.of(home, "bin", "mvn");
    return !home.isEmpty() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
  }

  private static Path copyOfThisBuild(Path target) throws IOException {
    Path here = Path.of("").toAbsolutePath();
    for (String part : List.of("pom.xml", "src")) {
      try (Stream<Path> files = Files.walk(here.resolve(part))) {
        for (Path file : files.toList()) {
          Path copy = target.resolve(here.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(copy);
          } else {
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      }
    }
    return target;
  }

  /**
   * A local repository of links to every group of the build's own one, but for {@code dev/qmpgen},
   * which holds the reactor's artifacts as {@code mvn install} would lay them out.
   */
  private static Path repositoryWithTheReactorsJars(Path repository) throws IOException {
    Path real = Path.of(System.getProperty("maven.repo.local.real"));
    Files.createDirectories(repository.resolve("dev"));
    try (Stream<Path> groups = Files.list(real)) {
      for (Path group : groups.toList()) {
        if (!group.getFileName().toString().equals("dev")) {
          Files.createSymbolicLink(repository.resolve(group.getFileName().toString()), group);
        }
      }
    }
    if (Files.isDirectory(real.resolve("dev"))) {
      try (Stream<Path> groups = Files.list(real.resolve("dev"))) {
        for (Path group : groups.toList()) {
          if (!group.getFileName().toString().equals("qmpgen")) {
            Files.createSymbolicLink(
                repository.resolve("dev").resolve(group.getFileName().toString()), group);
          }
        }
      }
    }
    Path root = Path.of(System.getProperty("qmpgen.root"));
    install(repository, "qmpgen-parent", root.resolve("pom.xml"), null);
    install(repository, "qmpgen-samples", root.resolve("samples/pom.xml"), null);
    install(repository, "qmpgen-spec", root.resolve("spec/pom.xml"), root.resolve("spec/target"));
    install(
        repository,
        "qmpgen-processor",
        root.resolve("processor/pom.xml"),
        root.resolve("processor/target"));
    install(
        repository,
        "qmpgen-maven-plugin",
        root.resolve("processor/maven-plugin/pom.xml"),
        root.resolve("processor/maven-plugin/target"));
    install(
        repository,
        "qmpgen-runtime",
        root.resolve("runtime/pom.xml"),
        root.resolve("runtime/target"));
    return repository;
  }

  private static void install(Path repository, String artifactId, Path pom, Path target)
      throws IOException {
    Path folder = repository.resolve("dev/qmpgen").resolve(artifactId).resolve(VERSION);
    Files.createDirectories(folder);
    Files.copy(pom, folder.resolve(artifactId + "-" + VERSION + ".pom"));
    if (target != null) {
      Path jar = target.resolve(artifactId + "-" + VERSION + ".jar");
      assertTrue(
          Files.isRegularFile(jar),
          jar + " is missing: run the reactor's mvn verify (it packages it first)");
      Files.copy(jar, folder.resolve(jar.getFileName()));
    }
  }
}
