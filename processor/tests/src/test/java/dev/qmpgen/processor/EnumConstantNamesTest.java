package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.qmpgen.runtime.Enumerated;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listed value never takes a name the generated enum gives its own members: the value {@code
 * listed} is a constant of its own beside the enum's table of listed values.
 */
class EnumConstantNamesTest {

  @TempDir Path dir;

  @Test
  void aValueNamedListedIsAListedConstantBesideTheEnumsTableOfListedValues() throws Exception {
    Compilation compilation =
        Compilations.writeAndCompile(
            dir,
            "listed.txt",
            "  Test Events\n  ===========\n\nDISK_FULL\n---------\n\nData:\n\n"
                + "- \"mode\": how the value was chosen (json-string, \"listed\" or \"other\")\n",
            true);
    assertThat(compilation).succeeded();
    CompiledClasses loader = new CompiledClasses(compilation, getClass().getClassLoader());
    List<String> constants =
        Arrays.stream(loader.loadClass(Compilations.PACKAGE + ".DiskFull$Mode").getEnumConstants())
            .map(constant -> ((Enum<?>) constant).name())
            .toList();
    assertEquals(List.of("LISTED2", "OTHER"), constants);

    EventRegistry registry = loader.registry(Compilations.PACKAGE);
    String line =
        "{\"timestamp\":{\"seconds\":1,\"microseconds\":2},\"event\":\"DISK_FULL\","
            + "\"data\":{\"mode\":\"listed\"}}";
    QmpEvent event = registry.decode(line);
    Enumerated<?> mode = (Enumerated<?>) event.getClass().getMethod("mode").invoke(event);
    assertTrue(mode.known().isPresent(), "listed value decoded as unlisted: " + mode);
    assertEquals("listed", mode.wireName());
    assertEquals(line, registry.encode(event));
  }
}
