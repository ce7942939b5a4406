package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.masthead.TestClock;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The Outbox's memory: what a reader would see of each mail, and never more than its bounds. */
class ReceivedMailsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T08:00:00Z"));

    @Test
    void keeps_only_the_newest_mails_newest_first() throws Exception {
        ReceivedMails mails = new ReceivedMails(3, clock);

        for (int i = 1; i <= 5; i++) {
            mails.add(mail("Issue " + i, "<p>html</p>", "text"), "reader@example.org");
        }

        assertThat(mails.newestFirst()).extracting(ReceivedMail::subject).containsExactly("Issue 5", "Issue 4", "Issue 3");
        assertThat(mails.newestFirst()).extracting(ReceivedMail::number).containsExactly(5L, 4L, 3L);
    }

    @Test
    void keeps_no_more_text_than_its_budget_however_few_the_mails() throws Exception {
        ReceivedMails mails = new ReceivedMails(ReceivedMails.KEPT, clock);
        String big = "x".repeat((int) (ReceivedMails.MAX_CHARACTERS / 3));

        for (int i = 1; i <= 5; i++) {
            mails.add(mail("Big " + i, "<p>" + big + "</p>", null), "reader@example.org");
        }

        assertThat(mails.newestFirst()).extracting(ReceivedMail::subject).containsExactly("Big 5", "Big 4");
    }

    @Test
    void reads_the_html_and_text_parts_and_the_unsubscribe_headers_of_a_multipart_mail() throws Exception {
        ReceivedMails mails = new ReceivedMails(ReceivedMails.KEPT, clock);
        MimeMessage message = mail("Issue 7 · Žluťoučký kůň", "<p>Hello <b>reader</b></p>", "Hello reader");
        message.setHeader("List-Unsubscribe", "<https://example.org/archive/unsubscribe?t=7.abc>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.saveChanges();

        mails.add(message, "reader@example.org");

        ReceivedMail kept = mails.newestFirst().get(0);
        assertThat(kept.to()).isEqualTo("reader@example.org");
        assertThat(kept.from()).isEqualTo("The Test Watch <news@example.org>");
        assertThat(kept.subject()).isEqualTo("Issue 7 · Žluťoučký kůň");
        assertThat(kept.receivedAt()).isEqualTo(clock.instant());
        assertThat(kept.html()).isEqualTo("<p>Hello <b>reader</b></p>");
        assertThat(kept.text()).isEqualTo("Hello reader");
        assertThat(kept.listUnsubscribe()).isEqualTo("<https://example.org/archive/unsubscribe?t=7.abc>");
        assertThat(kept.listUnsubscribePost()).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void clearing_forgets_every_mail_and_says_how_many() throws Exception {
        ReceivedMails mails = new ReceivedMails(ReceivedMails.KEPT, clock);
        mails.add(mail("One", null, "text"), "a@example.org");
        mails.add(mail("Two", null, "text"), "b@example.org");

        assertThat(mails.clear()).isEqualTo(2);
        assertThat(mails.newestFirst()).isEmpty();
    }

    private static MimeMessage mail(String subject, String html, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        MimeMessageHelper helper = new MimeMessageHelper(message, html != null && text != null, "UTF-8");
        helper.setFrom("The Test Watch <news@example.org>");
        helper.setTo("reader@example.org");
        helper.setSubject(subject);
        if (html != null && text != null) {
            helper.setText(text, html);
        } else if (html != null) {
            helper.setText(html, true);
        } else {
            helper.setText(text);
        }
        message.saveChanges();
        return message;
    }
}
