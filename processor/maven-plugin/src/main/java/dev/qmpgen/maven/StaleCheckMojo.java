package dev.qmpgen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Before compiling, finds the bindings whose spec text or schema capture changed since the
 * processor generated them, and deletes the compiled {@code package-info.class} of each annotated
 * package. Maven's compiler plugin decides whether to recompile from {@code .java} files alone; a
 * {@code package-info.java} without its class is stale to it, so it recompiles the module and the
 * processor runs again. The processor writes what it read in a {@code qmpgen-inputs.properties}
 * beside the generated sources; a package without that record (never generated yet) needs nothing.
 *
 * <p>Bound to {@code process-resources}, after resources are copied: a spec found on the class path
 * is compared as copied there.
 */
@Mojo(name = "stale-check", defaultPhase = LifecyclePhase.PROCESS_RESOURCES, threadSafe = true)
public final class StaleCheckMojo extends AbstractMojo {

  /** Where the processor's generated sources, and its input records, are. */
  @Parameter(
      defaultValue = "${project.build.directory}/generated-sources/annotations",
      required = true)
  private File generatedSourcesDirectory;

  /** Where the compiled classes, among them the annotated {@code package-info.class}, are. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  private File outputDirectory;

  /** Skips the check. */
  @Parameter(property = "qmpgen.staleCheck.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip || !generatedSourcesDirectory.isDirectory()) {
      return;
    }
    try {
      for (InputsRecord record : records(generatedSourcesDirectory.toPath())) {
        if (record.isStale()) {
          Path compiled = outputDirectory.toPath().resolve(record.origin() + ".class");
          getLog()
              .info(
                  "qmpgen: "
                      + record.input()
                      + " changed since "
                      + record.packageName()
                      + " was generated; recompiling it");
          Files.deleteIfExists(compiled);
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("qmpgen stale check: " + e.getMessage(), e);
    }
  }

  private static List<InputsRecord> records(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> found =
          files
              .filter(file -> file.getFileName().toString().equals(InputsRecord.FILE_NAME))
              .toList();
      List<InputsRecord> records = new ArrayList<>();
      for (Path file : found) {
        records.add(InputsRecord.read(file));
      }
      return records;
    }
  }
}
