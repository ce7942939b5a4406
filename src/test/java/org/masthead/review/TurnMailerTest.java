package org.masthead.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.mailing.NotificationOutboxRun;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.masthead.user.OwnAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The same "your turn" messages, by email, for those who switched it on. */
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925",
        "masthead.mail.from=desk@masthead.test", "masthead.public-url=https://desk.example.org"})
class TurnMailerTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    SectionWorkflow workflow;
    @Autowired
    OwnAccount own;
    @Autowired
    org.masthead.publishing.Schedules schedules;
    @Autowired
    org.springframework.context.ApplicationContext app;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    /** The outbox's task, as the scheduler runs it, off the acting person's thread. */
    private void theOutboxSends() {
        NotificationOutboxRun.sendDue(app);
    }

    @Test
    void a_writer_who_switched_email_on_gets_the_return_by_mail_and_nobody_else_gets_anything() throws Exception {
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> own.setMyEmailNotifications("wendy@example.org", true));
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);   // erin and eddie are told in-app only
        theOutboxSends();
        smtp.purgeEmailFromAllMailboxes();                    // wendy's mail about her assignment
        Desk.signIn("erin", Role.EDITOR);

        workflow.returnToWriter(id, "Add the date, please.");
        assertThat(smtp.getReceivedMessages()).as("nothing is sent on the thread of the person acting").isEmpty();
        theOutboxSends();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(Arrays.stream(mails[0].getAllRecipients()).map(Object::toString)).containsExactly("wendy@example.org");
        assertThat(mails[0].getSubject()).contains("returned");
        assertThat(mails[0].getContent().toString()).contains("Add the date, please.")
                .contains("https://desk.example.org/sections/" + id);
    }

    @Test
    void the_toast_says_by_email_too_exactly_for_those_mailed() throws Exception {
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> own.setMyEmailNotifications("wendy@example.org", true));
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> own.setMyEmailNotifications("erin@example.org", true));
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        Desk.signIn("erin", Role.EDITOR);
        assertThat(workflow.returnToWriter(id, "Add the date, please.").toldSentence())
                .isEqualTo("Wendy Writer has been told, by email too.");

        Desk.signIn("wendy", Role.WRITER);
        assertThat(workflow.submit(id).toldSentence()).contains("Eddie Editor-Writer").contains("Erin Editor")
                .endsWith(" have been told (Erin Editor by email too).");
    }

    @Test
    void a_writer_who_switched_email_on_hears_of_her_approval_by_mail() throws Exception {
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> own.setMyEmailNotifications("wendy@example.org", true));
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        theOutboxSends();
        int before = smtp.getReceivedMessages().length;
        Desk.signIn("erin", Role.EDITOR);

        workflow.approve(id);
        theOutboxSends();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(before + 1);
        assertThat(mails[before].getSubject()).contains("approved");
    }

    @Test
    void a_publisher_who_switched_email_on_hears_by_mail_that_her_scheduled_release_was_called_off() throws Exception {
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> own.setMyEmailNotifications("paula@example.org", true));
        long issueId = desk.readyIssue();
        java.time.LocalDateTime nextWeek = java.time.LocalDateTime.now().plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, nextWeek));
        theOutboxSends();
        smtp.purgeEmailFromAllMailboxes();

        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.reopen(desk.sectionIds(issueId).get(0), "The second story is outdated."));
        theOutboxSends();

        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).extracting(m -> Arrays.stream(m.getAllRecipients()).map(Object::toString).toList())
                .containsExactly(java.util.List.of("paula@example.org"));
        assertThat(mails[0].getContent().toString()).contains("The second story is outdated.")
                .contains("https://desk.example.org/release/" + issueId);
    }

    @Test
    void a_refused_action_mails_nobody() {
        Desk.as("eddie", Desk.roles(Role.WRITER, Role.EDITOR), () -> own.setMyEmailNotifications("eddie@example.org", true));
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.DRAFT);
        Desk.signIn("walter", Role.WRITER);

        try {
            workflow.submit(id);   // not walter's section
        } catch (RuntimeException expected) {
            // refused
        }
        theOutboxSends();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(desk.jdbc().queryForObject("select count(*) from notification_mails", Integer.class)).isZero();
    }

    @Test
    void an_action_rolled_back_after_its_turn_was_announced_queues_no_mail() throws Exception {
        Desk.as("wendy", Desk.roles(Role.WRITER), () -> own.setMyEmailNotifications("wendy@example.org", true));
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.IN_REVIEW);
        theOutboxSends();
        smtp.purgeEmailFromAllMailboxes();
        Desk.signIn("erin", Role.EDITOR);

        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            workflow.returnToWriter(id, "Add the date, please.");   // wendy's mail is queued here...
            status.setRollbackOnly();                               // ...and goes with the action
        });
        theOutboxSends();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(desk.jdbc().queryForObject("select count(*) from notification_mails where status = 'QUEUED'",
                Integer.class)).isZero();
    }

    @Test
    void switching_email_on_needs_a_real_looking_address() {
        Desk.signIn("wendy", Role.WRITER);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.setMyEmailNotifications("not an address", true))
                .hasMessageContaining("email address");
    }

    @Test
    void an_address_too_long_to_store_is_refused_with_a_sentence_and_an_empty_one_cannot_switch_mail_on() {
        Desk.signIn("wendy", Role.WRITER);
        String tooLong = "w".repeat(org.masthead.user.User.EMAIL_MAX) + "@example.org";

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.setMyEmailNotifications(tooLong, true))
                .hasMessageContaining("email address");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> own.setMyEmailNotifications("  ", true))
                .hasMessageContaining("to get notifications by email");
    }
}
