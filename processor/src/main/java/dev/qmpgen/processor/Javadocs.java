package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ExampleSpec;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import dev.qmpgen.spec.TypeWords;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Javadoc from spec text: prose is HTML-escaped, examples are shown as written. Every piece of spec
 * text that reaches a comment goes through {@link #escape} (or {@code {@code}} when it holds
 * nothing that needs it), which is what keeps the text inside the comment: javac reads a backslash,
 * {@code u} and {@code 002a} as a star before it looks for the comment's end, so a backslash is
 * written as an entity.
 */
final class Javadocs {

  private Javadocs() {}

  /**
   * The Javadoc of an event record: description, notes, examples, since, one @param per component;
   * with what the schema adds: the QEMU the capture came from, and the event's features ({@code
   * deprecated} also gets {@code @deprecated}, beside the {@code @Deprecated} annotation).
   */
  static CodeBlock event(EventSpec event, List<Member> members, Optional<String> origin) {
    CodeBlock.Builder doc = eventText(event, origin);
    params(doc, members);
    event.since().ifPresent(since -> doc.add("@since $L\n", prose(since)));
    if (event.features().contains("deprecated")) {
      doc.add(
          "@deprecated QEMU marks this event deprecated: it may be removed from a later QEMU\n");
    }
    return doc.build();
  }

  /** The Javadoc of an event record whose one member is the whole data object. */
  static CodeBlock wholeDataEvent(EventSpec event, Member data) {
    CodeBlock.Builder doc = eventText(event, Optional.empty());
    String described =
        data.spec().description().isBlank() ? "" : ": " + prose(data.spec().description());
    doc.add(
        "@param data the whole {@code data} object, as sent$L$L\n",
        described,
        data.optional() ? " (optional)" : "");
    event.since().ifPresent(since -> doc.add("@since $L\n", prose(since)));
    return doc.build();
  }

  /** Description, notes, examples, features, origin and the timestamp's @param. */
  private static CodeBlock.Builder eventText(EventSpec event, Optional<String> origin) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String description =
        event.description().isBlank() ? "The " + event.name() + " event." : event.description();
    doc.add("$L\n", prose(description));
    doc.add("\n<p>Wire name: $L.\n", code(event.name()));
    for (String note : event.notes()) {
      doc.add("\n<p>Note: $L\n", prose(note));
    }
    for (ExampleSpec example : event.examples()) {
      doc.add(
          "\n<p>Example$L:\n\n$L\n",
          example.label().isBlank() ? "" : " (" + prose(example.label()) + ")",
          example(example.json()));
    }
    for (String feature : event.features()) {
      doc.add("\n<p>$L\n", featureLine("event", feature));
    }
    origin.ifPresent(from -> doc.add("\n<p>From the schema of $L.\n", prose(from)));
    doc.add(
        "\n@param $L $L\n", EnvelopeComponent.TIMESTAMP.name(), EnvelopeComponent.TIMESTAMP.doc());
    return doc;
  }

  /**
   * What a schema feature means, as a sentence: {@code deprecated}, {@code unstable}, or another.
   */
  static String featureLine(String what, String feature) {
    return switch (feature) {
      case "deprecated" -> "Deprecated: QEMU marks this " + what + " deprecated.";
      case "unstable" ->
          "Unstable: QEMU marks this "
              + what
              + " unstable (experimental, it may change or go away).";
      default -> "QEMU gives this " + what + " the feature " + code(feature) + ".";
    };
  }

  /** What the Javadoc of an enum several members share adds: who holds it. */
  static CodeBlock sharedEnum(SharedEnums.Shared shared) {
    return CodeBlock.of("\n<p>Held by the data of $L.\n", holders(shared.usedBy()));
  }

  /** The Javadoc of a union's interface. */
  static CodeBlock union(UnionBinding union) {
    FieldSpec field = union.firstUse();
    return CodeBlock.builder()
        .add(
            "The $L object: a union whose member $L says which members come with it, one record per\n"
                + "value; a value the schema does not list arrives as {@code Unlisted}, kept whole.\n",
            code(field.name()),
            code(union.tag().wireName()))
        .add("\n<p>Held by the data of $L.\n", holders(union.usedBy()))
        .build();
  }

  /** The Javadoc of one variant's record. */
  static CodeBlock variant(UnionBinding union, UnionBinding.Variant variant) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The $L object when $L is $L.\n\n",
                code(union.firstUse().name()),
                code(union.tag().wireName()),
                code(variant.tagValue().value().name()));
    params(doc, variant.members());
    return doc.build();
  }

  /** The Javadoc of an alternate's interface. */
  static CodeBlock alternate(AlternateBinding alternate) {
    return CodeBlock.builder()
        .add(
            "The $L value: one of $L, one record each.\n",
            code(alternate.firstUse().name()),
            alternate.alternatives().stream()
                .map(a -> TypeWords.kind(a.spec()))
                .collect(Collectors.joining(", ")))
        .add("\n<p>Held by the data of $L.\n", holders(alternate.usedBy()))
        .build();
  }

  private static final int MAX_HOLDERS_NAMED = 10;

  /** The Javadoc of an object record. */
  static CodeBlock object(ObjectBinding object) {
    CodeBlock.Builder doc = CodeBlock.builder();
    FieldSpec field = object.firstUse();
    String description =
        field.description().isBlank()
            ? "The " + code(field.name()) + " object."
            : prose(field.description()) + ".";
    if (field.type() == JsonType.ARRAY) {
      description =
          "An element of the "
              + code(field.name())
              + " array"
              + elementText(field).map(text -> ": " + text).orElse("")
              + ".";
    }
    doc.add("$L\n\n<p>Held by the data of $L.\n\n", description, holders(object.usedBy()));
    params(doc, object.members());
    return doc.build();
  }

  /**
   * The events whose data hold a shared shape, at most {@value #MAX_HOLDERS_NAMED} by name: a shape
   * shared by thousands of events would otherwise give its one record a Javadoc as long as the
   * spec.
   */
  private static String holders(Collection<String> events) {
    List<String> named = events.stream().limit(MAX_HOLDERS_NAMED).map(Javadocs::code).toList();
    int more = events.size() - named.size();
    return String.join(", ", named) + (more > 0 ? " and " + more + " more events" : "");
  }

  /** The Javadoc of an enum of listed values. */
  static CodeBlock enumeration(Member member) {
    return CodeBlock.of(
        "The values the spec lists for $L; any other arrives as {@link $T.Unlisted}.\n",
        code(member.wireName()),
        Types.ENUMERATED);
  }

  /**
   * What the spec says of an array's elements, unless it only names their JSON type ({@code
   * json-array of json-object}), which the Java type says already.
   */
  private static Optional<String> elementText(FieldSpec field) {
    String text = field.elementDescription().strip();
    return text.isEmpty() || text.matches("json-[a-z0-9-]+")
        ? Optional.empty()
        : Optional.of(prose(text));
  }

  /**
   * The Javadoc of a record's constructor: {@code summary}, then a {@code @param} for each of
   * {@code envelope}'s components and {@code members}, as the record's own Javadoc words them, and
   * for {@code unknownFields} when the constructor takes it.
   */
  static CodeBlock constructor(
      String summary,
      List<EnvelopeComponent> envelope,
      List<Member> members,
      boolean unknownFields) {
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n\n", summary);
    envelope.forEach(component -> doc.add("@param $L $L\n", component.name(), component.doc()));
    memberParams(doc, members);
    if (unknownFields) {
      unknownFieldsParam(doc);
    }
    return doc.build();
  }

  private static void params(CodeBlock.Builder doc, List<Member> members) {
    memberParams(doc, members);
    unknownFieldsParam(doc);
  }

  private static void unknownFieldsParam(CodeBlock.Builder doc) {
    doc.add(
        "@param $L members the spec does not list, in arrival order\n",
        GeneratedNames.UNKNOWN_FIELDS);
  }

  private static void memberParams(CodeBlock.Builder doc, List<Member> members) {
    for (Member member : members) {
      FieldSpec spec = member.spec();
      String text =
          spec.description().isBlank()
              ? "the " + code(spec.name()) + " member"
              : prose(spec.description());
      text += elementText(spec).map(element -> "; each element: " + element).orElse("");
      if (member.kind() == Member.Kind.UNSIGNED) {
        text +=
            "; the {@code long} holds its 64 bits, read it with {@link Long#toUnsignedString(long)}";
      }
      String features =
          spec.features().stream().map(f -> ", " + escape(f)).collect(Collectors.joining());
      doc.add(
          "@param $L $L (wire name $L$L$L)\n",
          member.javaName(),
          text,
          code(spec.name()),
          spec.optional() ? ", optional" : "",
          features);
    }
  }

  /** Plain text for Javadoc: HTML and Javadoc tag characters escaped. */
  static String prose(String text) {
    return escape(text.strip());
  }

  /**
   * A name from the spec in code font: {@code {@code name}} when that shows it as written, else the
   * escaped name in {@code <code>} (inside {@code {@code}} an entity would show as itself).
   */
  static String code(String name) {
    boolean plain =
        name.chars().noneMatch(c -> c == '\\' || c == '@' || c == '{' || c == '}')
            && !name.contains("*/");
    return plain ? "{@code " + name + "}" : "<code>" + escape(name) + "</code>";
  }

  /**
   * The text with everything Javadoc or javac would read as markup written as an HTML entity. A
   * backslash is one of them: javac turns {@code \}{@code uXXXX} into a character before it even
   * finds the comment's end (JLS 3.3), so a {@code \}{@code u002a/} in spec text would close the
   * comment and the rest of the text would be compiled.
   */
  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("\\", "&#92;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("*/", "*&#47;")
        .replace("{", "&#123;")
        .replace("}", "&#125;");
  }

  /**
   * An example as written, in {@code <pre>{@code ...}</pre>} when its braces balance and it holds
   * nothing {@code {@code}} would show wrongly or javac would read ({@code @}, a backslash, the
   * comment's end); otherwise escaped in a plain {@code <pre>}.
   */
  static String example(String json) {
    String text = json.strip();
    if (balanced(text) && !text.contains("@") && !text.contains("\\") && !text.contains("*/")) {
      return "<pre>{@code\n" + text + "\n}</pre>";
    }
    return "<pre>\n" + escape(text) + "\n</pre>";
  }

  private static boolean balanced(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
