package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventDecoding;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.FailedEvent;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.runtime.UnknownEvent;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bindings of {@code golden/schema/qemu-small.json}, compiled and run: each construct only the
 * schema has decodes to its typed form and re-encodes JSON-equal to the line.
 */
class SchemaBindingsBehaviourTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String TS = "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 2}, ";

  private static ClassLoader loader;
  private static EventRegistry registry;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    Compilation compilation =
        Compilations.compileSchema(SchemaGoldenSourcesTest.SCHEMA_DIR, "qemu-small.json");
    assertThat(compilation).succeededWithoutWarnings();
    loader = new CompiledClasses(compilation, SchemaBindingsBehaviourTest.class.getClassLoader());
    registry = (EventRegistry) type("Events").getMethod("registry").invoke(null);
  }

  private static Class<?> type(String name) throws ClassNotFoundException {
    return loader.loadClass(Compilations.SCHEMA_PACKAGE + "." + name);
  }

  /** The value of accessor {@code name} of {@code value}. */
  private static Object get(Object value, String name) throws ReflectiveOperationException {
    return value.getClass().getMethod(name).invoke(value);
  }

  private static String line(String event, String data) {
    return TS + "\"event\": \"" + event + "\", \"data\": " + data + "}";
  }

  /** Decodes strictly, checks the event is typed and re-encodes JSON-equal, and returns it. */
  private static QmpEvent roundTrip(String line) {
    QmpEvent event = registry.decode(line);
    assertFalse(event instanceof UnknownEvent || event instanceof FailedEvent, event::toString);
    assertEquals(MAPPER.readTree(line), MAPPER.readTree(registry.encode(event)), line);
    assertEquals(event, registry.decode(registry.encode(event)));
    return event;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\": \"commit\", \"device\": \"j\", \"len\": 10, \"offset\": 10}",
        "{\"type\": \"backup\", \"device\": \"j\", \"len\": 10, \"offset\": 5, \"error\": \"EIO\", \"extra\": [1]}"
      })
  void jobLikeEventsKeepUnlistedValuesAndUnknownMembers(String data) {
    roundTrip(line("BLOCK_JOB_DONE", data));
  }

  @Test
  void aUnionDecodesToTheRecordOfItsTagAndAnUnknownTagIsKeptRaw() throws Exception {
    Object hyperV =
        ((Optional<?>)
                get(
                    roundTrip(
                        line(
                            "GUEST_CRASH",
                            "{\"action\": \"pause\", \"info\": {\"arg2\": 2, \"kind\": \"hyper-v\", \"arg1\": 1, \"cpu\": 3}}")),
                    "info"))
            .orElseThrow();
    assertEquals("HyperV", hyperV.getClass().getSimpleName());
    assertEquals(1L, get(hyperV, "arg1"));
    assertEquals(OptionalLong.of(3), get(hyperV, "cpu"));
    assertEquals("hyper-v", get(hyperV, "kind").toString());

    Object none =
        ((Optional<?>)
                get(
                    roundTrip(
                        line(
                            "GUEST_CRASH",
                            "{\"action\": \"run\", \"info\": {\"kind\": \"none\"}}")),
                    "info"))
            .orElseThrow();
    assertEquals("None", none.getClass().getSimpleName());

    String unknown = "{\"kind\": \"tdx\", \"error-code\": 7, \"detail\": {\"a\": [1, 2]}}";
    Object unlisted =
        ((Optional<?>)
                get(
                    roundTrip(
                        line("GUEST_CRASH", "{\"action\": \"run\", \"info\": " + unknown + "}")),
                    "info"))
            .orElseThrow();
    assertEquals("Unlisted", unlisted.getClass().getSimpleName());
    assertEquals(RawJson.parse(unknown), get(unlisted, "json"));
    assertEquals("tdx", get(unlisted, "kind").toString());
  }

  @Test
  void aUnionWithoutItsTagFailsNamingTheTag() {
    DecodeException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            DecodeException.class,
            () ->
                registry.decode(
                    line("GUEST_CRASH", "{\"action\": \"run\", \"info\": {\"arg1\": 1}}")));
    assertEquals(Optional.of("info.kind"), e.field());
  }

  @Test
  void uint64RoundTripsExactlyUpToItsMaximumAndRefusesWhatItCannotHold() throws Exception {
    QmpEvent max =
        roundTrip(
            line(
                "MEMORY_SIZE", "{\"size\": 18446744073709551615, \"limit\": 9223372036854775808}"));
    assertEquals(-1L, get(max, "size"));
    assertEquals("18446744073709551615", Long.toUnsignedString((long) get(max, "size")));
    assertEquals(OptionalLong.of(Long.MIN_VALUE), get(max, "limit"));
    roundTrip(line("MEMORY_SIZE", "{\"size\": 0, \"id\": \"mem0\"}"));
    QmpEvent sizes =
        roundTrip(
            line(
                "MEMORY_SIZE",
                "{\"size\": 1, \"sizes\": [0, 18446744073709551615, 9223372036854775807]}"));
    assertEquals(Optional.of(List.of(0L, -1L, Long.MAX_VALUE)), get(sizes, "sizes"));
    for (String bad : List.of("18446744073709551616", "-1", "1.5")) {
      FailedEvent failed =
          assertInstanceOf(
              FailedEvent.class,
              registry.decode(
                  line("MEMORY_SIZE", "{\"size\": " + bad + "}"), EventDecoding.LENIENT));
      assertTrue(failed.toString().contains("size"), failed::toString);
    }
  }

  @Test
  void anyKeepsWhateverJsonCameAndAlternatesChooseByJsonKind() throws Exception {
    QmpEvent set =
        roundTrip(
            line(
                "PROPERTY_SET",
                "{\"path\": \"/m\", \"value\": {\"deep\": [null, true, 1.5]}, \"owner\": \"root\", \"setting\": {\"scale\": 2}}"));
    assertEquals(RawJson.parse("{\"deep\": [null, true, 1.5]}"), get(set, "value"));
    assertEquals("StringValue", get(set, "owner").getClass().getSimpleName());
    Object setting = ((Optional<?>) get(set, "setting")).orElseThrow();
    assertEquals("ObjectValue", setting.getClass().getSimpleName());
    assertEquals(2L, get(get(setting, "value"), "scale"));

    QmpEvent other =
        roundTrip(
            line(
                "PROPERTY_SET",
                "{\"path\": \"/m\", \"value\": 7, \"owner\": null, \"setting\": false}"));
    assertEquals("NullValue", get(other, "owner").getClass().getSimpleName());
    assertEquals(false, get(((Optional<?>) get(other, "setting")).orElseThrow(), "value"));
    QmpEvent number =
        roundTrip(
            line(
                "PROPERTY_SET",
                "{\"path\": \"/m\", \"value\": \"x\", \"owner\": null, \"setting\": 3}"));
    // An alternate of an integer and an enum type MATRIX also holds: the one shared enum, unlisted
    // values kept.
    Object level =
        ((Optional<?>)
                get(
                    roundTrip(
                        line(
                            "PROPERTY_SET",
                            "{\"path\": \"/m\", \"value\": 1, \"owner\": null, \"level\": \"red\"}")),
                    "level"))
            .orElseThrow();
    assertEquals("EnumValue", level.getClass().getSimpleName());
    assertEquals(type("Colour").getField("RED").get(null), get(level, "value"));
    roundTrip(
        line(
            "PROPERTY_SET",
            "{\"path\": \"/m\", \"value\": 1, \"owner\": null, \"level\": \"purple\"}"));
    roundTrip(
        line("PROPERTY_SET", "{\"path\": \"/m\", \"value\": 1, \"owner\": null, \"level\": 7}"));
    assertEquals(
        "NumberValue",
        ((Optional<?>) get(number, "setting")).orElseThrow().getClass().getSimpleName());

    FailedEvent failed =
        assertInstanceOf(
            FailedEvent.class,
            registry.decode(
                line("PROPERTY_SET", "{\"path\": \"/m\", \"value\": 1, \"owner\": 5}"),
                EventDecoding.LENIENT));
    assertTrue(
        failed.toString().contains("expected a string or null but found an integer"),
        failed::toString);
  }

  @Test
  void nestedArraysOfObjectsEnumsAndIntegersRoundTrip() throws Exception {
    QmpEvent matrix =
        roundTrip(
            line(
                "MATRIX",
                "{\"grid\": [[{\"x\": 1}], [], [{\"x\": 2, \"label\": \"b\"}, {\"x\": 3, \"z\": 0}]],"
                    + " \"colours\": [\"red\", \"blue\", \"green\"], \"counts\": [[1, 2], [3]]}"));
    List<?> grid = (List<?>) get(matrix, "grid");
    assertEquals(3, grid.size());
    Object cell = ((List<?>) grid.get(2)).get(1);
    assertEquals("MatrixGridElement", cell.getClass().getSimpleName());
    assertEquals(3L, get(cell, "x"));
    assertEquals(
        List.of(List.of(1L, 2L), List.of(3L)), ((Optional<?>) get(matrix, "counts")).orElseThrow());
    FailedEvent failed =
        assertInstanceOf(
            FailedEvent.class,
            registry.decode(
                line("MATRIX", "{\"grid\": [[{\"x\": \"one\"}]], \"colours\": []}"),
                EventDecoding.LENIENT));
    assertTrue(failed.toString().contains("grid[0][0].x"), failed::toString);
  }

  @Test
  void databindBindsUnionsAlternatesAndNestedArraysAndWritesThemBack() throws Exception {
    for (String[] event :
        new String[][] {
          {
            "GuestCrash",
            "{\"action\": \"pause\", \"info\": {\"kind\": \"s390\", \"core\": 1, \"psw-mask\": 18446744073709551615}}"
          },
          {"GuestCrash", "{\"action\": \"run\", \"info\": {\"kind\": \"tdx\", \"x\": [1]}}"},
          {
            "PropertySet",
            "{\"path\": \"/m\", \"value\": [1, {}], \"owner\": null, \"setting\": {\"scale\": 2}}"
          },
          {
            "Matrix",
            "{\"grid\": [[{\"x\": 1, \"label\": \"a\"}]], \"colours\": [\"green\", \"blue\"]}"
          },
          {
            "BlockJobDone",
            "{\"type\": \"commit\", \"device\": \"j\", \"len\": 1, \"offset\": 0, \"speed\": 5}"
          }
        }) {
      Object bound = MAPPER.readValue(event[1], type(event[0]));
      assertEquals(
          MAPPER.readTree(event[1]), MAPPER.readTree(MAPPER.writeValueAsString(bound)), event[1]);
    }
    Object crash =
        MAPPER.readValue(
            "{\"action\": \"run\", \"info\": {\"kind\": \"hyper-v\", \"arg1\": 1, \"arg2\": 2}}",
            type("GuestCrash"));
    assertEquals(
        "HyperV", ((Optional<?>) get(crash, "info")).orElseThrow().getClass().getSimpleName());
  }

  @Test
  void deprecatedEventsMembersAndValuesAreAnnotatedAndATypeTwoEventsShareIsOneRecord()
      throws Exception {
    Class<?> oldThing = type("OldThing");
    assertTrue(oldThing.isAnnotationPresent(Deprecated.class));
    assertTrue(oldThing.getMethod("legacy").isAnnotationPresent(Deprecated.class));
    assertTrue(type("BlockJobDone").getMethod("speed").isAnnotationPresent(Deprecated.class));
    assertFalse(type("BlockJobDone").getMethod("device").isAnnotationPresent(Deprecated.class));
    assertFalse(oldThing.getMethod("probe").isAnnotationPresent(Deprecated.class));
    assertTrue(type("Colour").getField("GREEN").isAnnotationPresent(Deprecated.class));
    Object action =
        get(
            roundTrip(
                line(
                    "OLD_THING",
                    "{\"device\": \"d\", \"action\": \"run\", \"legacy\": \"x\", \"probe\": true}")),
            "action");
    // GUEST_CRASH and OLD_THING hold one enum type: one top-level enum, the same constant.
    assertEquals(type("Action"), action.getClass());
    assertEquals(action, get(roundTrip(line("GUEST_CRASH", "{\"action\": \"run\"}")), "action"));
    Object attached =
        get(
            roundTrip(line("DISK_ATTACHED", "{\"disk\": {\"node\": \"n\", \"read-only\": true}}")),
            "disk");
    Object detached =
        get(
            roundTrip(line("DISK_DETACHED", "{\"disk\": {\"node\": \"n\", \"read-only\": true}}")),
            "disk");
    assertEquals(type("Disk"), attached.getClass());
    assertEquals(attached, detached);
  }
}
