package org.masthead.mailing;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import org.eclipse.angus.mail.smtp.SMTPOutputStream;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP client with one change: between the last byte of a message and the final
 * "CRLF.CRLF" that makes the server accept it, it asks {@link HandOver} whether to finish. The
 * sender commits the delivery as SENT there. A crash before that commit leaves the server with
 * an unfinished message, which it throws away, and the row queued, so the message goes again; a
 * crash after it is a few bytes from the dot. When the answer is no (another sender has the row),
 * the connection is dropped without the dot and the server discards what it got.
 */
class HandOverTransport extends SMTPTransport {

    /** Asked once per message, just before the final dot. */
    interface HandOver {
        boolean finish();
    }

    /** What the transport does when the hand-over says no: it drops the connection, so the message is never accepted. */
    static final class Withdrawn extends IOException {
        Withdrawn() {
            super("Another sender has this delivery; this copy was withdrawn before the end of its data.");
        }
    }

    private static final Field SERVER_OUTPUT = serverOutputField();

    private HandOver handOver;
    private OutputStream data;
    private boolean handedOver;

    HandOverTransport(Session session, URLName url, boolean ssl) {
        super(session, url, ssl ? "smtps" : "smtp", ssl);
    }

    /** Sends the message; {@code handOver} decides, before the dot, whether it is finished. */
    synchronized void send(Message message, Address[] to, HandOver handOver) throws MessagingException {
        this.handOver = handOver;
        this.handedOver = false;
        try {
            sendMessage(message, to);
        } finally {
            this.handOver = null;
            this.data = null;
        }
    }

    /** Whether the last {@link #send} got as far as handing the message over (the dot was on its way). */
    synchronized boolean handedOver() {
        return handedOver;
    }

    @Override
    protected OutputStream data() throws MessagingException {
        data = super.data();
        return data;
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        if (handOver != null) {
            if (data instanceof SMTPOutputStream smtp) {
                smtp.ensureAtBOL();
            }
            flushToServer();
            if (!handOver.finish()) {
                throw new Withdrawn();
            }
            handedOver = true;
        }
        super.finishData();
    }

    /**
     * Puts everything but the dot on the wire before the commit, so a broken connection shows up
     * while the row is still queued. The stream is private to Angus; without it (another version)
     * the buffered bytes go with the dot, which changes nothing about once-only.
     */
    private void flushToServer() throws IOException {
        if (SERVER_OUTPUT == null) {
            return;
        }
        try {
            Object out = SERVER_OUTPUT.get(this);
            if (out instanceof OutputStream stream) {
                stream.flush();
            }
        } catch (IllegalAccessException unreachable) {
            // Made accessible below; if it is not, the bytes go with the dot.
        }
    }

    private static Field serverOutputField() {
        try {
            Field field = SMTPTransport.class.getDeclaredField("serverOutput");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            return null;
        }
    }
}
