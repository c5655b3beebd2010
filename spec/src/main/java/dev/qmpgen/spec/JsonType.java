package dev.qmpgen.spec;

import java.util.Optional;

/**
 * The JSON type a field declares, spelled in the spec as {@code json-string}, {@code json-int}...
 */
public enum JsonType {
  STRING("json-string"),
  INT("json-int"),
  NUMBER("json-number"),
  BOOL("json-bool"),
  OBJECT("json-object"),
  ARRAY("json-array"),
  /**
   * The spec names no JSON type, or refers to a type described elsewhere ("ACPIOSTInfo type as
   * described in qapi-schema.json"): any JSON value, kept as it came.
   */
  OPAQUE("opaque"),
  /**
   * A type word the parser does not know, such as {@code json-strnig}; always reported as an error.
   */
  UNRECOGNISED("unrecognised"),
  /**
   * QEMU's schema builtin {@code any}: any JSON value, kept as it came (no warning, unlike OPAQUE).
   */
  ANY("any"),
  /**
   * QEMU's schema builtin {@code null}: the JSON {@code null}, in practice one choice of an
   * alternate.
   */
  NULL("null"),
  /**
   * QEMU's {@code uint64} and {@code size}: an integer from 0 to 2<sup>64</sup>-1, which a Java
   * {@code long} holds as unsigned bits.
   */
  UINT64("uint64"),
  /**
   * A QEMU flat union: an object whose {@link FieldSpec#tag() tag} member selects which {@link
   * FieldSpec#variants() variant's} members come with the common ones.
   */
  UNION("union"),
  /** A QEMU alternate: one value of one of several {@link FieldSpec#alternatives() JSON kinds}. */
  ALTERNATE("alternate");

  private final String specName;

  JsonType(String specName) {
    this.specName = specName;
  }

  /** The spelling used in the spec text and in the dump format. */
  public String specName() {
    return specName;
  }

  /**
   * The type a spec word names: {@code json-int} or {@code int}, in any case. Empty for any other
   * word, so the caller decides how to report it.
   */
  public static Optional<JsonType> fromSpecWord(String word) {
    String bare = word.strip().toLowerCase(java.util.Locale.ROOT);
    if (bare.startsWith("json-")) {
      bare = bare.substring("json-".length());
    }
    for (JsonType type : values()) {
      if (type.ordinal() <= ARRAY.ordinal() && type.specName.equals("json-" + bare)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
