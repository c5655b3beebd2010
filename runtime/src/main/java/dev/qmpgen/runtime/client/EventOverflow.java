package dev.qmpgen.runtime.client;

/**
 * Notifications dropped because listeners fell behind and the event buffer was full. Reported to
 * listeners in place of what was dropped, so they see where the gap is.
 *
 * @param droppedEvents events not delivered to listeners (event waiters still saw them)
 * @param droppedNotices bad-line and unmatched-response notices not delivered
 * @param firstLineNumber the line of the first notification dropped
 * @param lastLineNumber the line of the last notification dropped
 */
public record EventOverflow(
    long droppedEvents, long droppedNotices, long firstLineNumber, long lastLineNumber) {}
