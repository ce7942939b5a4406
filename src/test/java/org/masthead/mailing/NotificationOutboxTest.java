package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notification mail goes through the outbox: queued with the action, sent by the task, once, through refusals. */
class NotificationOutboxTest extends ServiceTest {

    @Autowired
    NotificationMails notifications;
    @Autowired
    NotificationSender sender;
    @Autowired
    MailProperties mail;
    @Autowired
    PlatformTransactionManager transactions;

    FakeSmtpServer server;

    @BeforeEach
    void mailGoesToTheFakeServer() throws Exception {
        server = new FakeSmtpServer();
        mail.setHost("127.0.0.1");
        mail.setPort(server.port());
        Desk.signIn("erin", Role.EDITOR);
    }

    @AfterEach
    void stopTheFakeServer() throws Exception {
        mail.setHost(null);
        mail.setPort(null);
        server.close();
    }

    @Test
    void a_queued_notification_waits_for_the_task_and_the_task_sends_it_once() {
        queue("wendy@example.org");

        assertThat(server.acceptedFor("wendy@example.org")).as("nothing is sent by the one who queued it").isZero();
        assertThat(sender.sendDue()).isOne();
        assertThat(sender.sendDue()).as("a second run finds nothing due").isZero();

        assertThat(server.acceptedFor("wendy@example.org")).isOne();
        assertThat(rows()).containsExactly("SENT 0 null");
    }

    @Test
    void a_rolled_back_transaction_queues_nothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notifications.queue(List.of("wendy@example.org"), "Masthead: your turn", "It is your turn.");
            status.setRollbackOnly();
        });

        assertThat(rows()).isEmpty();
        assertThat(sender.sendDue()).isZero();
        assertThat(server.accepted()).isEmpty();
    }

    @Test
    void queuing_outside_a_transaction_is_refused_rather_than_sent_without_the_actions_fate() {
        assertThatThrownBy(() -> notifications.queue(List.of("wendy@example.org"), "Masthead: your turn", "Hello"))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows()).isEmpty();
    }

    @Test
    void without_a_mail_server_nothing_is_queued_and_the_inbox_is_the_notification() {
        mail.setHost(null);

        Integer queued = new TransactionTemplate(transactions).execute(status ->
                notifications.queue(List.of("wendy@example.org"), "Masthead: your turn", "Hello"));
        assertThat(queued).isZero();
        assertThat(rows()).isEmpty();
    }

    @Test
    void a_refusal_for_now_is_retried_later_and_the_mail_arrives_once() {
        // Refused at RCPT the first time, and once more after the dot (the row was already handed over then).
        server.answerRecipients((address, before) -> before < 1 ? "451 4.7.1 Greylisted, try again later" : "250 2.1.5 OK");
        server.answerDots((address, before) -> before == 1 ? "452 4.3.1 Insufficient system storage" : "250 2.0.0 Queued");
        queue("wendy@example.org");

        assertThat(sender.sendDue()).isZero();
        assertThat(rows()).containsExactly("QUEUED 1 451 4.7.1 Greylisted, try again later");
        assertThat(sender.sendDue()).as("not due again before its backoff").isZero();

        timePassesForRetries();
        assertThat(sender.sendDue()).isZero();
        assertThat(rows()).hasSize(1).allMatch(row -> row.startsWith("QUEUED 2 452"));

        timePassesForRetries();
        assertThat(sender.sendDue()).isOne();
        assertThat(server.acceptedFor("wendy@example.org")).isOne();
        assertThat(rows()).hasSize(1).allMatch(row -> row.startsWith("SENT 2 "));
    }

    @Test
    void a_permanent_refusal_fails_the_mail_with_the_servers_reason_and_the_others_go_out() {
        server.answerRecipients((address, before) -> address.equals("gone@example.org")
                ? "550 5.1.1 No such user" : "250 2.1.5 OK");
        queue("gone@example.org", "wendy@example.org");

        assertThat(sender.sendDue()).isOne();

        assertThat(rows()).containsExactly("FAILED 1 550 5.1.1 No such user", "SENT 0 null");
        assertThat(server.acceptedFor("wendy@example.org")).isOne();
    }

    @Test
    void a_refusal_for_now_that_lasts_past_give_up_after_fails_the_mail() {
        server.answerRecipients((address, before) -> "451 4.7.1 Try again later");
        queue("wendy@example.org");
        desk.jdbc().update("update notification_mails set queued_at = ?", Timestamp.from(Instant.now().minusSeconds(5 * 86_400)));

        sender.sendDue();

        assertThat(rows()).hasSize(1).allMatch(row -> row.startsWith("FAILED 1 Refused for now, again and again"));
    }

    @Test
    void a_connection_lost_in_the_middle_of_a_mail_is_tried_again_and_the_mail_arrives_once() {
        server.dropInData((address, before) -> before == 0);
        queue("wendy@example.org");

        sender.sendDue();
        timePassesForRetries();
        sender.sendDue();

        assertThat(server.acceptedFor("wendy@example.org")).isOne();
        assertThat(rows()).hasSize(1).allMatch(row -> row.startsWith("SENT 1 "));
    }

    private void queue(String... addresses) {
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                notifications.queue(List.of(addresses), "Masthead: your turn", "It is your turn."));
    }

    private List<String> rows() {
        return desk.jdbc().queryForList("select status || ' ' || attempts || ' ' || coalesce(last_error, 'null') "
                + "from notification_mails order by id", String.class);
    }

    private void timePassesForRetries() {
        desk.jdbc().update("update notification_mails set next_attempt_at = ? where status = 'QUEUED'",
                Timestamp.from(Instant.now().minusSeconds(1)));
    }
}
