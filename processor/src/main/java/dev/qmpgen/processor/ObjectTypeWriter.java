package dev.qmpgen.processor;

import com.palantir.javapoet.TypeSpec;
import java.util.List;

/** Writes the record of one object shape, shared by every field of that shape. */
final class ObjectTypeWriter {

  private ObjectTypeWriter() {}

  static TypeSpec.Builder write(ObjectBinding object, Bindings bindings) {
    TypeSpec.Builder record =
        RecordWriter.record(object.type(), List.of(), object.members(), bindings.specFile())
            .addJavadoc(Javadocs.object(object));
    DecodeWriter.memberMatcher(object.members()).ifPresent(record::addField);
    return record.addMethod(DecodeWriter.objectRead(object));
  }
}
