package org.masthead.mailing;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.apache.james.jdkim.DKIMSigner;
import org.apache.james.jdkim.exceptions.FailException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.util.CRLFOutputStream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * DKIM signatures (RFC 6376) on every outgoing mail, made by Apache James jDKIM: rsa-sha256,
 * relaxed/relaxed, over the headers that matter. The message is written once, as it will go on the
 * wire (CRLF), signed, and read back with the signature on top, so what the server receives is byte
 * for byte what was signed. Also the DNS record to publish and whether From and d= align (DMARC).
 */
@Component
class Dkim {

    /** Signed when the message has them (RFC 6376 §5.4.1; the MIME ones so the body cannot be re-labelled). */
    static final List<String> SIGNED_HEADERS = List.of("from", "to", "cc", "reply-to", "subject", "date", "message-id",
            "list-id", "list-unsubscribe", "list-unsubscribe-post", "feedback-id", "auto-submitted", "mime-version",
            "content-type", "content-transfer-encoding");

    private static final Session SESSION = Session.getInstance(new Properties());

    private final DkimKeys keys;
    private final DkimSettings settings;
    private final MailSettings mail;

    Dkim(DkimKeys keys, DkimSettings settings, MailSettings mail) {
        this.keys = keys;
        this.settings = settings;
        this.mail = mail;
    }

    /** The key is made on first start, so the record to publish is on the Outbox screen before the first mail. */
    @EventListener(ApplicationReadyEvent.class)
    void keyReady() {
        if (settings.enabled()) {
            keys.key();
        }
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** The signing domain: masthead.mail.dkim.domain, else the From's domain. */
    String domain() {
        return StringUtils.hasText(settings.domain()) ? settings.domain().strip().toLowerCase(Locale.ROOT)
                : domainOf(mail.from());
    }

    String selector() {
        return settings.selector();
    }

    /**
     * The message as it goes out: signed (when DKIM is on), with {@code envelopeFrom} as its SMTP
     * MAIL FROM when one is given. Nothing may change the message after this (its bytes are signed).
     */
    SMTPMessage seal(MimeMessage message, String envelopeFrom) throws MessagingException {
        byte[] wire = wireBytes(message);
        byte[] out = wire;
        if (settings.enabled()) {
            String signature = sign(message, wire);
            byte[] header = (fold(signature) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            out = new byte[header.length + wire.length];
            System.arraycopy(header, 0, out, 0, header.length);
            System.arraycopy(wire, 0, out, header.length, wire.length);
        }
        SMTPMessage sealed = new SMTPMessage(SESSION, new ByteArrayInputStream(out));
        if (envelopeFrom != null) {
            sealed.setEnvelopeFrom(envelopeFrom);
        }
        return sealed;
    }

    private String sign(MimeMessage message, byte[] wire) throws MessagingException {
        String template = "v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain() + "; s=" + selector()
                + "; h=" + String.join(":", headersPresent(message)) + "; bh=; b=;";
        try {
            return new DKIMSigner(template, keys.key().privateKey()).sign(new ByteArrayInputStream(wire));
        } catch (IOException | FailException e) {
            throw new MessagingException("The mail could not be signed (DKIM): " + e.getMessage(), e);
        }
    }

    private static List<String> headersPresent(MimeMessage message) throws MessagingException {
        Set<String> present = new java.util.HashSet<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            present.add(header.getName().toLowerCase(Locale.ROOT));
        }
        List<String> signed = new ArrayList<>();
        for (String name : SIGNED_HEADERS) {
            if (present.contains(name)) {
                signed.add(name);
            }
        }
        return signed;
    }

    /** The message as SMTP sends it: every line ending CRLF (dot-stuffing is the transport's, and undone by the server). */
    private static byte[] wireBytes(MimeMessage message) throws MessagingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (CRLFOutputStream crlf = new CRLFOutputStream(bytes)) {
            message.writeTo(crlf);
        } catch (IOException impossible) {
            throw new MessagingException("The mail could not be written", impossible);
        }
        return bytes.toByteArray();
    }

    /** jDKIM writes the header on one line; folded after each tag (relaxed canonicalisation unfolds it again). */
    private static String fold(String header) {
        return header.strip().replace("; ", ";\r\n\t");
    }

    /** The TXT record to publish: its name, and its value cut into DNS's strings of at most 255 characters. */
    record DnsRecord(String name, String value, List<String> strings) {
        /** As a zone file line. */
        String zoneLine() {
            return name + ". IN TXT ( \"" + String.join("\" \"", strings) + "\" )";
        }
    }

    DnsRecord dnsRecord() {
        String value = "v=DKIM1; k=rsa; p=" + keys.key().publicKey();
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < value.length(); i += 255) {
            strings.add(value.substring(i, Math.min(value.length(), i + 255)));
        }
        return new DnsRecord(selector() + "._domainkey." + domain(), value, List.copyOf(strings));
    }

    /** How the From's domain and the signing domain line up for DMARC. */
    enum Alignment {
        /** The same domain: aligned under strict and relaxed DMARC. */
        STRICT,
        /** One is a subdomain of the other: aligned under relaxed DMARC (the default), not strict. */
        RELAXED,
        /** Unrelated: DMARC does not count this signature for the From. */
        NONE
    }

    Alignment alignment() {
        String from = domainOf(mail.from());
        String signing = domain();
        if (from.equals(signing)) {
            return Alignment.STRICT;
        }
        return from.endsWith("." + signing) || signing.endsWith("." + from) ? Alignment.RELAXED : Alignment.NONE;
    }

    static String domainOf(String address) {
        try {
            String bare = new InternetAddress(address).getAddress();
            int at = bare.lastIndexOf('@');
            return at < 0 ? "" : bare.substring(at + 1).toLowerCase(Locale.ROOT);
        } catch (MessagingException unreadable) {
            return "";
        }
    }
}
