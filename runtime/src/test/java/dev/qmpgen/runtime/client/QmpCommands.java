package dev.qmpgen.runtime.client;

import dev.qmpgen.runtime.RawJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs QMP commands for a live-QEMU test, their arguments written as JSON text the way QEMU's own
 * documentation shows them, and fails the test with QEMU's reason when QEMU refuses one.
 */
record QmpCommands(QmpClient client, Duration limit) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  RawJson run(String command) throws InterruptedException {
    return run(command, "{}");
  }

  /**
   * Runs {@code command} with the members of the JSON object {@code arguments}; waits up to the
   * limit.
   */
  RawJson run(String command, String arguments) throws InterruptedException {
    return await(send(command, arguments), command + " " + arguments);
  }

  /**
   * Sends {@code command} without waiting, for a command QEMU answers only once the test has done
   * its part.
   */
  CompletableFuture<RawJson> send(String command, String arguments) {
    Map<String, RawJson> members = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : JSON.readTree(arguments).properties()) {
      members.put(member.getKey(), RawJson.parse(member.getValue().toString()));
    }
    return client.execute(command, members, limit);
  }

  /** The reply to a command {@link #send sent} before, waiting up to the limit. */
  RawJson await(CompletableFuture<RawJson> reply, String what) throws InterruptedException {
    try {
      return reply.get(limit.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new AssertionError("QEMU did not run " + what + ": " + cause, cause);
    }
  }
}
