package dev.qmpgen.spec.internal.parser;

import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value read from an example or a schema capture, each part knowing where in the file it was
 * written.
 */
public sealed interface JsonValue {

  Position position();

  /** The json type word a value of this kind matches: {@code json-string}, {@code json-int}... */
  String kind();

  /** A member of an object, with the position of its key. */
  record Member(String key, Position keyPosition, JsonValue value) {}

  record Obj(Map<String, Member> members, Position position) implements JsonValue {
    public Obj {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public Optional<Member> member(String key) {
      return Optional.ofNullable(members.get(key));
    }

    @Override
    public String kind() {
      return JsonType.OBJECT.specName();
    }
  }

  record Arr(List<JsonValue> items, Position position) implements JsonValue {
    public Arr {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return JsonType.ARRAY.specName();
    }
  }

  record Str(String value, Position position) implements JsonValue {
    @Override
    public String kind() {
      return JsonType.STRING.specName();
    }
  }

  /** A number as written, so that the dump shows {@code 1265044230} and not a float. */
  record Num(String text, boolean integral, Position position) implements JsonValue {
    @Override
    public String kind() {
      return integral ? JsonType.INT.specName() : JsonType.NUMBER.specName();
    }
  }

  record Bool(boolean value, Position position) implements JsonValue {
    @Override
    public String kind() {
      return JsonType.BOOL.specName();
    }
  }

  record Null(Position position) implements JsonValue {
    @Override
    public String kind() {
      return "null";
    }
  }
}
