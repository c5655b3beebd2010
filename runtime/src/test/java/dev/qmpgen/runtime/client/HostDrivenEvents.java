package dev.qmpgen.runtime.client;

import static dev.qmpgen.runtime.client.LiveQemuEventsTest.WAIT;
import static org.junit.jupiter.api.Assertions.fail;

import dev.qmpgen.runtime.RawJson;
import dev.qmpgen.testing.PausedQemu;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;

/**
 * The events QEMU sends for what the host does with block nodes, exports, network backends and
 * memory dumps, on a paused machine without a guest: block jobs over small qcow2 images made with
 * {@code qemu-img} (stream, active commit, mirror, backup held before finalizing, a ready mirror
 * paused, resumed and cancelled, a backup onto a target whose writes fail), a write threshold, a
 * qcow2 image whose L2 table points into its own L1 table, quorums that see a bad child and no
 * majority, an NBD export removed, a {@code stream} netdev a client connects to and leaves, a
 * persistent-reservation helper connecting, and a detached memory dump.
 */
final class HostDrivenEvents {

  private static final int MIB = 1024 * 1024;

  private HostDrivenEvents() {}

  /**
   * Skips the calling test, or fails it when {@code CI=true}, unless {@code qemu-img} is on the
   * PATH: Debian ships it in qemu-utils, which qemu-system-x86 only recommends.
   */
  static void requireQemuImg() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String entry : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(entry, "qemu-img"))) {
        return;
      }
    }
    String message =
        "qemu-img is not on the PATH; to run the live QEMU tests: apt-get install -y qemu-utils";
    if (PausedQemu.onCi()) {
      fail(message);
    }
    Assumptions.abort(message);
  }

  /** Runs the scenario in {@code dir}; returns every event line QEMU sent, in order. */
  static MonitorTap.Recording record(Path dir) throws Exception {
    Files.createDirectories(dir);
    makeImages(dir);
    try (QemuProcess qemu =
            QemuProcess.start(
                dir,
                "-accel",
                "tcg",
                "-m",
                "16M",
                "-qmp",
                "unix:" + dir.resolve("tap.sock") + ",server=on,wait=off");
        MonitorTap tap = MonitorTap.open(dir.resolve("tap.sock"));
        QmpClient client = qemu.connect(LiveQemuEventsTest.OPTIONS)) {
      QmpCommands qmp = new QmpCommands(client, WAIT);
      blockJobs(qmp, tap, dir);
      nodeEvents(qmp, tap, dir);
      exportsNetworkAndDump(qmp, tap, dir);
      qmp.run("quit");
      tap.awaitEnd(WAIT);
      return tap.recording();
    }
  }

  /**
   * Two backing chains with data in their base, empty targets, a qcow2 image to corrupt, and quorum
   * children.
   */
  private static void makeImages(Path dir) throws IOException, InterruptedException {
    Path data = fill(dir.resolve("data.raw"), 0x2A);
    backingChain(data, dir.resolve("base.qcow2"), dir.resolve("top.qcow2"));
    backingChain(data, dir.resolve("commit-base.qcow2"), dir.resolve("commit-top.qcow2"));
    for (String target : List.of("mirror", "backup", "idle")) {
      qemuImg("create", "-q", "-f", "qcow2", dir.resolve(target + ".qcow2").toString(), "1M");
    }
    pointFirstL2EntryAtL1Table(qcow2Of(data, dir.resolve("corrupt.qcow2")));
    fill(dir.resolve("ones.raw"), 1);
    fill(dir.resolve("twos.raw"), 2);
  }

  /** {@code base}, a qcow2 copy of {@code data}, under an empty qcow2 overlay {@code top}. */
  private static void backingChain(Path data, Path base, Path top)
      throws IOException, InterruptedException {
    qcow2Of(data, base);
    qemuImg("create", "-q", "-f", "qcow2", "-b", base.toString(), "-F", "qcow2", top.toString());
  }

  private static Path qcow2Of(Path raw, Path image) throws IOException, InterruptedException {
    qemuImg("convert", "-q", "-f", "raw", "-O", "qcow2", raw.toString(), image.toString());
    return image;
  }

  private static void blockJobs(QmpCommands qmp, MonitorTap tap, Path dir)
      throws InterruptedException {
    streamAndCommit(qmp, tap, dir);
    mirrorAndBackUp(qmp, tap, dir);
    pausedAndFailingJobs(qmp, tap, dir);
  }

  /** A stream pulls the base into the top; an active commit becomes ready and is completed. */
  private static void streamAndCommit(QmpCommands qmp, MonitorTap tap, Path dir)
      throws InterruptedException {
    qmp.run("blockdev-add", qcow2("base", dir, "base.qcow2"));
    qmp.run("blockdev-add", qcow2("top", dir, "top.qcow2", "base"));
    qmp.run("block-stream", "{\"job-id\": \"stream\", \"device\": \"top\"}");
    awaitGone(tap, "stream");

    qmp.run("blockdev-add", qcow2("commit-base", dir, "commit-base.qcow2"));
    qmp.run("blockdev-add", qcow2("commit-top", dir, "commit-top.qcow2", "commit-base"));
    qmp.run("block-commit", "{\"job-id\": \"commit\", \"device\": \"commit-top\"}");
    awaitDevice(tap, "BLOCK_JOB_READY", "commit");
    qmp.run("block-job-complete", "{\"device\": \"commit\"}");
    awaitGone(tap, "commit");
  }

  /** A mirror becomes ready and is cancelled; a backup waits for job-finalize. */
  private static void mirrorAndBackUp(QmpCommands qmp, MonitorTap tap, Path dir)
      throws InterruptedException {
    mirrorUntilReady(qmp, tap, dir, "mirror");
    qmp.run(
        "block-job-cancel",
        "{\"device\": \"mirror\"}"); // once ready, cancelling completes without pivoting
    awaitGone(tap, "mirror");

    qmp.run("blockdev-add", qcow2("backup", dir, "backup.qcow2"));
    qmp.run(
        "blockdev-backup",
        "{\"job-id\": \"backup\", \"device\": \"top\", \"target\": \"backup\", "
            + "\"sync\": \"full\", \"auto-finalize\": false}");
    tap.await("BLOCK_JOB_PENDING", data -> data.path("id").asString().equals("backup"), WAIT);
    qmp.run("job-finalize", "{\"id\": \"backup\"}");
    awaitGone(tap, "backup");
  }

  /**
   * A second mirror, which stays ready until told otherwise, is paused (standby), resumed and
   * abandoned by a forced cancel; a backup onto a failing target reports the error. (A throttled
   * job is no substitute: block-copy may move the whole small image in its first chunk.)
   */
  private static void pausedAndFailingJobs(QmpCommands qmp, MonitorTap tap, Path dir)
      throws InterruptedException {
    mirrorUntilReady(qmp, tap, dir, "idle");
    qmp.run("block-job-pause", "{\"device\": \"idle\"}");
    tap.await("JOB_STATUS_CHANGE", data -> status(data, "idle", "standby"), WAIT);
    qmp.run("block-job-resume", "{\"device\": \"idle\"}");
    tap.awaitNth("JOB_STATUS_CHANGE", data -> status(data, "idle", "ready"), 2, WAIT);
    qmp.run("block-job-cancel", "{\"device\": \"idle\", \"force\": true}");
    awaitDevice(tap, "BLOCK_JOB_CANCELLED", "idle");
    awaitGone(tap, "idle");

    qmp.run(
        "blockdev-add",
        """
        {"driver": "blkdebug", "node-name": "failing", "inject-error": [{"event": "pwritev", "errno": 5}],
         "image": {"driver": "null-co", "size": 1048576}}""");
    qmp.run(
        "blockdev-backup",
        "{\"job-id\": \"broken\", \"device\": \"top\", \"target\": \"failing\", "
            + "\"sync\": \"full\", \"on-target-error\": \"report\"}");
    awaitDevice(tap, "BLOCK_JOB_ERROR", "broken");
    awaitGone(tap, "broken");
  }

  private static void nodeEvents(QmpCommands qmp, MonitorTap tap, Path dir) throws Exception {
    qmp.run("block-set-write-threshold", "{\"node-name\": \"top\", \"write-threshold\": 4096}");
    qemuIo(qmp, "top", "write 0 64k");
    tap.await("BLOCK_WRITE_THRESHOLD", WAIT);

    qmp.run("blockdev-add", qcow2("corrupt", dir, "corrupt.qcow2"));
    qemuIo(qmp, "corrupt", "write 0 512");
    tap.await("BLOCK_IMAGE_CORRUPTED", data -> data.path("fatal").asBoolean(), WAIT);

    String zeros = "{\"driver\": \"null-co\", \"size\": 1048576, \"read-zeroes\": true}";
    String ones = raw(dir, "ones.raw");
    String twos = raw(dir, "twos.raw");
    // Two of three agree on zeros: the third child is reported. All three differ: no quorum at all.
    qmp.run("blockdev-add", quorum("outvoted", zeros, zeros, ones));
    qemuIo(qmp, "outvoted", "read 0 512");
    tap.await("QUORUM_REPORT_BAD", WAIT);
    qmp.run("blockdev-add", quorum("split", zeros, ones, twos));
    qemuIo(qmp, "split", "read 0 512");
    tap.await("QUORUM_FAILURE", WAIT);
  }

  private static void exportsNetworkAndDump(QmpCommands qmp, MonitorTap tap, Path dir)
      throws Exception {
    qmp.run(
        "nbd-server-start",
        "{\"addr\": {\"type\": \"unix\", \"data\": {\"path\": \""
            + dir.resolve("nbd.sock")
            + "\"}}}");
    qmp.run("block-export-add", "{\"type\": \"nbd\", \"id\": \"export\", \"node-name\": \"base\"}");
    qmp.run("block-export-del", "{\"id\": \"export\"}");
    tap.await("BLOCK_EXPORT_DELETED", WAIT);

    Path network = dir.resolve("net.sock");
    qmp.run(
        "netdev_add",
        "{\"type\": \"stream\", \"id\": \"stream\", \"server\": true, "
            + "\"addr\": {\"type\": \"unix\", \"path\": \""
            + network
            + "\"}}");
    // QEMU listens on a stream netdev's socket a moment after netdev_add returns.
    SocketChannel peer = MonitorTap.connectWhenListening(network);
    try {
      tap.await("NETDEV_STREAM_CONNECTED", WAIT);
    } finally {
      peer.close();
    }
    tap.await("NETDEV_STREAM_DISCONNECTED", WAIT);

    connectPersistentReservationHelper(qmp, tap, dir.resolve("pr-helper.sock"));

    qmp.run(
        "dump-guest-memory",
        "{\"paging\": false, \"protocol\": \"file:"
            + dir.resolve("memory.dump")
            + "\", "
            + "\"detach\": true}");
    tap.await("DUMP_COMPLETED", WAIT);
  }

  /**
   * Plays qemu-pr-helper's side of the handshake (the magic "QEMU" and 4 bytes of flags) for a
   * {@code pr-manager-helper} object, which connects while object-add runs.
   */
  private static void connectPersistentReservationHelper(
      QmpCommands qmp, MonitorTap tap, Path socket) throws IOException, InterruptedException {
    try (ServerSocketChannel helper = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = Selector.open()) {
      helper.bind(UnixDomainSocketAddress.of(socket));
      helper.configureBlocking(false).register(selector, SelectionKey.OP_ACCEPT);
      CompletableFuture<RawJson> added =
          qmp.send(
              "object-add",
              "{\"qom-type\": \"pr-manager-helper\", \"id\": \"pr-helper\", \"path\": \""
                  + socket
                  + "\"}");
      if (selector.select(WAIT.toMillis()) == 0) {
        throw new AssertionError("the pr-manager-helper did not connect within " + WAIT);
      }
      try (SocketChannel qemu = helper.accept()) {
        qemu.write(ByteBuffer.wrap(new byte[] {'Q', 'E', 'M', 'U', 0, 0, 0, 0}));
        qmp.await(added, "object-add pr-manager-helper");
      }
    }
    tap.await("PR_MANAGER_STATUS_CHANGED", data -> data.path("connected").asBoolean(), WAIT);
  }

  /**
   * Adds an empty qcow2 target named {@code job}, mirrors the node "top" onto it as job {@code
   * job}, and waits until the mirror is ready (in sync, waiting to be completed or cancelled).
   */
  private static void mirrorUntilReady(QmpCommands qmp, MonitorTap tap, Path dir, String job)
      throws InterruptedException {
    qmp.run("blockdev-add", qcow2(job, dir, job + ".qcow2"));
    qmp.run(
        "blockdev-mirror",
        "{\"job-id\": \""
            + job
            + "\", \"device\": \"top\", \"target\": \""
            + job
            + "\", \"sync\": \"full\"}");
    awaitDevice(tap, "BLOCK_JOB_READY", job);
  }

  /** Waits for {@code event} about the block job or device {@code device}. */
  private static void awaitDevice(MonitorTap tap, String event, String device)
      throws InterruptedException {
    tap.await(event, data -> data.path("device").asString().equals(device), WAIT);
  }

  /** Runs a qemu-io command on a node through the human monitor. */
  private static void qemuIo(QmpCommands qmp, String node, String command)
      throws InterruptedException {
    qmp.run(
        "human-monitor-command",
        "{\"command-line\": \"qemu-io " + node + " \\\"" + command + "\\\"\"}");
  }

  /** A quorum node whose reads need two of its children to agree. */
  private static String quorum(String node, String... children) {
    return "{\"driver\": \"quorum\", \"node-name\": \""
        + node
        + "\", \"vote-threshold\": 2, \"children\": ["
        + String.join(", ", children)
        + "]}";
  }

  /** A job is gone once it reaches status "null" (auto-dismissed). */
  private static void awaitGone(MonitorTap tap, String job) throws InterruptedException {
    tap.await("JOB_STATUS_CHANGE", data -> status(data, job, "null"), WAIT);
  }

  private static boolean status(JsonNode data, String job, String status) {
    return data.path("id").asString().equals(job) && data.path("status").asString().equals(status);
  }

  private static String qcow2(String node, Path dir, String file) {
    return "{\"driver\": \"qcow2\", \"node-name\": \""
        + node
        + "\", \"file\": {\"driver\": \"file\", \"filename\": \""
        + dir.resolve(file)
        + "\"}}";
  }

  /** A qcow2 node whose backing is the node named {@code backing}. */
  private static String qcow2(String node, Path dir, String file, String backing) {
    return qcow2(node, dir, file).replaceFirst("}$", ", \"backing\": \"" + backing + "\"}");
  }

  private static String raw(Path dir, String file) {
    return "{\"driver\": \"raw\", \"file\": {\"driver\": \"file\", \"filename\": \""
        + dir.resolve(file)
        + "\"}}";
  }

  private static Path fill(Path file, int value) throws IOException {
    byte[] bytes = new byte[MIB];
    Arrays.fill(bytes, (byte) value);
    return Files.write(file, bytes);
  }

  /**
   * Makes the image's first data cluster overlap its active L1 table: QEMU's overlap check then
   * refuses the next write there and marks the image corrupt (header: l1_table_offset at byte 40).
   */
  private static void pointFirstL2EntryAtL1Table(Path image) throws IOException {
    try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
      file.seek(40);
      long l1Table = file.readLong();
      file.seek(l1Table);
      long l2Table = file.readLong() & 0x00FF_FFFF_FFFF_FE00L;
      file.seek(l2Table);
      file.writeLong(0x8000_0000_0000_0000L | l1Table); // QCOW_OFLAG_COPIED: allocated, refcount 1
    }
  }

  private static void qemuImg(String... args) throws IOException, InterruptedException {
    String[] command = new String[args.length + 1];
    command[0] = "qemu-img";
    System.arraycopy(args, 0, command, 1, args.length);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError(
            String.join(" ", command)
                + " failed:\n"
                + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      }
    } finally {
      process.destroyForcibly();
    }
  }
}
