package dev.qmpgen.processor;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * A component a record declares before its members that does not come from its JSON object: an
 * event's timestamp, from the envelope around the {@code data} object.
 *
 * @param absent the value Jackson databind passes, as it sees the data object alone
 * @param doc the component's {@code @param} text
 */
record EnvelopeComponent(TypeName type, String name, CodeBlock absent, String doc) {

  /** Every event record's first component. */
  static final EnvelopeComponent TIMESTAMP =
      new EnvelopeComponent(
          Types.TIMESTAMP,
          GeneratedNames.TIMESTAMP,
          CodeBlock.of("$T.ABSENT", Types.TIMESTAMP),
          "when QEMU emitted the event");
}
