package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.qmpgen.runtime.DecodeException;
import dev.qmpgen.runtime.EventRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An object of more than 64 listed members tracks them in a {@code long[]} rather than one {@code
 * long}: a repeat is refused in every word of it, and no member is taken for another.
 */
class WideObjectRepeatsTest {

  // Three words of bits; strings, since a long takes two of a constructor's 255 parameter slots.
  private static final int MEMBERS = 130;

  @TempDir Path dir;

  @Test
  void aRepeatedMemberOfAWideObjectIsRefusedInEveryWordOfItsBitSet() throws Exception {
    StringBuilder spec =
        new StringBuilder("  Test Events\n  ===========\n\nWIDE\n----\n\nData:\n\n");
    for (int i = 0; i < MEMBERS; i++) {
      spec.append("- \"m").append(i).append("\": member ").append(i).append(" (json-string)\n");
    }
    Compilation compilation = Compilations.writeAndCompile(dir, "wide.txt", spec.toString(), true);
    assertThat(compilation).succeeded();
    EventRegistry registry =
        new CompiledClasses(compilation, getClass().getClassLoader())
            .registry(Compilations.PACKAGE);

    StringBuilder data = new StringBuilder();
    for (int i = 0; i < MEMBERS; i++) {
      data.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":\"").append(i).append("\"");
    }
    // QEMU's order, so the data is decoded as it is read (not kept raw for later).
    String line =
        "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"WIDE\",\"data\":{"
            + data
            + "}}";
    assertEquals(line, registry.encode(registry.decode(line)));

    for (int repeated : new int[] {0, 63, 64, 65, 129}) {
      String twice = line.replace("}}", ",\"m" + repeated + "\":\"x\"}}");
      DecodeException error = assertThrows(DecodeException.class, () -> registry.decode(twice));
      assertEquals(DecodeException.Problem.MALFORMED_JSON, error.problem(), error::getMessage);
      assertTrue(
          error.getMessage().contains("the member \"data.m" + repeated + "\" appears twice"),
          error::getMessage);
    }
  }
}
