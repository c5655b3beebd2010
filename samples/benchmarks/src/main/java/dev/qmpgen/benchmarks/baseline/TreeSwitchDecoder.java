package dev.qmpgen.benchmarks.baseline;

import dev.qmpgen.events.BlockIoError;
import dev.qmpgen.events.Reset;
import dev.qmpgen.events.Resume;
import dev.qmpgen.events.RtcChange;
import dev.qmpgen.events.Shutdown;
import dev.qmpgen.events.Stop;
import dev.qmpgen.events.VncClient;
import dev.qmpgen.events.VncConnected;
import dev.qmpgen.events.VncConnectedClient;
import dev.qmpgen.events.VncDisconnected;
import dev.qmpgen.events.VncInitialized;
import dev.qmpgen.events.VncServer;
import dev.qmpgen.events.Watchdog;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.Timestamp;
import dev.qmpgen.runtime.UnknownEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benchmark (3): what hand-written Jackson code does, {@code readTree} and a switch on the event
 * name that picks fields out of the tree. It builds the same generated records as the other
 * decoders, unknown members included, so that all of them produce equal results and only the way
 * there differs.
 */
public final class TreeSwitchDecoder {

  private static final Set<String> BLOCK_IO_ERROR = Set.of("device", "operation", "action");
  private static final Set<String> VNC = Set.of("server", "client");
  private static final Set<String> VNC_SERVER = Set.of("host", "service", "family", "auth");
  private static final Set<String> VNC_CLIENT =
      Set.of("host", "service", "family", "x509_dname", "sasl_username");
  private static final Set<String> VNC_CONNECTED_CLIENT = Set.of("host", "service", "family");

  private final ObjectReader reader = JsonMapper.builder().build().reader();

  public QmpEvent decode(byte[] line) {
    JsonNode root = reader.readTree(line);
    String name = root.get("event").asString();
    JsonNode stamp = root.get("timestamp");
    Timestamp timestamp =
        new Timestamp(stamp.get("seconds").asLong(), stamp.get("microseconds").asLong());
    JsonNode data = root.get("data");
    switch (name) {
      case "STOP":
        return new Stop(timestamp, unknown(data, Set.of()));
      case "RESUME":
        return new Resume(timestamp, unknown(data, Set.of()));
      case "RESET":
        return new Reset(timestamp, unknown(data, Set.of()));
      case "SHUTDOWN":
        return new Shutdown(timestamp, unknown(data, Set.of()));
      case "RTC_CHANGE":
        return new RtcChange(
            timestamp, data.get("offset").decimalValue(), unknown(data, Set.of("offset")));
      case "WATCHDOG":
        return new Watchdog(
            timestamp,
            Watchdog.Action.fromWireName(data.get("action").asString()),
            unknown(data, Set.of("action")));
      case "BLOCK_IO_ERROR":
        return new BlockIoError(
            timestamp,
            data.get("device").asString(),
            BlockIoError.Operation.fromWireName(data.get("operation").asString()),
            BlockIoError.Action.fromWireName(data.get("action").asString()),
            unknown(data, BLOCK_IO_ERROR));
      case "VNC_CONNECTED":
        return new VncConnected(
            timestamp,
            server(data.get("server")),
            connectedClient(data.get("client")),
            unknown(data, VNC));
      case "VNC_INITIALIZED":
        return new VncInitialized(
            timestamp, server(data.get("server")), client(data.get("client")), unknown(data, VNC));
      case "VNC_DISCONNECTED":
        return new VncDisconnected(
            timestamp, server(data.get("server")), client(data.get("client")), unknown(data, VNC));
      default:
        return new UnknownEvent(
            name,
            timestamp,
            data == null ? Optional.empty() : Optional.of(RawJson.parse(data.toString())));
    }
  }

  private static VncServer server(JsonNode node) {
    return new VncServer(
        node.get("host").asString(),
        node.get("service").asString(),
        VncServer.Family.fromWireName(node.get("family").asString()),
        optionalString(node, "auth"),
        unknown(node, VNC_SERVER));
  }

  private static VncClient client(JsonNode node) {
    return new VncClient(
        node.get("host").asString(),
        node.get("service").asString(),
        VncClient.Family.fromWireName(node.get("family").asString()),
        optionalString(node, "x509_dname"),
        optionalString(node, "sasl_username"),
        unknown(node, VNC_CLIENT));
  }

  private static VncConnectedClient connectedClient(JsonNode node) {
    return new VncConnectedClient(
        node.get("host").asString(),
        node.get("service").asString(),
        VncConnectedClient.Family.fromWireName(node.get("family").asString()),
        unknown(node, VNC_CONNECTED_CLIENT));
  }

  private static Optional<String> optionalString(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null ? Optional.empty() : Optional.of(value.asString());
  }

  /** The members of {@code node} not in {@code listed}, kept as the generated records keep them. */
  private static Map<String, RawJson> unknown(JsonNode node, Set<String> listed) {
    if (node == null) {
      return Map.of();
    }
    Map<String, RawJson> unknown = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      if (!listed.contains(member.getKey())) {
        unknown.put(member.getKey(), RawJson.parse(member.getValue().toString()));
      }
    }
    return unknown;
  }
}
