package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import javax.lang.model.element.Modifier;

/**
 * The start of a generated class that holds a spec's constants behind static methods ({@code
 * Events}, {@code EventDescriptions}): public, final, {@code @Generated}, documented with an
 * example of use, and a private constructor, as nothing outside makes one.
 */
final class HolderClass {

  private HolderClass() {}

  /**
   * The class {@code name}; its Javadoc is {@code summary}, whose {@code $L} names the spec, then
   * the lines of {@code example}.
   */
  static TypeSpec.Builder of(ClassName name, Bindings bindings, String summary, String... example) {
    CodeBlock.Builder javadoc =
        CodeBlock.builder()
            .add(summary, Javadocs.code(bindings.specFile()))
            .add("\n\n<pre>{@code\n");
    for (String line : example) {
      javadoc.add("$L\n", line);
    }
    return TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addAnnotation(GeneratedAnnotation.of(bindings.specFile()))
        .addJavadoc(javadoc.add("}</pre>\n").build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }
}
