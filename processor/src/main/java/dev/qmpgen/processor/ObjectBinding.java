package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import dev.qmpgen.spec.FieldSpec;
import java.util.List;

/**
 * A record generated for one object shape, shared by every field of that shape.
 *
 * @param firstUse the field where the shape first appears, whose description documents the type
 * @param usedBy the wire names of the events whose data hold the shape, in spec order
 */
record ObjectBinding(
    ClassName type, FieldSpec firstUse, List<String> usedBy, List<Member> members) {}
