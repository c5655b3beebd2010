package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.FieldSpec;
import java.util.List;

/**
 * The sealed interface generated for one flat union shape, one record per tag value.
 *
 * @param firstUse the field where the shape first appears
 * @param usedBy the wire names of the events whose data hold the shape
 * @param tag the tag member, as an enumerated member whose enum is nested in the interface
 * @param variants one per listed tag value, in the enum's order
 * @param unlisted the record keeping an object whose tag value the enum does not list
 */
record UnionBinding(
    ClassName type,
    FieldSpec firstUse,
    List<String> usedBy,
    Member tag,
    List<Variant> variants,
    ClassName unlisted) {

  /** The record of one tag value: the common members but the tag, then the variant's own. */
  record Variant(Member.Constant tagValue, ClassName type, List<Member> members) {}
}
