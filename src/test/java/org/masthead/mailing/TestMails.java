package org.masthead.mailing;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A mail shaped like an edition: HTML and plain text, with the one-click unsubscribe headers. */
public final class TestMails {

    private TestMails() {
    }

    public static void sendEdition(JavaMailSender sender, String to, String subject) {
        MimeMessage mail = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
            helper.setFrom("The Test Watch <news@example.org>");
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText("Plain words for " + to + ".", "<p>Rich <b>words</b> for " + to + ".</p>");
            mail.setHeader("List-Unsubscribe", "<https://example.org/archive/unsubscribe?t=1.abc>");
            mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        sender.send(mail);
    }
}
