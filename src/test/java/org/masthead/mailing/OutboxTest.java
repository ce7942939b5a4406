package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/** With the app's own test mail server, what the app sends is on the Outbox, for administrators. */
@TestPropertySource(properties = "masthead.mail.embedded=true")
class OutboxTest extends ServiceTest {

    @Autowired
    Outbox outbox;
    @Autowired
    JavaMailSender mailer;

    @BeforeEach
    void emptyOutbox() {
        Desk.as("admin", Desk.roles(Role.ADMIN), outbox::clear);
    }

    @Test
    void a_mail_sent_through_the_apps_mail_sender_is_on_the_outbox_newest_first() {
        TestMails.sendEdition(mailer, "first@example.org", "Issue 1");
        TestMails.sendEdition(mailer, "second@example.org", "Issue 2");
        Desk.signIn("admin", Role.ADMIN);

        assertThat(outbox.listing()).isTrue();
        assertThat(outbox.newestFirst("")).extracting(ReceivedMail::to, ReceivedMail::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("second@example.org", "Issue 2"),
                        org.assertj.core.groups.Tuple.tuple("first@example.org", "Issue 1"));
        assertThat(outbox.whereMailGoes()).contains("the app's own test mail server").contains("newest 500");
    }

    @Test
    void the_search_finds_mail_by_part_of_the_recipients_address_whatever_its_case() {
        TestMails.sendEdition(mailer, "anna.novak@example.org", "Issue 1");
        TestMails.sendEdition(mailer, "ben@example.org", "Issue 1");
        Desk.signIn("admin", Role.ADMIN);

        assertThat(outbox.newestFirst(" NOVAK ")).extracting(ReceivedMail::to).containsExactly("anna.novak@example.org");
    }

    @Test
    void only_administrators_may_read_the_outbox() {
        TestMails.sendEdition(mailer, "reader@example.org", "Issue 1");
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> outbox.newestFirst("")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(outbox::clear).isInstanceOf(AccessDeniedException.class);
    }
}
