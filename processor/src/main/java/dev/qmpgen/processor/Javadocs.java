package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import dev.qmpgen.spec.EventSpec;
import dev.qmpgen.spec.ExampleSpec;
import dev.qmpgen.spec.FieldSpec;
import dev.qmpgen.spec.JsonType;
import java.util.Collection;
import java.util.List;

/** Javadoc from spec text: prose is HTML-escaped, examples are shown as written. */
final class Javadocs {

  private Javadocs() {}

  /** The Javadoc of an event record: description, notes, examples, since, one @param per component. */
  static CodeBlock event(EventSpec event, List<Member> members) {
    CodeBlock.Builder doc = eventText(event);
    params(doc, members);
    event.since().ifPresent(since -> doc.add("@since $L\n", prose(since)));
    return doc.build();
  }

  /** The Javadoc of an event record whose one member is the whole data object. */
  static CodeBlock wholeDataEvent(EventSpec event, Member data) {
    CodeBlock.Builder doc = eventText(event);
    String described = data.spec().description().isBlank() ? "" : ": " + prose(data.spec().description());
    doc.add("@param data the whole {@code data} object, as sent$L$L\n", described,
        data.optional() ? " (optional)" : "");
    event.since().ifPresent(since -> doc.add("@since $L\n", prose(since)));
    return doc.build();
  }

  /** Description, notes, examples and the timestamp's @param. */
  private static CodeBlock.Builder eventText(EventSpec event) {
    CodeBlock.Builder doc = CodeBlock.builder();
    String description = event.description().isBlank() ? "The " + event.name() + " event." : event.description();
    doc.add("$L\n", prose(description));
    doc.add("\n<p>Wire name: {@code $L}.\n", escape(event.name()));
    for (String note : event.notes()) {
      doc.add("\n<p>Note: $L\n", prose(note));
    }
    for (ExampleSpec example : event.examples()) {
      doc.add("\n<p>Example$L:\n\n$L\n", example.label().isBlank() ? "" : " (" + prose(example.label()) + ")",
          example(example.json()));
    }
    doc.add("\n@param timestamp when QEMU emitted the event\n");
    return doc;
  }

  private static final int MAX_HOLDERS_NAMED = 10;

  /** The Javadoc of an object record. */
  static CodeBlock object(ObjectBinding object) {
    CodeBlock.Builder doc = CodeBlock.builder();
    FieldSpec field = object.firstUse();
    String description = field.description().isBlank()
        ? "The {@code " + escape(field.name()) + "} object."
        : prose(field.description()) + ".";
    if (field.type() == JsonType.ARRAY) {
      description = "One element of {@code " + escape(field.name()) + "}"
          + (field.elementDescription().isBlank() ? "" : ": " + prose(field.elementDescription())) + ".";
    }
    doc.add("$L\n\n<p>Held by the data of $L.\n\n", description, holders(object.usedBy()));
    params(doc, object.members());
    return doc.build();
  }

  /**
   * The events whose data hold a shared shape, at most {@value #MAX_HOLDERS_NAMED} by name: a shape
   * shared by thousands of events would otherwise give its one record a Javadoc as long as the spec.
   */
  private static String holders(Collection<String> events) {
    List<String> named = events.stream().limit(MAX_HOLDERS_NAMED)
        .map(name -> "{@code " + escape(name) + "}").toList();
    int more = events.size() - named.size();
    return String.join(", ", named) + (more > 0 ? " and " + more + " more events" : "");
  }

  /** The Javadoc of an enum of listed values. */
  static CodeBlock enumeration(Member member) {
    return CodeBlock.of("The values the spec lists for {@code $L}; any other arrives as {@link $T.Unlisted}.\n",
        escape(member.wireName()), Types.ENUMERATED);
  }

  private static void params(CodeBlock.Builder doc, List<Member> members) {
    for (Member member : members) {
      FieldSpec spec = member.spec();
      String text = spec.description().isBlank() ? "the {@code " + escape(spec.name()) + "} member" : prose(spec.description());
      if (!spec.elementDescription().isBlank()) {
        text += "; each element: " + prose(spec.elementDescription());
      }
      doc.add("@param $L $L (wire name {@code $L}$L)\n", member.javaName(), text, escape(spec.name()),
          spec.optional() ? ", optional" : "");
    }
    doc.add("@param unknownFields members the spec does not list, in arrival order\n");
  }

  /** Plain text for Javadoc: HTML and Javadoc tag characters escaped. */
  static String prose(String text) {
    return escape(text.strip());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("@", "&#64;").replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;");
  }

  /** An example as written, in {@code <pre>{@code ...}</pre>} when its braces balance. */
  static String example(String json) {
    String text = json.strip().replace("*/", "*\\/");
    if (balanced(text) && !text.contains("@")) {
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
