package dev.qmpgen.runtime;

/**
 * The heap in use, for tests that bound what a structure holds: measured after garbage collection,
 * the least of three tries, so that garbage not yet collected does not count.
 */
public final class HeapUse {

  private HeapUse() {}

  /** The bytes in use after collecting garbage. */
  public static long afterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
