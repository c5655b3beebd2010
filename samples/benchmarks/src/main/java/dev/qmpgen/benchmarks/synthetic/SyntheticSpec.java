package dev.qmpgen.benchmarks.synthetic;

import java.util.Locale;

/**
 * Writes spec texts of any number of events in the format of {@code spec/qmp-events.txt}, for the
 * parser and processor scaling benchmarks.
 *
 * <p>Events vary with their index the way the real spec's do: one in ten has {@code Data: None.};
 * the others mix strings, integers, numbers and booleans, optional members, an enumeration written
 * inline ({@code (json-string, "read" or "write")}), one in four an enumeration listed on indented
 * lines (BLOCK_IO_ERROR's style), and a nested object. Odd events add a member named after the
 * event to their nested object, so half the nested shapes are unique and cannot be shared by the
 * generator; the other half are identical (like the VNC events' server/client). Every event has an
 * example whose data matches its members. The output depends only on the count.
 */
public final class SyntheticSpec {

  private SyntheticSpec() {}

  /**
   * A spec text of {@code eventCount} events named {@link #eventName(int) SYNTH_EVENT_00001} on.
   */
  public static String generate(int eventCount) {
    StringBuilder text = new StringBuilder(eventCount * 1_200);
    text.append("                   Synthetic QMP Events\n");
    text.append("                   ====================\n\n");
    for (int i = 1; i <= eventCount; i++) {
      appendEvent(text, i);
    }
    return text.toString();
  }

  /** The wire name of the {@code index}-th event (1-based). */
  public static String eventName(int index) {
    return String.format(Locale.ROOT, "SYNTH_EVENT_%05d", index);
  }

  private static void appendEvent(StringBuilder text, int i) {
    String name = eventName(i);
    text.append(name).append('\n').append("-".repeat(name.length())).append("\n\n");
    text.append("Emitted when synthetic condition ")
        .append(i)
        .append(" is met on a device of the\nvirtual machine.\n\n");
    if (i % 10 == 0) {
      text.append("Data: None.\n\n");
    } else {
      text.append("Data:\n\n");
      appendFields(text, i);
      text.append('\n');
    }
    text.append("Example:\n\n");
    appendExample(text, i);
    text.append('\n');
    if (i % 5 == 0) {
      text.append("Note: condition ")
          .append(i)
          .append(" is followed by a STOP event when the\n")
          .append("action is \"stop\".\n\n");
    }
  }

  private static void appendFields(StringBuilder text, int i) {
    text.append("- \"device\": device name (json-string)\n");
    text.append("- \"operation\": I/O operation (json-string, \"read\" or \"write\")\n");
    text.append("- \"count\": how often condition ").append(i).append(" was met (json-int)\n");
    if (i % 4 == 0) {
      text.append(
          "- \"action\": action that has been taken, it's one of the following (json-string):\n");
      text.append("    \"ignore\": the condition has been ignored\n");
      text.append("    \"report\": the condition has been reported to the device\n");
      text.append("    \"stop\": the condition caused the VM to be stopped\n");
    }
    if (i % 3 == 0) {
      text.append("- \"ratio\": share of requests affected (json-number, optional)\n");
    }
    if (i % 2 == 0) {
      text.append("- \"enabled\": whether the device is enabled (json-bool, optional)\n");
    }
    text.append("- \"peer\": the peer involved (json-object)\n");
    text.append("  - \"host\": IP address (json-string)\n");
    text.append("  - \"service\": port number (json-string)\n");
    text.append("  - \"family\": address family (json-string, \"ipv4\" or \"ipv6\")\n");
    if (i % 2 == 1) {
      text.append("  - \"slot-").append(i).append("\": slot of the peer (json-int, optional)\n");
    }
  }

  private static void appendExample(StringBuilder text, int i) {
    text.append("{ \"event\": \"").append(eventName(i)).append("\",\n");
    if (i % 10 != 0) {
      text.append("    \"data\": { \"device\": \"dev")
          .append(i)
          .append("\", \"operation\": \"write\", \"count\": ")
          .append(i);
      if (i % 4 == 0) {
        text.append(", \"action\": \"stop\"");
      }
      if (i % 3 == 0) {
        text.append(", \"ratio\": 0.25");
      }
      if (i % 2 == 0) {
        text.append(", \"enabled\": true");
      }
      text.append(",\n              \"peer\": { \"host\": \"127.0.0.1\", \"service\": \"")
          .append(5900 + i % 100)
          .append("\", \"family\": \"ipv4\"");
      if (i % 2 == 1) {
        text.append(", \"slot-").append(i).append("\": ").append(i % 8);
      }
      text.append(" } },\n");
    }
    text.append("    \"timestamp\": { \"seconds\": ")
        .append(1_265_044_230L + i)
        .append(", \"microseconds\": ")
        .append(i * 7919 % 1_000_000)
        .append(" } }\n");
  }
}
