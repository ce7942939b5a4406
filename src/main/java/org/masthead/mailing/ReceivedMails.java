package org.masthead.mailing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The mails the development server received, newest first, bounded: the newest {@link #KEPT}, and
 * never more than {@link #MAX_CHARACTERS} of text in all, so a demo left running for weeks (or a
 * release to a big imported list) does not grow the heap. They live only as long as the app.
 */
class ReceivedMails {

    static final int KEPT = 500;
    /** About 64 MB of heap at worst: 500 mails of 64 KB each, which an edition stays well under. */
    static final long MAX_CHARACTERS = 32L * 1024 * 1024;

    private final Deque<ReceivedMail> newestFirst = new ArrayDeque<>();
    private final int kept;
    private final Clock clock;
    private long received;
    private long characters;

    ReceivedMails(int kept, Clock clock) {
        this.kept = kept;
        this.clock = clock;
    }

    /** Keeps the mail as the recipient {@code to} would read it, forgetting the oldest beyond the bounds. */
    synchronized void add(MimeMessage message, String to) throws MessagingException, IOException {
        Parts parts = new Parts();
        parts.collect(message);
        ReceivedMail mail = new ReceivedMail(++received, to, addresses(message), message.getSubject(), clock.instant(),
                header(message, "List-Unsubscribe"), header(message, "List-Unsubscribe-Post"), parts.html, parts.text);
        newestFirst.addFirst(mail);
        characters += mail.size();
        while (newestFirst.size() > kept || (characters > MAX_CHARACTERS && newestFirst.size() > 1)) {
            characters -= newestFirst.removeLast().size();
        }
    }

    synchronized List<ReceivedMail> newestFirst() {
        return List.copyOf(newestFirst);
    }

    /** Forgets them all; returns how many that was. */
    synchronized int clear() {
        int cleared = newestFirst.size();
        newestFirst.clear();
        characters = 0;
        return cleared;
    }

    int kept() {
        return kept;
    }

    private static String addresses(MimeMessage message) throws MessagingException {
        var from = message.getFrom();
        if (from == null) {
            return null;
        }
        List<String> shown = new ArrayList<>();
        for (var address : from) {
            shown.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
        }
        return String.join(", ", shown);
    }

    /** A header unfolded and decoded (RFC 2047), as a mail program shows it. */
    private static String header(MimeMessage message, String name) throws MessagingException {
        String raw = message.getHeader(name, ", ");
        if (raw == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw));
        } catch (java.io.UnsupportedEncodingException unknownCharset) {
            return raw;
        }
    }

    /** The first HTML and the first plain-text part, wherever the multipart nesting puts them; attachments aside. */
    private static final class Parts {

        private String html;
        private String text;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (part.isMimeType("text/html") && html == null) {
                html = part.getContent().toString();
            } else if (part.isMimeType("text/plain") && text == null) {
                text = part.getContent().toString();
            }
        }
    }
}
