package dev.qmpgen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks the qmpgen annotation processor to generate event types, a codec catalog and a visitor from
 * a {@code qmp-events.txt} spec text into the annotated package.
 *
 * <pre>{@code
 * @GenerateQmpEvents(spec = "qmp-events.txt")
 * package com.example.vm.events;
 * }</pre>
 */
@Documented
// CLASS, not SOURCE: Gradle's incremental annotation processing reads the annotations of unchanged
// files from class files, and falls back to full recompiles for a SOURCE-retention annotation.
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface GenerateQmpEvents {

  /** The spec text's file name or relative path, resolved as the processor's documentation describes. */
  String spec();
}
