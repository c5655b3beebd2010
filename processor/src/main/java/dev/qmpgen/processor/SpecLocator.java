package dev.qmpgen.processor;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds the spec text a {@code @GenerateQmpEvents(spec = ...)} names, in this order:
 *
 * <ol>
 *   <li>an absolute {@code spec} path, read as it is;
 *   <li>each directory of the {@value #SPEC_DIR_OPTION} processor option ({@code -A}; several
 *       separated by the platform's path separator);
 *   <li>the source path: next to the annotated {@code package-info.java}, then from a source root;
 *   <li>the class path (Maven puts {@code src/main/resources} there): in the annotated package's
 *       folder, then from the root.
 * </ol>
 *
 * When none holds it, {@link Result#searched()} lists every place tried, for the error message.
 */
final class SpecLocator {

  /** The processor option naming the directories searched first. */
  static final String SPEC_DIR_OPTION = "qmpgen.specDir";

  /** The text found and where (a path, or a URI when it is not a file), or every place searched. */
  record Result(Optional<String> text, String foundAt, List<String> searched) {}

  private final Filer filer;
  private final Optional<String> specDirs;

  SpecLocator(Filer filer, Optional<String> specDirs) {
    this.filer = filer;
    this.specDirs = specDirs;
  }

  Result locate(String packageName, String spec) {
    List<String> searched = new ArrayList<>();
    Path asGiven = Path.of(spec);
    if (asGiven.isAbsolute()) {
      return readFile(asGiven, searched).orElseGet(() -> notFound(searched));
    }
    for (String dir : specDirs.map(dirs -> dirs.split(File.pathSeparator)).orElse(new String[0])) {
      if (!dir.isBlank()) {
        Optional<Result> found = readFile(Path.of(dir.strip()).resolve(spec), searched);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    for (StandardLocation location :
        List.of(StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH)) {
      for (String pkg : packageName.isEmpty() ? List.of("") : List.of(packageName, "")) {
        Optional<Result> found = readResource(location, pkg, spec, searched);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    return notFound(searched);
  }

  private static Optional<Result> readFile(Path path, List<String> searched) {
    searched.add(path.toString());
    try {
      if (Files.isRegularFile(path)) {
        return Optional.of(
            new Result(
                Optional.of(Files.readString(path, StandardCharsets.UTF_8)),
                path.toString(),
                searched));
      }
    } catch (IOException | RuntimeException e) {
      searched.set(searched.size() - 1, path + " (unreadable: " + e.getMessage() + ")");
    }
    return Optional.empty();
  }

  private Optional<Result> readResource(
      JavaFileManager.Location location, String pkg, String spec, List<String> searched) {
    String where =
        location.getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
            + ": "
            + (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/")
            + spec;
    searched.add(where);
    try {
      FileObject file = filer.getResource(location, pkg, spec);
      CharSequence text = file.getCharContent(true);
      return Optional.of(new Result(Optional.of(text.toString()), readablePath(file), searched));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // not there, or the location is not set (no -sourcepath)
    }
  }

  /** A file on disk by its path, as IDEs and terminals link it; anything else by its URI. */
  private static String readablePath(FileObject file) {
    try {
      return "file".equals(file.toUri().getScheme())
          ? Path.of(file.toUri()).toString()
          : file.toUri().toString();
    } catch (RuntimeException e) {
      return file.toUri().toString();
    }
  }

  private static Result notFound(List<String> searched) {
    return new Result(Optional.empty(), "", List.copyOf(searched));
  }
}
