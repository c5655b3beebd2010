package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.EventSpec;
import java.util.List;
import java.util.Optional;

/**
 * The record generated for one event: its spec, class and data members.
 *
 * @param members the data members; empty when {@code wholeData} is present
 * @param wholeData the one member standing for the whole {@code data} object, when the spec
 *     describes the data only as a type named elsewhere ({@link dev.qmpgen.spec.WholeData})
 */
record EventBinding(
    EventSpec spec, ClassName type, List<Member> members, Optional<Member> wholeData) {

  EventBinding(EventSpec spec, ClassName type, List<Member> members) {
    this(spec, type, members, Optional.empty());
  }

  /**
   * Whether QEMU's schema marks the event deprecated: its record and visitor methods are
   * {@code @Deprecated}.
   */
  boolean deprecated() {
    return spec.features().contains("deprecated");
  }

  boolean hasRequiredMembers() {
    return members.stream().anyMatch(member -> !member.optional());
  }
}
