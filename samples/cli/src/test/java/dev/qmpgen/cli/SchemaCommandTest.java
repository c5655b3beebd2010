package dev.qmpgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

  private static final String VERSION =
      """
      {"qemu": {"micro": 22, "minor": 2, "major": 7}, "package": "Debian 1:7.2+dfsg-7+deb12u18+b3"}""";

  /**
   * QEMU's order, which is not the capture's: an event, masked types 10 and 9, an enum, a builtin.
   */
  private static final String SCHEMA =
      """
      [{"name": "STOP", "meta-type": "event", "arg-type": "0"},
       {"name": "10", "members": [{"name": "b", "type": "int"}, {"name": "a", "default": null, "type": "str"}], "meta-type": "object"},
       {"name": "9", "meta-type": "enum", "values": ["z", "a"]},
       {"name": "0", "members": [], "meta-type": "object"},
       {"name": "int", "json-type": "int", "meta-type": "builtin"},
       {"name": "RESUME", "meta-type": "event", "arg-type": "0"}]""";

  private static final String CAPTURE =
      """
      {
        "qemu": {
          "version": "7.2.22",
          "package": "Debian 1:7.2+dfsg-7+deb12u18+b3"
        },
        "schema": [
          {
            "name": "int",
            "json-type": "int",
            "meta-type": "builtin"
          },
          {
            "name": "9",
            "meta-type": "enum",
            "values": [
              "z",
              "a"
            ]
          },
          {
            "name": "RESUME",
            "meta-type": "event",
            "arg-type": "0"
          },
          {
            "name": "STOP",
            "meta-type": "event",
            "arg-type": "0"
          },
          {
            "name": "0",
            "members": [],
            "meta-type": "object"
          },
          {
            "name": "10",
            "members": [
              {
                "name": "b",
                "type": "int"
              },
              {
                "name": "a",
                "default": null,
                "type": "str"
              }
            ],
            "meta-type": "object"
          }
        ]
      }
      """;

  @TempDir Path dir;

  private FakeQemu qemu() throws Exception {
    return FakeQemu.unix(dir.resolve("qmp.sock"))
        .returns("query-version", VERSION)
        .returns("query-qmp-schema", SCHEMA)
        .start();
  }

  @Test
  void printsTheCaptureSortedByMetaTypeThenNumericNameWithMembersInQemusOrder() throws Exception {
    try (FakeQemu qemu = qemu()) {
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> CliRun.run("schema", qemu.address()));

      assertEquals(0, run.status(), run.err());
      assertEquals(CAPTURE, run.out());
      assertEquals("", run.err());
      assertEquals(
          List.of("qmp_capabilities", "query-version", "query-qmp-schema"), qemu.commands());
    }
  }

  @Test
  void outputWritesTheSameCaptureToTheFileOverTcp() throws Exception {
    Path file = dir.resolve("qemu.json");
    Files.writeString(file, "an older capture");
    try (FakeQemu qemu =
        FakeQemu.tcp()
            .returns("query-version", VERSION)
            .returns("query-qmp-schema", SCHEMA)
            .start()) {
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () -> CliRun.run("schema", "--output", file.toString(), qemu.address()));

      assertEquals(0, run.status(), run.err());
      assertEquals("", run.out());
      assertEquals(CAPTURE, Files.readString(file));
      try (var files = Files.list(dir)) {
        assertEquals(List.of(file), files.toList(), "no partial file left beside the capture");
      }
    }
  }

  @Test
  void anUnwritableOutputFileIsNamedAndLeavesNothingBehind() throws Exception {
    Path file = dir.resolve("missing-directory").resolve("qemu.json");
    try (FakeQemu qemu = qemu()) {
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20),
              () -> CliRun.run("schema", "-o", file.toString(), qemu.address()));

      assertEquals(2, run.status());
      assertTrue(
          run.err().startsWith("qmpgen-cli schema: " + file + ": cannot write: "), run.err());
      assertFalse(Files.exists(file.getParent()));
    }
  }

  @Test
  void aReplyThatIsNotASchemaIsAnErrorNamingTheEndpoint() throws Exception {
    try (FakeQemu qemu =
        FakeQemu.unix(dir.resolve("qmp.sock"))
            .returns("query-version", VERSION)
            .returns("query-qmp-schema", "{\"not\": \"a list\"}")
            .start()) {
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> CliRun.run("schema", qemu.address()));

      assertEquals(2, run.status());
      assertEquals(
          "qmpgen-cli schema: QEMU at "
              + qemu.address()
              + " sent no usable schema: "
              + "query-qmp-schema did not return a list\n",
          run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  void aRefusedCommandIsAnErrorNamingIt() throws Exception {
    try (FakeQemu qemu =
        FakeQemu.unix(dir.resolve("qmp.sock")).returns("query-version", VERSION).start()) {
      CliRun run =
          assertTimeoutPreemptively(
              Duration.ofSeconds(20), () -> CliRun.run("schema", qemu.address()));

      assertEquals(2, run.status());
      assertTrue(run.err().startsWith("qmpgen-cli schema: query-qmp-schema failed: "), run.err());
      assertTrue(run.err().contains("query-qmp-schema has not been found"), run.err());
    }
  }

  @Test
  void anUnreachableQemuIsAnErrorNamingTheSocket() {
    String socket = dir.resolve("nobody-listens.sock").toString();

    CliRun run = CliRun.run("schema", socket);

    assertEquals(2, run.status());
    assertTrue(
        run.err().startsWith("qmpgen-cli schema: cannot connect to QEMU at " + socket + ": "),
        run.err());
  }

  @Test
  void withoutAnEndpointItIsAUsageError() {
    CliRun run = CliRun.run("schema");

    assertEquals(2, run.status());
    assertEquals(
        "qmpgen-cli schema: missing SOCKET|HOST:PORT\nusage: qmpgen-cli schema [-o|--output FILE] SOCKET|HOST:PORT\n"
            + "Try 'qmpgen-cli schema --help'.\n",
        run.err());
  }

  @Test
  void helpDescribesTheFormatAndTheExitStatus() {
    CliRun run = CliRun.run("schema", "--help");

    assertEquals(0, run.status());
    assertTrue(
        run.out().startsWith("usage: qmpgen-cli schema [-o|--output FILE] SOCKET|HOST:PORT\n"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "{\"qemu\":{\"version\",\"package\"},\"schema\":[every SchemaInfo QEMU returned]}"),
        run.out());
    assertTrue(run.out().contains("Exit status:"), run.out());
    assertTrue(
        CliRun.run("--help").outLines().stream()
            .anyMatch(l -> l.startsWith("  schema [-o|--output FILE] SOCKET|HOST:PORT")));
  }
}
