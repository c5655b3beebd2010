package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.EventSpec;
import java.util.List;

/** The record generated for one event: its spec, class and data members. */
record EventBinding(EventSpec spec, ClassName type, List<Member> members) {

  /** Whether QEMU's schema marks the event deprecated: its record and visitor methods are {@code @Deprecated}. */
  boolean deprecated() {
    return spec.features().contains("deprecated");
  }

  boolean hasRequiredMembers() {
    return members.stream().anyMatch(member -> !member.optional());
  }
}
