/**
 * A QMP client: {@link dev.qmpgen.runtime.client.QmpClient} connects to QEMU's monitor over a Unix
 * socket or TCP, negotiates capabilities, runs commands asynchronously and delivers events to
 * {@link dev.qmpgen.runtime.client.QmpListener}s and to waits that subscribe before the command is
 * sent.
 *
 * <pre>{@code
 * QmpClientOptions options = QmpClientOptions.defaults(Events.registry());
 * try (QmpClient qemu = QmpClient.connect(UnixDomainSocketAddress.of(path), options,
 *     QmpListener.ofEvents(myVisitor::visit))) {
 *   Stop stop = qemu.executeAndAwait("stop", Map.of(), Stop.class, Duration.ofSeconds(5))
 *       .get(6, TimeUnit.SECONDS);
 *   RawJson status = qemu.execute("query-status").get(5, TimeUnit.SECONDS);
 * }
 * }</pre>
 */
package dev.qmpgen.runtime.client;
