package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.qmpgen.cli.json.JsonTree;
import dev.qmpgen.cli.json.PrettyJson;
import dev.qmpgen.cli.schema.SchemaCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards the checked-in capture the bundled bindings are generated from: it must be exactly what
 * the {@code schema} command writes for the installed QEMU, so the bindings cannot silently go
 * stale when CI's QEMU changes.
 *
 * <p>"Matches" is judged by QEMU series: a schema changes with {@code major.minor}, while Debian's
 * micro releases and package rebuilds (7.2.0 … 7.2.22, {@code +deb12uN}) carry fixes that must not
 * change it. So when the installed QEMU is of the capture's series, its schema must equal the
 * capture's entity for entity, and a different micro version or package string alone does not fail.
 * When it is of another series, the capture cannot be checked: CI fails (its QEMU is meant to be
 * the one the bindings come from), a developer's machine skips. Either message says how to
 * re-capture; {@code -Dschema.update=true} on this test writes the installed QEMU's capture to
 * {@code spec/schemas/qemu-MAJOR.MINOR.json}.
 */
class CheckedInSchemaTest {

  /** Tests run with samples/cli as working directory. */
  private static final String CAPTURE_NAME = "spec/schemas/qemu-7.2.json";

  private static final Path CAPTURE = Path.of("..", "..").resolve(CAPTURE_NAME);
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final int MOST_DIFFERENCES_SHOWN = 25;

  @TempDir Path dir;

  @Test
  void theCheckedInCaptureIsWhatTheSchemaCommandWritesForTheInstalledQemu() throws Exception {
    SchemaCapture installed = capture("installed");
    if (Boolean.getBoolean("schema.update")) {
      Files.writeString(
          CAPTURE.resolveSibling("qemu-" + installed.series() + ".json"), installed.text());
    }
    SchemaCapture checkedIn = read(CAPTURE);
    if (!installed.series().equals(checkedIn.series())) {
      String message =
          "the installed QEMU is "
              + installed.version()
              + " but "
              + CAPTURE_NAME
              + " is a capture of "
              + checkedIn.version()
              + ", so it cannot be checked here. "
              + howToRecapture();
      if (InstalledQemu.onCi()) {
        fail(message);
      }
      Assumptions.abort(message);
    }

    // Same series: the installed QEMU's entities, written with the checked-in header, must give the
    // file back.
    String expected =
        new SchemaCapture(checkedIn.version(), checkedIn.packageName(), installed.entities())
            .text();
    if (!expected.equals(Files.readString(CAPTURE))) {
      fail(
          CAPTURE_NAME
              + " no longer matches the schema of the installed QEMU "
              + installed.version()
              + " ("
              + installed.packageName()
              + "); the bundled bindings generated from it are stale.\n"
              + differences(checkedIn.entities(), installed.entities())
              + howToRecapture());
    }
  }

  @Test
  void twoCapturesOfTheInstalledQemuAreByteIdentical() throws Exception {
    assertEquals(capture("first").text(), capture("second").text());
  }

  @Test
  void differencesAreListedLikeADiffAndCounted() {
    Map<String, Object> stop = Map.of("name", "STOP", "meta-type", "event", "arg-type", "0");
    Map<String, Object> oldStop = Map.of("name", "STOP", "meta-type", "event", "arg-type", "1");
    Map<String, Object> resume = Map.of("name", "RESUME", "meta-type", "event", "arg-type", "0");
    Map<String, Object> quit = Map.of("name", "QUIT", "meta-type", "command", "arg-type", "0");

    String text = differences(List.of(oldStop, quit), List.of(stop, resume));

    assertEquals(
        List.of(
            "--- checked in",
            "+++ installed QEMU",
            "- " + oneLine(oldStop),
            "+ " + oneLine(stop),
            "- " + oneLine(quit),
            "+ " + oneLine(resume),
            "1 entities removed, 1 added, 1 changed (the file must also be exactly as the schema command writes it)."),
        text.lines().toList());
  }

  private SchemaCapture capture(String name) throws Exception {
    try (InstalledQemu qemu = InstalledQemu.start(dir, name)) {
      return SchemaCommand.capture(qemu.socket(), TIMEOUT);
    }
  }

  @SuppressWarnings("unchecked")
  private static SchemaCapture read(Path file) throws Exception {
    Map<String, Object> capture = (Map<String, Object>) JsonTree.parse(Files.readString(file));
    Map<String, Object> qemu = (Map<String, Object>) capture.get("qemu");
    return new SchemaCapture(
        (String) qemu.get("version"),
        (String) qemu.get("package"),
        (List<Map<String, Object>>) capture.get("schema"));
  }

  /**
   * Entities by meta-type and name, as a diff would list them: {@code -} only in the file, {@code
   * +} only in QEMU, both lines when they differ. QEMU numbers its types in schema order, so one
   * added type renumbers many: the list is cut short, the counts are not.
   */
  static String differences(
      List<Map<String, Object>> checkedIn, List<Map<String, Object>> installed) {
    Map<String, Map<String, Object>> before = byKey(checkedIn);
    Map<String, Map<String, Object>> after = byKey(installed);
    List<String> lines = new ArrayList<>();
    int removed = 0;
    int added = 0;
    int changed = 0;
    for (Map.Entry<String, Map<String, Object>> entity : before.entrySet()) {
      Map<String, Object> now = after.get(entity.getKey());
      if (now == null) {
        removed++;
        lines.add("- " + oneLine(entity.getValue()));
      } else if (!now.equals(entity.getValue())) {
        changed++;
        lines.add("- " + oneLine(entity.getValue()));
        lines.add("+ " + oneLine(now));
      }
    }
    for (Map.Entry<String, Map<String, Object>> entity : after.entrySet()) {
      if (!before.containsKey(entity.getKey())) {
        added++;
        lines.add("+ " + oneLine(entity.getValue()));
      }
    }
    StringBuilder text = new StringBuilder("--- checked in\n+++ installed QEMU\n");
    lines.stream().limit(MOST_DIFFERENCES_SHOWN).forEach(line -> text.append(line).append('\n'));
    if (lines.size() > MOST_DIFFERENCES_SHOWN) {
      text.append("... ").append(lines.size() - MOST_DIFFERENCES_SHOWN).append(" more lines\n");
    }
    return text.append(removed)
        .append(" entities removed, ")
        .append(added)
        .append(" added, ")
        .append(changed)
        .append(" changed (the file must also be exactly as the schema command writes it).\n")
        .toString();
  }

  private static String oneLine(Map<String, Object> entity) {
    return PrettyJson.write(entity).lines().map(String::strip).collect(Collectors.joining(" "));
  }

  private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> entities) {
    Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
    for (Map<String, Object> entity : entities) {
      byKey.put(entity.get("meta-type") + " " + entity.get("name"), entity);
    }
    return byKey;
  }

  private static String howToRecapture() {
    return "To capture the installed QEMU into spec/schemas/qemu-MAJOR.MINOR.json, run this test with -Dschema.update=true "
        + "(mvn -o -pl samples/cli -am verify -Dtest=CheckedInSchemaTest -Dsurefire.failIfNoSpecifiedTests=false "
        + "-Dschema.update=true), or by hand: start qemu-system-x86_64 -machine none -display none -nodefaults -S "
        + "-qmp unix:/tmp/qmp.sock,server=on,wait=off and run java -jar samples/cli/target/qmpgen-cli.jar schema "
        + "--output spec/schemas/qemu-X.Y.json /tmp/qmp.sock; then regenerate the bundled dev.qmpgen.qemu bindings "
        + "from it and review the diff.";
  }
}
