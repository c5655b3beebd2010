/**
 * A QMP client: {@link dev.qmpgen.runtime.client.QmpClient} connects to QEMU's monitor over a Unix
 * socket or TCP, negotiates capabilities, runs commands asynchronously and delivers events to
 * {@link dev.qmpgen.runtime.client.QmpListener}s, to filtered {@link
 * dev.qmpgen.runtime.client.Subscription}s, to pull-style {@link
 * dev.qmpgen.runtime.client.EventStream}s, and to waits that subscribe before the command is sent.
 * It logs through {@code System.Logger}.
 *
 * <pre>{@code
 * QmpClientOptions options = QmpClientOptions.defaults(Events.registry());
 * try (QmpClient qemu = QmpClient.connect(UnixDomainSocketAddress.of(path), options,
 *     QmpListener.ofEvents(myVisitor::visit));
 *     EventStream<Reset> resets = qemu.events(Reset.class, 16)) {
 *   qemu.subscribe(Stop.class, stop -> System.out.println("paused at " + stop.timestamp()));
 *   Stop stop = qemu.executeAndAwait("stop", Stop.class, Duration.ofSeconds(5)).get(6, TimeUnit.SECONDS);
 *   boolean running = qemu.execute("query-status").get(5, TimeUnit.SECONDS)
 *       .member("running").orElseThrow().asBoolean();
 *   Optional<Reset> reset = resets.poll(Duration.ofSeconds(1));
 * }
 * }</pre>
 */
package dev.qmpgen.runtime.client;
