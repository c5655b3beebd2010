package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.EventSpec;
import java.util.List;

/** The record generated for one event: its spec, class and data members. */
record EventBinding(EventSpec spec, ClassName type, List<Member> members) {

  boolean hasRequiredMembers() {
    return members.stream().anyMatch(member -> !member.optional());
  }
}
