package dev.qmpgen.testing;

import java.io.StringWriter;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** The few QMP lines the server writes itself. */
final class QmpJson {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private QmpJson() {}

  /** QEMU 7.2's greeting, {@code oob} offered. */
  static String greeting(int major, int minor, int micro) {
    return "{\"QMP\": {\"version\": {\"qemu\": {\"micro\": "
        + micro
        + ", \"minor\": "
        + minor
        + ", \"major\": "
        + major
        + "}, \"package\": \"qmpgen-testing\"}, \"capabilities\": [\"oob\"]}}\r\n";
  }

  /** An event line as QEMU writes it: event, data, timestamp. */
  static String event(String name, String dataJson) {
    Instant now = Instant.now();
    return "{\"event\": "
        + quote(name)
        + ", \"data\": "
        + dataJson
        + ", \"timestamp\": {\"seconds\": "
        + now.getEpochSecond()
        + ", \"microseconds\": "
        + now.getNano() / 1000
        + "}}\r\n";
  }

  static String quote(String text) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      generator.writeString(text);
    }
    return out.toString();
  }
}
