package dev.qmpgen.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON comparison and key-order permutations, with databind (test scope only). */
final class JsonTrees {

  /**
   * As the README tells databind users to build it: fractions as BigDecimal, so nothing is lost.
   */
  static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private JsonTrees() {}

  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  /** The line with its members (and those of {@code data}) in every order worth trying. */
  static List<String> keyOrders(String line) {
    ObjectNode event = (ObjectNode) tree(line);
    List<String> lines = new ArrayList<>();
    for (List<String> envelopeOrder : permutations(names(event))) {
      JsonNode data = event.get("data");
      List<List<String>> dataOrders =
          data instanceof ObjectNode object
              ? rotationsAndReverse(names(object))
              : List.of(List.of());
      for (List<String> dataOrder : dataOrders) {
        ObjectNode reordered = MAPPER.createObjectNode();
        for (String name : envelopeOrder) {
          if (name.equals("data") && data instanceof ObjectNode object) {
            ObjectNode dataReordered = reordered.putObject("data");
            dataOrder.forEach(member -> dataReordered.set(member, object.get(member)));
          } else {
            reordered.set(name, event.get(name));
          }
        }
        lines.add(MAPPER.writeValueAsString(reordered));
      }
    }
    return lines;
  }

  private static List<String> names(ObjectNode node) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      names.add(member.getKey());
    }
    return names;
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<String>> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> rest = new ArrayList<>(items);
      String first = rest.remove(i);
      for (List<String> tail : permutations(rest)) {
        List<String> permutation = new ArrayList<>();
        permutation.add(first);
        permutation.addAll(tail);
        result.add(permutation);
      }
    }
    return result;
  }

  private static List<List<String>> rotationsAndReverse(List<String> items) {
    List<List<String>> result = new ArrayList<>();
    for (int i = 0; i < Math.max(1, items.size()); i++) {
      List<String> rotated = new ArrayList<>(items.subList(i, items.size()));
      rotated.addAll(items.subList(0, i));
      result.add(rotated);
    }
    List<String> reversed = new ArrayList<>(items);
    java.util.Collections.reverse(reversed);
    result.add(reversed);
    return result;
  }
}
