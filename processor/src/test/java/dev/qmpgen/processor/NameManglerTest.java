package dev.qmpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameManglerTest {

  @Test
  void eventNamesBecomeUpperCamelTypes() {
    assertEquals("BlockIoError", NameMangler.typeName("BLOCK_IO_ERROR", "Event"));
    assertEquals("VncConnected", NameMangler.typeName("VNC_CONNECTED", "Event"));
    assertEquals("Event", NameMangler.typeName("__", "Event"));
    assertEquals("_1stEvent", NameMangler.typeName("1ST_EVENT", "Event"));
  }

  @Test
  void wireFieldNamesBecomeLowerCamelMembers() {
    assertEquals("saslUsername", NameMangler.memberName("sasl_username"));
    assertEquals("nodeName", NameMangler.memberName("node-name"));
    assertEquals("x509Dname", NameMangler.memberName("x509_dname"));
    assertEquals("comRedhatReason", NameMangler.memberName("__com.redhat_reason"));
    assertEquals("deviceName", NameMangler.memberName("deviceName"));
    assertEquals("qomPath", NameMangler.memberName("QOM-PATH"));
  }

  @Test
  void keywordsAndLeadingDigitsGetLegalNamesThatAreFlagged() {
    assertEquals("default_", NameMangler.memberName("default"));
    assertEquals("class_", NameMangler.memberName("class"));
    assertEquals("_1st", NameMangler.memberName("1st"));
    assertEquals("field", NameMangler.memberName("--"));
    assertTrue(NameMangler.memberNameAdjusted("default"));
    assertTrue(NameMangler.memberNameAdjusted("1st"));
    assertFalse(NameMangler.memberNameAdjusted("node-name"));
  }

  @Test
  void enumValuesBecomeUpperSnakeConstants() {
    assertEquals("INJECT_NMI", NameMangler.constantName("inject-nmi"));
    assertEquals("IPV4", NameMangler.constantName("ipv4"));
    assertEquals("_1_0", NameMangler.constantName("1.0"));
    assertEquals("EMPTY", NameMangler.constantName(""));
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
