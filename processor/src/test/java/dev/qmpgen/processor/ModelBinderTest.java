package dev.qmpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.qmpgen.spec.EnumValue;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.Position;
import dev.qmpgen.spec.SpecDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names and types decided from hand-built models. */
class ModelBinderTest {

  private static final Position AT = new Position("t.txt", 1, 1);

  @Test
  void vncServerAndClientShapesAreSharedAndNamedAfterTheirCommonPrefix() {
    List<FieldSpec> server =
        List.of(
            string("host"),
            string("service"),
            enumerated("family", "ipv4", "ipv6"),
            optional(string("auth")));
    List<FieldSpec> shortClient =
        List.of(string("host"), string("service"), enumerated("family", "ipv4", "ipv6"));
    List<FieldSpec> longClient =
        List.of(
            string("host"),
            string("service"),
            enumerated("family", "ipv4", "ipv6"),
            optional(string("x509_dname")),
            optional(string("sasl_username")));
    Bindings bindings =
        bind(
            event("VNC_CONNECTED", object("server", server), object("client", shortClient)),
            event("VNC_DISCONNECTED", object("server", server), object("client", longClient)),
            event("VNC_INITIALIZED", object("server", server), object("client", longClient)));
    assertEquals(
        List.of("VncServer", "VncConnectedClient", "VncClient"),
        bindings.objects().stream().map(o -> o.type().simpleName()).toList());
    assertEquals(
        List.of("VNC_CONNECTED", "VNC_DISCONNECTED", "VNC_INITIALIZED"),
        bindings.objects().get(0).usedBy());
    assertEquals(
        ClassName.get("p", "VncServer", "Family"),
        bindings.objects().get(0).members().get(2).enumType());
    assertEquals(
        List.of("host", "service", "family", "x509Dname", "saslUsername"),
        bindings.objects().get(2).members().stream().map(Member::javaName).toList());
  }

  @Test
  void theSameMembersUnderAnotherFieldNameAreAnotherRecordNamedForThatField() {
    List<FieldSpec> end =
        List.of(string("host"), string("port"), enumerated("family", "ipv4", "ipv6"));
    Bindings bindings =
        bind(
            event("SPICE_CONNECTED", object("server", end), object("client", end)),
            event("SPICE_DISCONNECTED", object("server", end), object("client", end)));
    assertEquals(
        List.of("SpiceServer", "SpiceClient"),
        bindings.objects().stream().map(o -> o.type().simpleName()).toList());
    assertEquals(
        ClassName.get("p", "SpiceClient"),
        bindings.events().get(1).members().get(1).object().type());
  }

  @Test
  void aLoneUntypedDataFieldBindsTheWholeDataObject() {
    Bindings bindings = bind(event("ACPI_DEVICE_OST", field("data", JsonType.OPAQUE)));
    EventBinding acpi = bindings.events().get(0);
    assertEquals(List.of(), acpi.members());
    assertEquals(
        "dev.qmpgen.runtime.RawJson", acpi.wholeData().orElseThrow().componentType().toString());
  }

  @Test
  void membersMapToJavaTypesWithOptionalsVisible() {
    Bindings bindings =
        bind(
            event(
                "E",
                field("n", JsonType.INT),
                optional(field("o", JsonType.INT)),
                field("num", JsonType.NUMBER),
                optional(field("b", JsonType.BOOL)),
                field("any", JsonType.OPAQUE),
                field("list", JsonType.ARRAY),
                optional(enumerated("mode", "a"))));
    List<Member> members = bindings.events().get(0).members();
    assertEquals(
        List.of(
            "long",
            "java.util.OptionalLong",
            "java.math.BigDecimal",
            "java.util.Optional<java.lang.Boolean>",
            "dev.qmpgen.runtime.RawJson",
            "java.util.List<dev.qmpgen.runtime.RawJson>",
            "java.util.Optional<dev.qmpgen.runtime.Enumerated<p.E.Mode>>"),
        members.stream().map(Member::componentType).map(TypeName::toString).toList());
    assertTrue(members.get(0).record().isEmpty());
  }

  @Test
  void arraysOfObjectsGetASingularElementRecord() {
    Bindings bindings =
        bind(
            event(
                "BLOCK_JOB",
                new FieldSpec(
                    "clients",
                    JsonType.ARRAY,
                    false,
                    "",
                    List.of(),
                    List.of(string("id")),
                    "",
                    AT)));
    assertEquals("BlockJobClient", bindings.objects().get(0).type().simpleName());
    assertEquals(
        "java.util.List<p.BlockJobClient>",
        bindings.events().get(0).members().get(0).componentType().toString());
  }

  @Test
  void anEnumNamedLikeItsOwnerIsRenamed() {
    Bindings bindings = bind(event("ACTION", enumerated("action", "go")));
    assertEquals(
        ClassName.get("p", "Action", "Action2"),
        bindings.events().get(0).members().get(0).enumType());
  }

  @Test
  void aShapeSharedByManyEventsNamesTenOfThemInItsJavadoc() {
    List<FieldSpec> shape = List.of(string("host"));
    EventSpec[] events =
        java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(i -> event("EVENT_" + i, object("peer", shape)))
            .toArray(EventSpec[]::new);
    String doc = Javadocs.object(bind(events).objects().get(0)).toString();
    assertTrue(doc.contains("{@code EVENT_10} and 2 more events."), doc);
    assertFalse(doc.contains("EVENT_11"), doc);
  }

  private static Bindings bind(EventSpec... events) {
    return ModelBinder.bind(new SpecDocument("t.txt", List.of(events)), "p");
  }

  private static EventSpec event(String name, FieldSpec... fields) {
    return new EventSpec(name, "", List.of(fields), List.of(), List.of(), Optional.empty(), AT);
  }

  private static FieldSpec field(String name, JsonType type) {
    return new FieldSpec(name, type, false, "", List.of(), List.of(), "", AT);
  }

  private static FieldSpec string(String name) {
    return field(name, JsonType.STRING);
  }

  private static FieldSpec optional(FieldSpec field) {
    return new FieldSpec(
        field.name(),
        field.type(),
        true,
        field.description(),
        field.values(),
        field.fields(),
        field.elementDescription(),
        field.position());
  }

  private static FieldSpec enumerated(String name, String... values) {
    return new FieldSpec(
        name,
        JsonType.STRING,
        false,
        "",
        List.of(values).stream().map(v -> new EnumValue(v, "", AT)).toList(),
        List.of(),
        "",
        AT);
  }

  private static FieldSpec object(String name, List<FieldSpec> fields) {
    return new FieldSpec(name, JsonType.OBJECT, false, "", List.of(), fields, "", AT);
  }
}
