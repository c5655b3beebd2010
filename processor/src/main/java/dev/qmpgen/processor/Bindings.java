package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * Everything the writers generate for one spec, every Java name decided.
 *
 * @param warnings naming decisions the user should know about (keywords, clashes), each starting
 *     with the spec position it concerns
 */
record Bindings(
    String packageName, String specFile, List<EventBinding> events, List<ObjectBinding> objects,
    List<String> warnings) {

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
