package dev.qmpgen.benchmarks;

import dev.qmpgen.benchmarks.corpus.QemuTraffic;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * What refusing repeated member names costs: the bundled registry decoding each line of the QEMU
 * 7.2 traffic mix through a parser per line, as {@code QmpStreamReader} does, once as this build
 * has it (every reader refuses a repeat as it reads) and once as built from {@code baselineJar},
 * the {@code qmpgen-runtime} jar of a commit that had no detection at all, side by side in one run.
 *
 * <p>The baseline's {@code dev.qmpgen} classes load through a class loader of their own
 * (jackson-core is shared); both registries are called the same way, through a method handle, so
 * the only difference measured is the code each decodes with.
 */
@State(Scope.Benchmark)
public class DuplicateDetectionBenchmark extends EventsPerSecond {

  /** The baseline's runtime jar (or classes directory); BENCHMARKS.md says which commit. */
  @Param("")
  public String baselineJar;

  private byte[][] lines;
  private JsonFactory factory;
  private MethodHandle ours;
  private MethodHandle baseline;

  @Setup
  public void load() throws ReflectiveOperationException, MalformedURLException {
    if (baselineJar.isEmpty()) {
      throw new IllegalArgumentException(
          "give -p baselineJar=PATH, the qmpgen-runtime jar of a build without"
              + " duplicate detection (BENCHMARKS.md)");
    }
    lines = QemuTraffic.lines();
    factory = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build();
    ours = decoder(DuplicateDetectionBenchmark.class.getClassLoader());
    baseline = decoder(new OwnClassesFirst(Path.of(baselineJar).toUri().toURL()));
  }

  /** The baseline: no check at all, the last of repeated members silently wins. */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void withoutDuplicateDetection(Blackhole sink) throws Throwable {
    decodeAll(baseline, sink);
  }

  /**
   * This build, as the stream reader and every decode entry point use it: a repeat fails the line.
   */
  @Benchmark
  @OperationsPerInvocation(QemuTraffic.SIZE)
  public void withDuplicateDetection(Blackhole sink) throws Throwable {
    decodeAll(ours, sink);
  }

  private void decodeAll(MethodHandle decode, Blackhole sink) throws Throwable {
    for (byte[] line : lines) {
      try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
        sink.consume((Object) decode.invokeExact(parser));
      }
    }
  }

  /** {@code Events.registry()::decode(JsonParser)} of the registry the loader's classes make. */
  private static MethodHandle decoder(ClassLoader loader) throws ReflectiveOperationException {
    Object registry =
        Class.forName("dev.qmpgen.events.Events", true, loader).getMethod("registry").invoke(null);
    return MethodHandles.publicLookup()
        .unreflect(registry.getClass().getMethod("decode", JsonParser.class))
        .bindTo(registry)
        .asType(MethodType.methodType(Object.class, JsonParser.class));
  }

  /**
   * Loads {@code dev.qmpgen} classes from its own location before its parent's; all else from the
   * parent.
   */
  private static final class OwnClassesFirst extends URLClassLoader {

    OwnClassesFirst(URL location) {
      super(new URL[] {location}, DuplicateDetectionBenchmark.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("dev.qmpgen.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          loaded = findClass(name);
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
