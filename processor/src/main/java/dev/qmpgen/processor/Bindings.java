package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writers generate for one spec, every Java name decided.
 *
 * @param diagnostics naming decisions the user should know about (keywords, clashes), at the spec
 *     position each concerns
 * @param unions the sealed interfaces of the schema's flat unions
 * @param alternates the sealed interfaces of the schema's alternates
 * @param enums the top-level enums of the schema's enum types more than one member holds
 * @param origin what the spec was taken from ({@code QEMU 7.2.22 (...)}), when it says
 */
record Bindings(
    String packageName,
    String specFile,
    List<EventBinding> events,
    List<ObjectBinding> objects,
    List<Diagnostic> diagnostics,
    List<UnionBinding> unions,
    List<AlternateBinding> alternates,
    List<SharedEnums.Shared> enums,
    Optional<String> origin) {

  ClassName known() {
    return ClassName.get(packageName, GeneratedNames.KNOWN_EVENT);
  }

  ClassName visitor() {
    return ClassName.get(packageName, GeneratedNames.EVENT_VISITOR);
  }

  ClassName visitorAdapter() {
    return ClassName.get(packageName, GeneratedNames.EVENT_VISITOR_ADAPTER);
  }

  ClassName catalog() {
    return ClassName.get(packageName, GeneratedNames.EVENTS);
  }
}
