package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * Everything the writers generate for one spec, every Java name decided.
 *
 * @param warnings naming decisions the user should know about (keywords, clashes), each starting
 *     with the spec position it concerns
 * @param unions the sealed interfaces of the schema's flat unions
 * @param alternates the sealed interfaces of the schema's alternates
 * @param enums the top-level enums of the schema's enum types more than one member holds
 * @param origin what the spec was taken from ({@code QEMU 7.2.22 (...)}), when it says
 */
record Bindings(
    String packageName, String specFile, List<EventBinding> events, List<ObjectBinding> objects,
    List<String> warnings, List<UnionBinding> unions, List<AlternateBinding> alternates, List<SharedEnums.Shared> enums,
    Optional<String> origin) {

  Bindings(String packageName, String specFile, List<EventBinding> events, List<ObjectBinding> objects, List<String> warnings) {
    this(packageName, specFile, events, objects, warnings, List.of(), List.of(), List.of(), Optional.empty());
  }

  ClassName known() {
    return ClassName.get(packageName, "KnownEvent");
  }

  ClassName visitor() {
    return ClassName.get(packageName, "EventVisitor");
  }

  ClassName visitorAdapter() {
    return ClassName.get(packageName, "EventVisitorAdapter");
  }

  ClassName catalog() {
    return ClassName.get(packageName, "Events");
  }
}
