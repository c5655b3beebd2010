package dev.qmpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameManglerTest {

  @Test
  void eventNamesBecomeUpperCamelTypes() {
    assertEquals("BlockIoError", NameMangler.typeName("BLOCK_IO_ERROR", "Event"));
    assertEquals("VncConnected", NameMangler.typeName("VNC_CONNECTED", "Event"));
    assertEquals("Event", NameMangler.typeName("__", "Event"));
    assertEquals("_1stEvent", NameMangler.typeName("1ST_EVENT", "Event"));
  }

  /** Each wire name's member, and whether it took more than case and separators to get there. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "sasl_username, saslUsername, false",
    "node-name, nodeName, false",
    "x509_dname, x509Dname, false",
    "__com.redhat_reason, comRedhatReason, false",
    "deviceName, deviceName, false",
    "QOM-PATH, qomPath, false",
    // keywords and leading digits get legal names that are flagged
    "default, default_, true",
    "class, class_, true",
    "1st, _1st, true",
    "--, field, true",
  })
  void wireFieldNamesBecomeLowerCamelMembersAndAdjustmentsAreFlagged(
      String wireName, String member, boolean adjusted) {
    assertEquals(member, NameMangler.memberName(wireName));
    assertEquals(adjusted, NameMangler.memberNameAdjusted(wireName));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"inject-nmi, INJECT_NMI", "ipv4, IPV4", "1.0, _1_0", "'', EMPTY"})
  void enumValuesBecomeUpperSnakeConstants(String wireName, String constant) {
    assertEquals(constant, NameMangler.constantName(wireName));
  }

  @Test
  void takenNamesGetTheNextFreeNumber() {
    assertEquals("nodeName", NameMangler.unique("nodeName", Set.of()));
    assertEquals("nodeName3", NameMangler.unique("nodeName", Set.of("nodeName", "nodeName2")));
  }

  @Test
  void camelWordsSplitTypeNamesForSharedPrefixes() {
    assertEquals(List.of("Vnc", "Connected"), NameMangler.camelWords("VncConnected"));
    assertEquals(List.of("client"), NameMangler.words("client"));
    assertEquals("client", NameMangler.singular("clients"));
    assertEquals("addressElement", NameMangler.singular("address"));
  }
}
