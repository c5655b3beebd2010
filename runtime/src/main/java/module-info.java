/**
 * qmpgen's runtime: events, the registry that decodes them, the QMP stream reader and client, the
 * drift check, the bindings of the bundled spec ({@code dev.qmpgen.events}) and those of QEMU 7.2's
 * own schema ({@code dev.qmpgen.qemu}).
 *
 * <p>{@code dev.qmpgen.runtime.internal} is exported too, but it is not API: generated bindings
 * live in users' own packages and modules and call it, and a module cannot export a package only to
 * modules it does not know by name. Code other than generated code must not use it; it may change
 * in any release.
 */
module dev.qmpgen.runtime {
  // In the signatures generated code and the codecs use (JsonParser, JsonGenerator).
  requires transitive tools.jackson.core;
  // On RawJson, Timestamp and every generated record, for users who bind them with databind.
  requires transitive com.fasterxml.jackson.annotation;
  // @Generated on generated types: source retention, needed at compile time only, and transitive so
  // that users' modules compiling their own generated bindings read it too.
  requires static transitive java.compiler;

  exports dev.qmpgen.runtime;
  exports dev.qmpgen.runtime.client;
  exports dev.qmpgen.runtime.stream;
  exports dev.qmpgen.runtime.drift;
  exports dev.qmpgen.events;
  exports dev.qmpgen.qemu;
  exports dev.qmpgen.runtime.internal;
}
