package org.masthead.mailing;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * One SMTP connection of a sender, kept open from message to message and opened again when it is
 * lost or after a refusal (so every message starts on a clean session).
 */
final class SmtpConnection implements AutoCloseable {

    /** How long one read or write may hang before the connection counts as lost. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** How one message went. */
    sealed interface Result {
    }

    /** The server took it (250 after the dot). */
    record Accepted() implements Result {
    }

    /** The server answered with a refusal: 4xx is temporary, 5xx permanent. */
    record Refused(int code, String reply, boolean handedOver) implements Result {
        boolean permanent() {
            return code >= 500;
        }
    }

    /** No answer: the connection failed, before or after the hand-over. */
    record Lost(String why, boolean handedOver) implements Result {
    }

    /** No connection could be opened: nothing was tried for this message. */
    record Unreachable(String why) implements Result {
    }

    /** Another sender had the delivery; nothing went out. */
    record Withdrawn() implements Result {
    }

    private final SmtpEndpoint endpoint;
    private final Session session;
    private HandOverTransport transport;

    SmtpConnection(SmtpEndpoint endpoint) {
        this.endpoint = endpoint;
        this.session = Session.getInstance(properties(endpoint));
    }

    Result send(MimeMessage message, Address to, HandOverTransport.HandOver handOver) {
        HandOverTransport open;
        try {
            open = open();
        } catch (MessagingException e) {
            close();
            return new Unreachable("Could not connect to " + endpoint.describe() + ": " + describe(e));
        }
        try {
            open.send(message, new Address[] {to}, handOver);
            return new Accepted();
        } catch (MessagingException e) {
            boolean handedOver = open.handedOver();
            close();
            if (causedBy(e, HandOverTransport.Withdrawn.class)) {
                return new Withdrawn();
            }
            int code = replyCode(e);
            return code >= 400 ? new Refused(code, describe(e), handedOver) : new Lost(describe(e), handedOver);
        }
    }

    private HandOverTransport open() throws MessagingException {
        if (transport == null) {   // closed after every failure; isConnected() would cost a NOOP per message
            boolean ssl = "smtps".equalsIgnoreCase(endpoint.protocol());
            HandOverTransport fresh = new HandOverTransport(session,
                    new URLName(ssl ? "smtps" : "smtp", endpoint.host(), endpoint.port(), null, endpoint.username(),
                            endpoint.password()), ssl);
            fresh.connect(endpoint.host(), endpoint.port(), endpoint.username(), endpoint.password());
            transport = fresh;
        }
        return transport;
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyGone) {
                // Closing a broken connection: nothing to save.
            }
            transport = null;
        }
    }

    private static Properties properties(SmtpEndpoint endpoint) {
        Properties props = new Properties();
        String millis = String.valueOf(TIMEOUT.toMillis());
        for (String protocol : new String[] {"smtp", "smtps"}) {
            props.put("mail." + protocol + ".connectiontimeout", millis);
            props.put("mail." + protocol + ".timeout", millis);
            props.put("mail." + protocol + ".writetimeout", millis);
            props.put("mail." + protocol + ".auth", String.valueOf(endpoint.username() != null && !endpoint.username().isBlank()));
        }
        // Nagle off on plain SMTP (and STARTTLS, which upgrades the same socket): see NoDelaySockets.
        props.put("mail.smtp.socketFactory", new NoDelaySockets());
        props.putAll(endpoint.properties());
        return props;
    }

    private static int replyCode(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPSendFailedException f) {
                return f.getReturnCode();
            }
            if (t instanceof SMTPAddressFailedException f) {
                return f.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException f) {
                return f.getReturnCode();
            }
        }
        return -1;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException || t instanceof SMTPSenderFailedException) {
                return t.getMessage().strip();
            }
        }
        String message = e.getMessage();
        Throwable cause = next(e);
        return cause != null && cause.getMessage() != null ? message + " (" + cause.getMessage().strip() + ")" : message;
    }
}
