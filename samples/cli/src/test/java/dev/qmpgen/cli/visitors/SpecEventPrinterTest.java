package dev.qmpgen.cli.visitors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qmpgen.events.Events;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.Timestamp;
import org.junit.jupiter.api.Test;

class SpecEventPrinterTest {

  private final SpecEventPrinter printer = new SpecEventPrinter();
  private final SentEvents spec = new SentEvents(Events.registry());

  private String print(String line) {
    return printer.line(spec.decode(line));
  }

  @Test
  void eventWithoutDataIsTimeAndName() {
    assertEquals(
        "2010-02-24 20:02:10.281295  STOP",
        print(
            "{\"event\": \"STOP\", \"timestamp\": {\"seconds\": 1267041730, \"microseconds\": 281295}}"));
  }

  @Test
  void fieldsQemuAddsAreShownAsNotInTheSpec() {
    assertEquals(
        "2023-11-14 22:22:40.129876  SHUTDOWN  [not in spec: guest=false reason=\"host-qmp-quit\"]",
        print(
            "{\"timestamp\": {\"seconds\": 1700000560, \"microseconds\": 129876}, \"event\": \"SHUTDOWN\", "
                + "\"data\": {\"guest\": false, \"reason\": \"host-qmp-quit\"}}"));
  }

  @Test
  void blockIoErrorShowsDeviceOperationAndAction() {
    assertEquals(
        "2010-02-01 17:10:30.450486  BLOCK_IO_ERROR  device=ide0-hd1 operation=write action=stop",
        print(
            "{ \"event\": \"BLOCK_IO_ERROR\", \"data\": { \"device\": \"ide0-hd1\", \"operation\": \"write\", "
                + "\"action\": \"stop\" }, \"timestamp\": { \"seconds\": 1265044230, \"microseconds\": 450486 } }"));
  }

  @Test
  void enumValueTheSpecDoesNotListIsShownAsSentAndMarked() {
    assertEquals(
        "2023-11-14 22:18:21.466121  WATCHDOG  action=inject-nmi (not in the spec)",
        print(
            "{\"timestamp\": {\"seconds\": 1700000301, \"microseconds\": 466121}, \"event\": \"WATCHDOG\", "
                + "\"data\": {\"action\": \"inject-nmi\"}}"));
  }

  @Test
  void rtcChangeShowsTheOffsetInSeconds() {
    assertEquals(
        "2010-02-24 14:03:43.435656  RTC_CHANGE  offset=78s",
        print(
            "{\"event\": \"RTC_CHANGE\", \"data\": {\"offset\": 78}, "
                + "\"timestamp\": {\"seconds\": 1267020223, \"microseconds\": 435656}}"));
  }

  @Test
  void vncShowsClientServerAuthAndUser() {
    assertEquals(
        "2010-01-08 18:50:01.975795  VNC_DISCONNECTED  client=127.0.0.1:58425 server=0.0.0.0:5901 auth=sasl user=luiz",
        print(
            "{\"event\": \"VNC_DISCONNECTED\", \"data\": {\"server\": {\"auth\": \"sasl\", \"family\": \"ipv4\", "
                + "\"service\": \"5901\", \"host\": \"0.0.0.0\"}, \"client\": {\"family\": \"ipv4\", \"service\": \"58425\", "
                + "\"host\": \"127.0.0.1\", \"sasl_username\": \"luiz\"}}, "
                + "\"timestamp\": {\"seconds\": 1262976601, \"microseconds\": 975795}}"));
  }

  @Test
  void unknownEventShowsItsDataAsSent() {
    assertEquals(
        "2023-11-14 22:21:40.812345  BALLOON_CHANGE  (unknown to the bindings) data={\"actual\":944766976}",
        print(
            "{\"timestamp\": {\"seconds\": 1700000500, \"microseconds\": 812345}, \"event\": \"BALLOON_CHANGE\", "
                + "\"data\": {\"actual\": 944766976}}"));
  }

  @Test
  void hostTimeUnavailableIsNeverShownAs1969() {
    assertEquals("(no host time)", SpecEventPrinter.time(Timestamp.UNAVAILABLE));
  }

  @Test
  void failedEventShowsWhyItDidNotDecode() {
    String line =
        printer.line(
            dev.qmpgen.events.Events.registry()
                .decode(
                    "{\"timestamp\": {\"seconds\": 1700000000, \"microseconds\": 0}, \"event\": \"WATCHDOG\", \"data\": {}}",
                    EventDecoding.LENIENT));

    assertEquals(
        "2023-11-14 22:13:20.000000  WATCHDOG  (failed to decode: WATCHDOG: data.action: missing required field)",
        line);
  }
}
