package org.masthead.mailing;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Builds one subscriber's copy of an email edition: multipart/alternative with the stored plain
 * text and the stored HTML, each with the subscriber's own unsubscribe link (RFC 8058 headers too),
 * and a Message-ID that names the delivery, the same on every try. Every mail leaves signed (Dkim),
 * with an envelope sender of its own (Verp) so a bounce that comes back later names it.
 */
@Component
class Letters {

    private static final Session SESSION = Session.getInstance(new Properties());

    private final MailSettings settings;
    private final Dkim dkim;
    private final Verp verp;
    private final Clock clock;
    private final String messageIdHost;

    Letters(MailSettings settings, Dkim dkim, Verp verp, Clock clock) {
        this.settings = settings;
        this.dkim = dkim;
        this.verp = verp;
        this.clock = clock;
        this.messageIdHost = hostOf(settings.from());
    }

    /** The copy of one delivery. */
    MimeMessage forDelivery(EditionMail.Content content, long mailingId, long deliveryId, String address, String name,
                            String unsubscribeUrl) throws MessagingException {
        MimeMessage message = build(content.subject(), content, address, name, unsubscribeUrl,
                "<delivery-" + deliveryId + "." + mailingId + "@" + messageIdHost + ">");
        message.setHeader("Feedback-ID", mailingId + ":edition:masthead:" + messageIdHost);
        message.saveChanges();
        return dkim.seal(message, verp.forDelivery(deliveryId));
    }

    /** The test send: the preview, to the publisher, marked as a test. */
    MimeMessage test(EditionMail.Content content, String address, String placeholderUnsubscribeUrl) throws MessagingException {
        return dkim.seal(build("[Test] " + content.subject(), content, address, null, placeholderUnsubscribeUrl, null), verp.plain());
    }

    /** A notification mail ("your turn"): plain text, with a Message-ID that names its row, the same on every try. */
    MimeMessage notification(long id, String address, String subject, String body) throws MessagingException {
        MimeMessage message = new FixedIdMessage(SESSION, "<notification-" + id + "@" + messageIdHost + ">");
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Feedback-ID", "turn:notification:masthead:" + messageIdHost);
        message.saveChanges();
        return dkim.seal(message, verp.forNotification(id));
    }

    private MimeMessage build(String subject, EditionMail.Content content, String address, String name, String unsubscribeUrl,
                              String messageId) throws MessagingException {
        MimeMessage message = messageId == null ? new MimeMessage(SESSION) : new FixedIdMessage(SESSION, messageId);
        message.setFrom(new InternetAddress(settings.from()));
        if (StringUtils.hasText(settings.replyTo())) {
            message.setReplyTo(InternetAddress.parse(settings.replyTo()));
        }
        message.setRecipient(MimeMessage.RecipientType.TO, recipient(address, name));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("List-Id", listId());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(UnsubscribeFooter.appendText(content.text(), unsubscribeUrl), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(UnsubscribeFooter.spliceHtml(content.html(), unsubscribeUrl), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** RFC 2919: the list's name and a dotted id under the From's domain, the same on every mail. */
    private String listId() {
        String local = "newsletter";
        try {
            InternetAddress from = new InternetAddress(settings.from());
            String address = from.getAddress();
            local = address.substring(0, Math.max(0, address.indexOf('@'))).replaceAll("[^A-Za-z0-9-]", "-");
            String name = from.getPersonal();
            String id = "<" + (local.isEmpty() ? "newsletter" : local) + "." + messageIdHost + ">";
            boolean plainName = name != null && !name.isBlank() && name.chars().allMatch(c -> c < 128);
            return plainName ? "\"" + name.replaceAll("[\"\\\\\\p{Cntrl}]", "") + "\" " + id : id;
        } catch (MessagingException unreadable) {
            return "<" + local + "." + messageIdHost + ">";
        }
    }

    private static InternetAddress recipient(String address, String name) throws MessagingException {
        if (!StringUtils.hasText(name)) {
            return new InternetAddress(address, true);
        }
        try {
            return new InternetAddress(address, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException("UTF-8 is always there", impossible);
        }
    }

    private static String hostOf(String from) {
        try {
            String address = new InternetAddress(from).getAddress();
            int at = address.lastIndexOf('@');
            return at < 0 || at == address.length() - 1 ? "masthead" : address.substring(at + 1);
        } catch (MessagingException unreadable) {
            return "masthead";
        }
    }

    /** A message whose Message-ID is the delivery's, not a random one made on saveChanges. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
