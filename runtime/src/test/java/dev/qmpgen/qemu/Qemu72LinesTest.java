package dev.qmpgen.qemu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lines shaped as QEMU 7.2 sends them, decoded by the bindings generated from its schema capture
 * ({@code spec/schemas/qemu-7.2.json}): unions, job events, shared types, deprecated events.
 */
class Qemu72LinesTest {

  private static final EventRegistry REGISTRY = Events.registry();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String TS =
      "{\"timestamp\": {\"seconds\": 1700000000, \"microseconds\": 123456}, ";

  static final String GUEST_PANICKED_HYPERV =
      TS
          + "\"event\": \"GUEST_PANICKED\", \"data\": {\"action\": \"pause\","
          + " \"info\": {\"type\": \"hyper-v\", \"arg1\": 1, \"arg2\": 2, \"arg3\": 3, \"arg4\": 4, \"arg5\": 5}}}";
  static final String GUEST_PANICKED_S390 =
      TS
          + "\"event\": \"GUEST_PANICKED\", \"data\": {\"action\": \"run\","
          + " \"info\": {\"core\": 0, \"psw-mask\": 562956395872256, \"psw-addr\": 1052, \"reason\": \"disabled-wait\", \"type\": \"s390\"}}}";
  static final String GUEST_PANICKED_BARE =
      TS + "\"event\": \"GUEST_PANICKED\", \"data\": {\"action\": \"poweroff\"}}";

  /**
   * A tag value 7.2's schema does not list (a newer QEMU's), with members no variant of 7.2 has.
   */
  static final String GUEST_CRASHLOADED_TDX =
      TS
          + "\"event\": \"GUEST_CRASHLOADED\", \"data\": {\"action\": \"run\","
          + " \"info\": {\"type\": \"tdx\", \"error-code\": 7, \"message\": \"boom\", \"gpa\": 4096}}}";

  static final String NETDEV_STREAM_CONNECTED_INET =
      TS
          + "\"event\": \"NETDEV_STREAM_CONNECTED\", \"data\": {\"netdev-id\": \"netdev0\","
          + " \"addr\": {\"port\": \"47666\", \"ipv6\": true, \"host\": \"::1\", \"type\": \"inet\"}}}";
  static final String NETDEV_STREAM_CONNECTED_UNIX =
      TS
          + "\"event\": \"NETDEV_STREAM_CONNECTED\", \"data\": {\"netdev-id\": \"netdev0\","
          + " \"addr\": {\"path\": \"/tmp/qemu0\", \"type\": \"unix\"}}}";
  static final String JOB_STATUS_CHANGE =
      TS
          + "\"event\": \"JOB_STATUS_CHANGE\", \"data\": {\"status\": \"created\", \"id\": \"job0\"}}";
  static final String BLOCK_JOB_COMPLETED =
      TS
          + "\"event\": \"BLOCK_JOB_COMPLETED\", \"data\": {\"device\": \"job0\","
          + " \"len\": 1048576, \"offset\": 1048576, \"speed\": 0, \"type\": \"commit\"}}";
  static final String BLOCK_JOB_COMPLETED_ERROR =
      TS
          + "\"event\": \"BLOCK_JOB_COMPLETED\", \"data\": {\"device\": \"job0\","
          + " \"len\": 1048576, \"offset\": 65536, \"speed\": 0, \"type\": \"mirror\", \"error\": \"Input/output error\"}}";
  static final String BLOCK_JOB_READY =
      TS
          + "\"event\": \"BLOCK_JOB_READY\", \"data\": {\"device\": \"job0\","
          + " \"len\": 0, \"offset\": 0, \"speed\": 0, \"type\": \"mirror\"}}";
  static final String BLOCK_JOB_CANCELLED =
      TS
          + "\"event\": \"BLOCK_JOB_CANCELLED\", \"data\": {\"device\": \"job0\","
          + " \"len\": 4194304, \"offset\": 131072, \"speed\": 1, \"type\": \"stream\"}}";
  static final String BLOCK_JOB_PENDING =
      TS + "\"event\": \"BLOCK_JOB_PENDING\", \"data\": {\"type\": \"backup\", \"id\": \"job0\"}}";
  static final String BLOCK_JOB_ERROR =
      TS
          + "\"event\": \"BLOCK_JOB_ERROR\", \"data\": {\"device\": \"job0\", \"operation\": \"write\", \"action\": \"report\"}}";
  static final String BLOCK_IO_ERROR =
      TS
          + "\"event\": \"BLOCK_IO_ERROR\", \"data\": {\"device\": \"\", \"node-name\": \"drive0\","
          + " \"reason\": \"Input/output error\", \"operation\": \"write\", \"action\": \"report\"}}";
  static final String SHUTDOWN =
      TS + "\"event\": \"SHUTDOWN\", \"data\": {\"guest\": false, \"reason\": \"host-qmp-quit\"}}";
  static final String VNC_CONNECTED =
      TS
          + "\"event\": \"VNC_CONNECTED\", \"data\": {\"server\": {\"auth\": \"none\", \"family\": \"ipv4\","
          + " \"service\": \"5900\", \"host\": \"127.0.0.1\", \"websocket\": false}, \"client\": {\"family\": \"ipv4\", \"service\": \"46132\","
          + " \"host\": \"127.0.0.1\", \"websocket\": false}}}";
  static final String MEM_UNPLUG_ERROR =
      TS
          + "\"event\": \"MEM_UNPLUG_ERROR\", \"data\": {\"device\": \"dimm1\", \"msg\": \"acpi error\"}}";
  static final String STOP = TS + "\"event\": \"STOP\"}";
  static final String DEVICE_DELETED =
      TS
          + "\"event\": \"DEVICE_DELETED\", \"data\": {\"path\": \"/machine/peripheral-anon/device[0]/virtio-backend\"}}";

  static Stream<String> lines() {
    return Stream.of(
        GUEST_PANICKED_HYPERV,
        GUEST_PANICKED_S390,
        GUEST_PANICKED_BARE,
        GUEST_CRASHLOADED_TDX,
        NETDEV_STREAM_CONNECTED_INET,
        NETDEV_STREAM_CONNECTED_UNIX,
        JOB_STATUS_CHANGE,
        BLOCK_JOB_COMPLETED,
        BLOCK_JOB_COMPLETED_ERROR,
        BLOCK_JOB_READY,
        BLOCK_JOB_CANCELLED,
        BLOCK_JOB_PENDING,
        BLOCK_JOB_ERROR,
        BLOCK_IO_ERROR,
        SHUTDOWN,
        VNC_CONNECTED,
        MEM_UNPLUG_ERROR,
        STOP,
        DEVICE_DELETED);
  }

  @ParameterizedTest
  @MethodSource("lines")
  void everyLineDecodesToItsTypedRecordWithNothingUnknownAndReencodesJsonEqual(String line) {
    QmpEvent event = REGISTRY.decode(line, EventDecoding.LENIENT);
    assertInstanceOf(KnownEvent.class, event, () -> event.toString());
    assertEquals(Map.of(), ((KnownEvent) event).unknownFields());
    String encoded = REGISTRY.encode(event);
    assertEquals(MAPPER.readTree(line), MAPPER.readTree(encoded));
    assertEquals(event, REGISTRY.decode(encoded));
  }

  private static <T> T decode(String line, Class<T> type) {
    return type.cast(REGISTRY.decode(line));
  }

  @Test
  void aFlatUnionDecodesToTheRecordOfItsTagWhereverTheTagComes() {
    GuestPanicked hyperV = decode(GUEST_PANICKED_HYPERV, GuestPanicked.class);
    GuestInfo.HyperV info = assertInstanceOf(GuestInfo.HyperV.class, hyperV.info().orElseThrow());
    assertEquals(5, info.arg5());
    assertSame(GuestInfo.Type.HYPER_V, info.type());
    GuestInfo.S390 s390 =
        assertInstanceOf(
            GuestInfo.S390.class,
            decode(GUEST_PANICKED_S390, GuestPanicked.class).info().orElseThrow());
    assertEquals(562956395872256L, s390.pswMask());
    assertEquals("disabled-wait", s390.reason().wireName());
    assertEquals(Optional.empty(), decode(GUEST_PANICKED_BARE, GuestPanicked.class).info());
  }

  @Test
  void aUnionTagValueTheSchemaDoesNotListIsKeptWholeAndReencodedAsSent() {
    GuestCrashloaded event = decode(GUEST_CRASHLOADED_TDX, GuestCrashloaded.class);
    GuestInfo.Unlisted info =
        assertInstanceOf(GuestInfo.Unlisted.class, event.info().orElseThrow());
    assertEquals("tdx", info.type().wireName());
    assertEquals(Optional.empty(), info.type().known());
    assertEquals(
        RawJson.parse(
            "{\"type\": \"tdx\", \"error-code\": 7, \"message\": \"boom\", \"gpa\": 4096}"),
        info.json());
  }

  @Test
  void unionsOfTheSameQemuTypeAreOneJavaTypeAndTheirVariantsAreTyped() {
    NetdevStreamConnectedAddr.Inet inet =
        assertInstanceOf(
            NetdevStreamConnectedAddr.Inet.class,
            decode(NETDEV_STREAM_CONNECTED_INET, NetdevStreamConnected.class).addr());
    assertEquals("::1", inet.host());
    assertEquals(Optional.of(true), inet.ipv6());
    assertEquals(Optional.empty(), inet.ipv4());
    assertEquals(OptionalLong.empty(), inet.to());
    NetdevStreamConnectedAddr.Unix unix =
        assertInstanceOf(
            NetdevStreamConnectedAddr.Unix.class,
            decode(NETDEV_STREAM_CONNECTED_UNIX, NetdevStreamConnected.class).addr());
    assertEquals("/tmp/qemu0", unix.path());
    assertEquals(Optional.empty(), unix.abstract_());
    GuestInfo crash =
        decode(
                GUEST_PANICKED_HYPERV.replace("GUEST_PANICKED", "GUEST_CRASHLOADED"),
                GuestCrashloaded.class)
            .info()
            .orElseThrow();
    assertEquals(decode(GUEST_PANICKED_HYPERV, GuestPanicked.class).info().orElseThrow(), crash);
  }

  @Test
  void jobEventsAreTypedWithTheirListedValues() {
    JobStatusChange change = decode(JOB_STATUS_CHANGE, JobStatusChange.class);
    assertSame(JobStatusChange.Status.CREATED, change.status());
    assertEquals("job0", change.id());
    BlockJobCompleted completed = decode(BLOCK_JOB_COMPLETED_ERROR, BlockJobCompleted.class);
    assertEquals(65536, completed.offset());
    assertEquals(Optional.of("Input/output error"), completed.error());
    assertEquals("mirror", completed.type().wireName());
    BlockJobError error = decode(BLOCK_JOB_ERROR, BlockJobError.class);
    assertEquals("report", error.action().wireName());
    assertSame(BlockOperation.WRITE, error.operation());
  }

  @Test
  void aTypeQemuSharesBetweenEventsIsOneJavaType() {
    VncConnected connected = decode(VNC_CONNECTED, VncConnected.class);
    VncServer server = connected.server();
    assertEquals(Optional.of("none"), server.auth());
    assertEquals(false, server.websocket());
    // JobType is held by every BLOCK_JOB_* event, BlockErrorAction by BLOCK_IO_ERROR and
    // BLOCK_JOB_ERROR.
    assertSame(BlockJobType.COMMIT, decode(BLOCK_JOB_COMPLETED, BlockJobCompleted.class).type());
    assertSame(BlockJobType.MIRROR, decode(BLOCK_JOB_READY, BlockJobReady.class).type());
    assertSame(BlockJobType.BACKUP, decode(BLOCK_JOB_PENDING, BlockJobPending.class).type());
    assertSame(BlockAction.REPORT, decode(BLOCK_JOB_ERROR, BlockJobError.class).action());
    assertSame(BlockAction.REPORT, decode(BLOCK_IO_ERROR, BlockIoError.class).action());
    assertSame(BlockOperation.WRITE, decode(BLOCK_IO_ERROR, BlockIoError.class).operation());
    assertEquals("host-qmp-quit", decode(SHUTDOWN, Shutdown.class).reason().wireName());
  }

  @Test
  @SuppressWarnings("deprecation") // MEM_UNPLUG_ERROR is deprecated in QEMU 7.2, which is the point
  void everyEventOfTheSchemaHasACodecAndTheDeprecatedOneIsMarked() {
    assertEquals(52, REGISTRY.eventNames().size());
    assertTrue(MemUnplugError.class.isAnnotationPresent(Deprecated.class));
    assertTrue(!Shutdown.class.isAnnotationPresent(Deprecated.class));
  }

  @Test
  void aWrongTypeInsideAUnionVariantFailsNamingTheMemberPath() {
    QmpEvent event =
        REGISTRY.decode(
            GUEST_PANICKED_HYPERV.replace("\"arg3\": 3", "\"arg3\": \"three\""),
            EventDecoding.LENIENT);
    FailedEvent failed = assertInstanceOf(FailedEvent.class, event);
    assertTrue(failed.toString().contains("info.arg3"), failed.toString());
  }
}
