package dev.qmpgen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the qmpgen annotation processor to generate event types, a codec catalog and a visitor into
 * the annotated package, from a {@code qmp-events.txt} spec text or from a capture of QEMU's {@code
 * query-qmp-schema}; name exactly one of the two.
 *
 * <pre>{@code
 * @GenerateQmpEvents(spec = "qmp-events.txt")
 * package com.example.vm.events;
 *
 * @GenerateQmpEvents(schema = "schemas/qemu-7.2.json")
 * package com.example.vm.qemu;
 * }</pre>
 */
@Documented
// CLASS, not SOURCE: Gradle's incremental annotation processing reads the annotations of unchanged
// files from class files, and falls back to full recompiles for a SOURCE-retention annotation.
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface GenerateQmpEvents {

  /**
   * The spec text's file name or relative path, resolved as the processor's documentation
   * describes.
   */
  String spec() default "";

  /**
   * A schema capture's file name or relative path (the capture file the CLI's {@code schema}
   * command writes, or {@code query-qmp-schema}'s reply or its {@code return} array), resolved as
   * {@link #spec} is.
   */
  String schema() default "";
}
