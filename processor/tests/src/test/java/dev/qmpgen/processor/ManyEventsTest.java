package dev.qmpgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.qmpgen.runtime.EventRegistry;
import dev.qmpgen.runtime.QmpEvent;
import dev.qmpgen.runtime.drift.EventDescription;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec of more events than one method or one class file can hold codecs for: the catalog's codec
 * list compiles to about 34 bytes of code and 26 constant pool entries per event, past the JVM's 64
 * KB per method ("code too large") at about 1,950 events, and javac inferred the element type of
 * one {@code List.of} over every codec in time quadratic in their number. The spec compiles {@code
 * -Xlint:all -Werror} and its registry decodes the first and last events.
 */
class ManyEventsTest {

  private static final int EVENTS = 2_000;

  @TempDir Path dir;

  @Test
  void aSpecOfThousandsOfEventsCompilesAndItsRegistryDecodesTheFirstAndLast() throws Exception {
    Compilations.write(dir, "many-events.txt", spec(EVENTS));
    Compilation compilation = Compilations.compile(dir, "many-events.txt", false);
    assertThat(compilation).succeededWithoutWarnings();

    CompiledClasses loader = new CompiledClasses(compilation, getClass().getClassLoader());
    EventRegistry registry = loader.registry(Compilations.PACKAGE);
    for (int i : new int[] {1, EVENTS}) {
      QmpEvent event =
          registry.decode(
              "{\"event\":\""
                  + name(i)
                  + "\",\"timestamp\":{\"seconds\":"
                  + i
                  + ",\"microseconds\":2}}");
      assertEquals(name(i), event.eventName());
      assertEquals(
          Compilations.PACKAGE + ".Many" + String.format(Locale.ROOT, "%05d", i),
          event.getClass().getName());
      assertEquals(i, event.timestamp().seconds());
    }
    // The descriptions are split into nested classes too, and rejoined in spec order.
    List<?> descriptions =
        (List<?>)
            loader
                .loadClass(Compilations.PACKAGE + ".EventDescriptions")
                .getMethod("all")
                .invoke(null);
    assertEquals(EVENTS, descriptions.size());
    for (int i = 0; i < EVENTS; i++) {
      assertEquals(name(i + 1), ((EventDescription) descriptions.get(i)).name());
    }
  }

  private static String name(int i) {
    return String.format(Locale.ROOT, "MANY_%05d", i);
  }

  /** Events without data, the cheapest to compile: the catalog is what grows past the limits. */
  private static String spec(int events) {
    StringBuilder text = new StringBuilder("  Many Events\n  ===========\n\n");
    for (int i = 1; i <= events; i++) {
      text.append(name(i))
          .append('\n')
          .append("-".repeat(name(i).length()))
          .append("\n\n")
          .append("Emitted for condition ")
          .append(i)
          .append(".\n\n")
          .append("Data: None.\n\n");
    }
    return text.toString();
  }
}
