package dev.qmpgen.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Java type of a value the schema describes and the spec text cannot (an element of an array of
 * anything, a choice of an alternate, a union), recursive where arrays nest. {@link ValueCodec}
 * reads and writes each.
 */
sealed interface ValueType {

  /** The type of a value, boxed: it may be a list element or a type argument. */
  TypeName javaType();

  /** A string, integer, unsigned integer, number, boolean, or any JSON kept raw. */
  record Scalar(Member.Kind kind) implements ValueType {
    @Override
    public TypeName javaType() {
      return switch (kind) {
        case STRING -> ClassName.get(String.class);
        case INT, UNSIGNED -> ClassName.get(Long.class);
        case NUMBER -> ClassName.get(BigDecimal.class);
        case BOOL -> ClassName.get(Boolean.class);
        default -> Types.RAW_JSON;
      };
    }
  }

  /** A string of a listed set; {@code member} describes the generated enum. */
  record Enumeration(Member member) implements ValueType {
    @Override
    public TypeName javaType() {
      return ParameterizedTypeName.get(Types.ENUMERATED, member.enumType());
    }
  }

  /**
   * A generated record, or the sealed interface of a union, read from an object by {@code T.read}.
   */
  record Record(ClassName type) implements ValueType {
    @Override
    public TypeName javaType() {
      return type;
    }
  }

  /** The sealed interface of an alternate, read from any token by {@code T.read}. */
  record Alternate(ClassName type) implements ValueType {
    @Override
    public TypeName javaType() {
      return type;
    }
  }

  /** An array of {@code element}s. */
  record ListOf(ValueType element) implements ValueType {
    @Override
    public TypeName javaType() {
      return ParameterizedTypeName.get(ClassName.get(List.class), element.javaType());
    }
  }
}
