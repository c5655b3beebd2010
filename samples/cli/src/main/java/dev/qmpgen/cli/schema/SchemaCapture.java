package dev.qmpgen.cli.schema;

import dev.qmpgen.cli.json.JsonTree;
import dev.qmpgen.cli.json.PrettyJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A QEMU's {@code query-qmp-schema} with the version it came from, in the capture file format the
 * schema front end reads:
 *
 * <pre>{@code
 * {
 *   "qemu": {
 *     "version": "7.2.22",
 *     "package": "Debian 1:7.2+dfsg-7+deb12u18+b3"
 *   },
 *   "schema": [
 *     { "name": "...", "meta-type": "alternate", ... },
 *     ...
 *   ]
 * }
 * }</pre>
 *
 * QEMU lists its SchemaInfo entities in an order that changes between builds, so the capture sorts
 * them by meta-type, then name; inside an entity nothing moves, because the order of members,
 * variants and enum values means something. Two captures of the same QEMU are byte-identical.
 *
 * @param version QEMU's {@code major.minor.micro}
 * @param packageName {@code query-version}'s {@code package}, such as Debian's build string
 * @param entities the SchemaInfo objects, in capture order
 */
public record SchemaCapture(
    String version, String packageName, List<Map<String, Object>> entities) {

  /**
   * Entities by meta-type, then name; QEMU's masked type names are numbers ("67"), compared as such
   * so that "9" comes before "10", and they come before the named ones of their meta-type.
   */
  static final Comparator<Map<String, Object>> ORDER =
      Comparator.comparing((Map<String, Object> entity) -> text(entity.get("meta-type")))
          .thenComparing(entity -> text(entity.get("name")), SchemaCapture::compareNames);

  public SchemaCapture {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(packageName, "packageName");
    entities = List.copyOf(entities);
  }

  /**
   * Builds a capture from QEMU's two replies.
   *
   * @param versionReply the {@code return} of {@code query-version}, as a {@link JsonTree} value
   * @param schemaReply the {@code return} of {@code query-qmp-schema}, as a {@link JsonTree} value
   * @throws IllegalArgumentException naming the reply that does not have the expected shape
   */
  public static SchemaCapture of(Object versionReply, Object schemaReply) {
    Map<String, Object> version = object(versionReply, "query-version did not return an object");
    Map<String, Object> qemu =
        object(version.get("qemu"), "query-version's reply has no \"qemu\" object");
    String number =
        number(qemu, "major") + "." + number(qemu, "minor") + "." + number(qemu, "micro");
    String packageName = version.get("package") instanceof String text ? text : "";
    if (!(schemaReply instanceof List<?> infos)) {
      throw new IllegalArgumentException("query-qmp-schema did not return a list");
    }
    List<Map<String, Object>> entities = new ArrayList<>();
    for (Object info : infos) {
      Map<String, Object> entity =
          object(info, "query-qmp-schema returned a list element that is not an object");
      if (!(entity.get("name") instanceof String) || !(entity.get("meta-type") instanceof String)) {
        throw new IllegalArgumentException(
            "query-qmp-schema returned an entity without a name or meta-type: " + entity);
      }
      entities.add(entity);
    }
    entities.sort(ORDER);
    return new SchemaCapture(number, packageName, entities);
  }

  /** The capture file's text: pretty-printed, {@code "\n"} line ends, a final newline. */
  public String text() {
    Map<String, Object> qemu = new LinkedHashMap<>();
    qemu.put("version", version);
    qemu.put("package", packageName);
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("qemu", qemu);
    file.put("schema", entities);
    return PrettyJson.write(file);
  }

  /** {@code major.minor} of the version, the part a schema can change with. */
  public String series() {
    int second = version.indexOf('.', version.indexOf('.') + 1);
    return second < 0 ? version : version.substring(0, second);
  }

  static int compareNames(String left, String right) {
    boolean leftNumber = isNumber(left);
    boolean rightNumber = isNumber(right);
    if (leftNumber != rightNumber) {
      return leftNumber ? -1 : 1;
    }
    if (leftNumber && left.length() != right.length()) {
      return Integer.compare(left.length(), right.length()); // no leading zeros in QEMU's numbering
    }
    return left.compareTo(right);
  }

  private static boolean isNumber(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String text(Object value) {
    return value instanceof String string ? string : "";
  }

  private static String number(Map<String, Object> qemu, String part) {
    if (!(qemu.get(part) instanceof Long value)) {
      throw new IllegalArgumentException("query-version's reply has no number \"" + part + "\"");
    }
    return value.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String problem) {
    if (!(value instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(problem);
    }
    return (Map<String, Object>) value;
  }
}
