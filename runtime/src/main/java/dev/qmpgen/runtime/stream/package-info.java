/**
 * Reading a QMP byte stream: {@link dev.qmpgen.runtime.stream.QmpStreamReader} turns
 * newline-delimited JSON into {@link dev.qmpgen.runtime.stream.QmpMessage}s (greeting, responses,
 * events decoded through an {@code EventRegistry}), and reports every line it cannot use as a
 * {@link dev.qmpgen.runtime.stream.QmpBadLine} with its line number, going on with the next line.
 * What a peer may send is bounded by {@link dev.qmpgen.runtime.stream.QmpLimits}.
 *
 * <pre>{@code
 * QmpStreamReader reader = new QmpStreamReader(channel, Events.registry());
 * for (Optional<QmpMessage> m = reader.next(); m.isPresent(); m = reader.next()) {
 *   switch (m.get()) { ... }   // Java 21; or instanceof on Java 17
 * }
 * }</pre>
 */
package dev.qmpgen.runtime.stream;
