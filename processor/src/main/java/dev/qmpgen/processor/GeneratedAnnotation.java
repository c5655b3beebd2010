package dev.qmpgen.processor;

import com.palantir.javapoet.AnnotationSpec;

/** The {@code @Generated} every generated type carries, naming the processor and the spec. */
final class GeneratedAnnotation {

  static final String PROCESSOR = "dev.qmpgen.processor.QmpEventsProcessor";

  private GeneratedAnnotation() {}

  static AnnotationSpec of(String specFile) {
    return AnnotationSpec.builder(Types.GENERATED)
        .addMember("value", "$S", PROCESSOR)
        .addMember("comments", "$S", "from " + specFile)
        .build();
  }
}
