package org.masthead.mailing;

import java.time.Instant;

/**
 * One mail as the development mail server received it, for one recipient: what the Outbox shows.
 *
 * @param number             its place in arrival order, counted from the start of the app
 * @param listUnsubscribe    the {@code List-Unsubscribe} header, or null
 * @param listUnsubscribePost the {@code List-Unsubscribe-Post} header (RFC 8058 one-click), or null
 * @param html               the HTML part, or null when the mail has none
 * @param text               the plain-text part, or null when the mail has none
 */
public record ReceivedMail(long number, String to, String from, String subject, Instant receivedAt,
                           String listUnsubscribe, String listUnsubscribePost, String html, String text) {

    /** What it weighs in memory, roughly: its texts. */
    int size() {
        return length(to) + length(from) + length(subject) + length(listUnsubscribe) + length(listUnsubscribePost)
                + length(html) + length(text);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
