package dev.qmpgen.spec;

import static dev.qmpgen.spec.JsonType.NUMBER;
import static dev.qmpgen.spec.JsonType.STRING;
import static dev.qmpgen.spec.ModelShape.event;
import static dev.qmpgen.spec.ModelShape.examples;
import static dev.qmpgen.spec.ModelShape.field;
import static dev.qmpgen.spec.ModelShape.fields;
import static dev.qmpgen.spec.ModelShape.object;
import static dev.qmpgen.spec.ModelShape.optionalField;
import static dev.qmpgen.spec.ModelShape.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both forms of the seed parse to the whole model written out below, not a sample of it. */
class SeedModelTest {

  private static final ModelShape.Field SERVER =
      vncEndpoint(
          "server", "Server information", optionalField("auth", STRING, "authentication method"));

  private static final ModelShape.Field CLIENT_WITH_TLS =
      vncEndpoint(
          "client",
          "Client information",
          optionalField("x509_dname", STRING, "TLS dname"),
          optionalField("sasl_username", STRING, "SASL username"));

  static final List<ModelShape.Event> EXPECTED =
      List.of(
          event(
              "BLOCK_IO_ERROR",
              "Emitted when a disk I/O error occurs.",
              fields(
                  field("device", STRING, "device name"),
                  field("operation", STRING, "I/O operation", value("read"), value("write")),
                  field(
                      "action",
                      STRING,
                      "action that has been taken, it's one of the following",
                      value("ignore", "error has been ignored"),
                      value("report", "error has been reported to the device"),
                      value("stop", "error caused VM to be stopped"))),
              examples(
                  "{\"event\":\"BLOCK_IO_ERROR\",\"data\":{\"device\":\"ide0-hd1\",\"operation\":\"write\","
                      + "\"action\":\"stop\"},\"timestamp\":{\"seconds\":1265044230,\"microseconds\":450486}}"),
              "If action is \"stop\", a STOP event will eventually follow the BLOCK_IO_ERROR event."),
          event(
              "RESET",
              "Emitted when the Virtual Machine is reseted.",
              fields(),
              examples(
                  "{\"event\":\"RESET\",\"timestamp\":{\"seconds\":1267041653,\"microseconds\":9518}}")),
          event(
              "RESUME",
              "Emitted when the Virtual Machine resumes execution.",
              fields(),
              examples(
                  "{\"event\":\"RESUME\",\"timestamp\":{\"seconds\":1271770767,\"microseconds\":582542}}")),
          event(
              "RTC_CHANGE",
              "Emitted when the guest changes the RTC time.",
              fields(field("offset", NUMBER, "delta against the host UTC in seconds")),
              examples(
                  "{\"event\":\"RTC_CHANGE\",\"data\":{\"offset\":78},"
                      + "\"timestamp\":{\"seconds\":1267020223,\"microseconds\":435656}}")),
          event(
              "SHUTDOWN",
              "Emitted when the Virtual Machine is powered down.",
              fields(),
              examples(
                  "{\"event\":\"SHUTDOWN\",\"timestamp\":{\"seconds\":1267040730,\"microseconds\":682951}}"),
              "If the command-line option \"-no-shutdown\" has been specified, a STOP event will"
                  + " eventually follow the SHUTDOWN event."),
          event(
              "STOP",
              "Emitted when the Virtual Machine is stopped.",
              fields(),
              // kept as QEMU shipped it; lint reports the name
              examples(
                  "{\"event\":\"SHUTDOWN\",\"timestamp\":{\"seconds\":1267041730,\"microseconds\":281295}}")),
          event(
              "VNC_CONNECTED",
              "Emitted when a VNC client establishes a connection.",
              fields(SERVER, vncEndpoint("client", "Client information")),
              examples(
                  "{\"event\":\"VNC_CONNECTED\",\"data\":{\"server\":{\"auth\":\"sasl\",\"family\":\"ipv4\","
                      + "\"service\":\"5901\",\"host\":\"0.0.0.0\"},\"client\":{\"family\":\"ipv4\","
                      + "\"service\":\"58425\",\"host\":\"127.0.0.1\"}},"
                      + "\"timestamp\":{\"seconds\":1262976601,\"microseconds\":975795}}"),
              "This event is emitted before any authentication takes place, thus the authentication"
                  + " ID is not provided."),
          event(
              "VNC_DISCONNECTED",
              "Emitted when the conection is closed.",
              fields(SERVER, CLIENT_WITH_TLS),
              examples(
                  "{\"event\":\"VNC_DISCONNECTED\",\"data\":{\"server\":{\"auth\":\"sasl\",\"family\":\"ipv4\","
                      + "\"service\":\"5901\",\"host\":\"0.0.0.0\"},\"client\":{\"family\":\"ipv4\","
                      + "\"service\":\"58425\",\"host\":\"127.0.0.1\",\"sasl_username\":\"luiz\"}},"
                      + "\"timestamp\":{\"seconds\":1262976601,\"microseconds\":975795}}")),
          event(
              "VNC_INITIALIZED",
              "Emitted after authentication takes place (if any) and the VNC session is made active.",
              fields(SERVER, CLIENT_WITH_TLS),
              examples(
                  "{\"event\":\"VNC_INITIALIZED\",\"data\":{\"server\":{\"auth\":\"sasl\",\"family\":\"ipv4\","
                      + "\"service\":\"5901\",\"host\":\"0.0.0.0\"},\"client\":{\"family\":\"ipv4\","
                      + "\"service\":\"46089\",\"host\":\"127.0.0.1\",\"sasl_username\":\"luiz\"}},"
                      + "\"timestamp\":{\"seconds\":1263475302,\"microseconds\":150772}}")),
          event(
              "WATCHDOG",
              "Emitted when the watchdog device's timer is expired.",
              fields(
                  field(
                      "action",
                      STRING,
                      "Action that has been taken, it's one of the following",
                      value("reset"),
                      value("shutdown"),
                      value("poweroff"),
                      value("pause"),
                      value("debug"),
                      value("none"))),
              examples(
                  "{\"event\":\"WATCHDOG\",\"data\":{\"action\":\"reset\"},"
                      + "\"timestamp\":{\"seconds\":1267061043,\"microseconds\":959568}}"),
              "If action is \"reset\", \"shutdown\", or \"pause\" the WATCHDOG event is followed"
                  + " respectively by the RESET, SHUTDOWN, or STOP events."));

  /**
   * A VNC event's server or client: the host, service and family every one has, then {@code more}.
   */
  private static ModelShape.Field vncEndpoint(
      String name, String description, ModelShape.Field... more) {
    Stream<ModelShape.Field> common =
        Stream.of(
            field("host", STRING, "IP address"),
            field("service", STRING, "port number"),
            field("family", STRING, "address family", value("ipv4"), value("ipv6")));
    return object(
        name, description, Stream.concat(common, Stream.of(more)).toArray(ModelShape.Field[]::new));
  }

  @Test
  void originalSeedParsesToTheFullExpectedModel() {
    ParseResult result =
        SpecParser.parse(SpecTexts.ORIGINAL, SpecTexts.resource(SpecTexts.ORIGINAL));
    assertEquals(EXPECTED, ModelShape.of(result.document()));
  }

  @Test
  void scrapedSeedParsesToTheSameModelAsTheOriginal() {
    ParseResult result = SpecParser.parse(SpecTexts.SCRAPED, SpecTexts.resource(SpecTexts.SCRAPED));
    assertEquals(EXPECTED, ModelShape.of(result.document()));
  }

  @Test
  void canonicalSpecLintsTheStopExampleAsItsOnlyFinding() {
    ParseResult result = BundledSpec.parse();
    assertEquals(
        List.of(
            "qmp-events.txt:92:12: warning: example names event \"SHUTDOWN\", but the heading is \"STOP\""),
        result.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void bundledSpecIsTheOriginalSeed() {
    assertEquals(SpecTexts.resource(SpecTexts.ORIGINAL), BundledSpec.text());
  }

  @Test
  void scrapedSeedReportsTheSkippedPageAndEachAssumedNesting() {
    ParseResult result = SpecParser.parse(SpecTexts.SCRAPED, SpecTexts.resource(SpecTexts.SCRAPED));
    String file = SpecTexts.SCRAPED;
    assertEquals(
        List.of(
            file
                + ":1:1: warning: skipped 211 non-blank lines before the title"
                + " \"QEMU Monitor Protocol Events\" (line 212)",
            file
                + ":269:12: warning: example names event \"SHUTDOWN\", but the heading is \"STOP\"",
            file
                + ":307:1: warning: indentation lost and no example shows where \"x509_dname\""
                + " belongs; assumed a member of \"client\"",
            file
                + ":331:1: warning: indentation lost and no example shows where \"x509_dname\""
                + " belongs; assumed a member of \"client\""),
        result.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void eventsKeepTheLineOfTheirHeading() {
    ParseResult result =
        SpecParser.parse(SpecTexts.ORIGINAL, SpecTexts.resource(SpecTexts.ORIGINAL));
    assertEquals(
        List.of(4, 29, 41, 53, 68, 83, 95, 126, 155, 185),
        result.document().events().stream().map(e -> e.position().line()).toList());
  }
}
