package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The initializer of a constant list with an entry per event, and the nested classes it reads from
 * when the spec is long: a list of more than {@code chunk} events is split into nested classes'
 * constants of {@code chunk} events each, so that no class initializer passes the JVM's 64 KB per
 * method. Example, with {@code Part} classes:
 *
 * <pre>{@code
 * Stream.of(
 *     Part1.EVENTS,
 *     Part2.EVENTS)
 *     .flatMap(List::stream)
 *     .toList()
 * }</pre>
 *
 * @param initializer the list's initializer
 * @param parts the nested classes it reads from, none for a short list
 */
record ChunkedList(CodeBlock initializer, List<TypeSpec> parts) {

  ChunkedList {
    parts = List.copyOf(parts);
  }

  /**
   * The list of {@code events}, in one literal up to {@code chunk} of them, else in parts.
   *
   * @param list the list literal of some events
   * @param partName the nested classes' name before their number
   * @param partEvents how their Javadoc calls the events they hold: {@code Events}
   * @param partField a nested class's constant, given its list literal
   */
  static ChunkedList of(
      List<EventBinding> events,
      int chunk,
      Function<List<EventBinding>, CodeBlock> list,
      String partName,
      String partEvents,
      Function<CodeBlock, FieldSpec> partField) {
    if (events.size() <= chunk) {
      return new ChunkedList(list.apply(events), List.of());
    }
    List<TypeSpec> parts = new ArrayList<>();
    CodeBlock.Builder concat = CodeBlock.builder().add("$T.of(", Stream.class).indent();
    for (int from = 0; from < events.size(); from += chunk) {
      int to = Math.min(events.size(), from + chunk);
      String name = partName + (parts.size() + 1);
      FieldSpec field = partField.apply(list.apply(events.subList(from, to)));
      parts.add(
          TypeSpec.classBuilder(name)
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "$L $L to $L, apart to keep each class file within the JVM's limits.\n",
                  partEvents,
                  from + 1,
                  to)
              .addField(field)
              .build());
      concat.add("\n$L.$N$L", name, field, to < events.size() ? "," : "");
    }
    CodeBlock initializer =
        concat.unindent().add(")\n.flatMap($T::stream)\n.toList()", List.class).build();
    return new ChunkedList(initializer, parts);
  }
}
