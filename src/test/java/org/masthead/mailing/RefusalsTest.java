package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.issue.IssueService;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/** Mail servers say no: for now (retried with backoff, delivered once in the end) or for good (failed, with the reason). */
class RefusalsTest extends ServiceTest {

    @Autowired
    Sending sending;
    @Autowired
    ReleaseService releases;
    @Autowired
    SubscriberRepository subscriberRepository;
    @Autowired
    IssueService issues;
    @Autowired
    MailProperties mail;
    @Autowired
    MailingJob job;
    @Autowired
    MailSettings settings;

    FakeSmtpServer server;
    MailingFixture fixture;

    @BeforeEach
    void mailGoesToTheFakeServer() throws Exception {
        server = new FakeSmtpServer();
        fixture = new MailingFixture(subscriberRepository, issues, mail, job);
        fixture.mailGoesTo(server.port());
    }

    @AfterEach
    void stopTheFakeServer() throws Exception {
        fixture.noMailServer();
        server.close();
    }

    @Test
    void a_server_that_refuses_for_a_while_gets_every_message_once_in_the_end() {
        fixture.confirmed(6);
        // Every recipient is refused twice at RCPT; reader3's message is also refused once after its dot.
        server.answerRecipients((address, before) -> before < 2 ? "451 4.7.1 Greylisted, try again later" : "250 2.1.5 OK");
        server.answerDots((address, before) -> address.equals("reader3@example.org") && before == 2
                ? "452 4.3.1 Insufficient system storage" : "250 2.0.0 Queued");
        long mailingId = mailingOf(release());

        Instant firstRun = Instant.now();
        MailingJob.Outcome outcome = job.run(mailingId);

        assertThat(outcome).isInstanceOf(MailingJob.Later.class);
        assertThat(((MailingJob.Later) outcome).at()).isAfter(firstRun.plus(settings.retryFirst()).minusSeconds(1));
        assertThat(desk.jdbc().queryForList("select status || ' ' || attempts || ' ' || last_error from deliveries", String.class))
                .hasSize(6).allMatch(row -> row.equals("QUEUED 1 451 4.7.1 Greylisted, try again later"));

        timePassesForRetries();
        job.run(mailingId);
        assertThat(nextAttemptsAfter(Instant.now())).allMatch(wait -> wait.compareTo(settings.retryFirst().multipliedBy(2)
                .minusSeconds(5)) > 0);

        timePassesForRetries();
        job.run(mailingId);   // everyone but reader3, whose message is refused after its dot
        timePassesForRetries();
        MailingJob.Outcome last = job.run(mailingId);

        assertThat(last).isInstanceOf(MailingJob.Finished.class);
        assertThat(server.accepted()).hasSize(6).allSatisfy((address, count) -> assertThat(count).isOne());
        SendingProgress.Mailing progress = progress(mailingId);
        assertThat(List.of(progress.sent(), progress.queued(), progress.failed())).containsExactly(6, 0, 0);
        assertThat(desk.jdbc().queryForObject("select attempts from deliveries d join subscribers s on s.id = d.subscriber_id "
                + "where s.address = 'reader3@example.org'", Integer.class)).isEqualTo(3);
    }

    @Test
    void a_permanent_refusal_fails_that_delivery_with_the_servers_reason_and_the_others_go_out() {
        fixture.confirmed(4);
        Subscriber gone = fixture.confirmed("gone@example.org");
        Subscriber back = fixture.confirmed("back@example.org");
        // Both were refused for good twice before; the limit is three.
        desk.jdbc().update("update subscribers set hard_bounces = ? where id in (?, ?)", settings.bounceAfter() - 1,
                gone.getId(), back.getId());
        server.answerRecipients((address, before) -> address.equals("gone@example.org")
                ? "550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown" : "250 2.1.5 OK");
        long mailingId = mailingOf(release());

        assertThat(job.run(mailingId)).isInstanceOf(MailingJob.Finished.class);

        assertThat(server.accepted()).hasSize(5).doesNotContainKey("gone@example.org");
        assertThat(server.triesOf("gone@example.org")).isOne();
        SendingProgress.Mailing progress = progress(mailingId);
        assertThat(List.of(progress.sent(), progress.failed(), progress.total())).containsExactly(5, 1, 6);
        assertThat(progress.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.address()).isEqualTo("gone@example.org");
            assertThat(failure.reason()).contains("550 5.1.1").contains("User unknown");
        });
        assertThat(fixture.reload(gone.getId()).getStatus()).isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(fixture.reload(back.getId()).getHardBounces()).isZero();
        assertThat(fixture.reload(back.getId()).getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
    }

    @Test
    void a_connection_lost_in_the_middle_of_a_message_is_tried_again_and_the_message_arrives_once() {
        fixture.confirmed(3);
        server.dropInData((address, before) -> address.equals("reader2@example.org") && before == 0);
        long mailingId = mailingOf(release());

        job.run(mailingId);
        assertThat(server.accepted()).containsOnlyKeys("reader1@example.org", "reader3@example.org");
        timePassesForRetries();
        assertThat(job.run(mailingId)).isInstanceOf(MailingJob.Finished.class);

        assertThat(server.accepted()).isEqualTo(Map.of("reader1@example.org", 1, "reader2@example.org", 1,
                "reader3@example.org", 1));
    }

    @Test
    void a_refusal_for_now_that_lasts_past_give_up_after_fails_the_delivery() {
        fixture.confirmed(1);
        server.answerRecipients((address, before) -> "421 4.4.5 Too busy");
        long mailingId = mailingOf(release());
        desk.jdbc().update("update mailings set queued_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(settings.giveUpAfter())), mailingId);

        assertThat(job.run(mailingId)).isInstanceOf(MailingJob.Finished.class);

        assertThat(progress(mailingId).failures()).singleElement()
                .satisfies(failure -> assertThat(failure.reason()).contains("gave up").contains("421 4.4.5 Too busy"));
    }

    @Test
    void a_server_that_cannot_be_reached_leaves_every_delivery_as_it_was_and_the_job_looks_again_later() throws Exception {
        fixture.confirmed(3);
        long mailingId = mailingOf(release());
        server.close();

        MailingJob.Outcome outcome = job.run(mailingId);

        assertThat(outcome).isInstanceOf(MailingJob.Later.class);
        assertThat(((MailingJob.Later) outcome).why()).contains("Could not connect");
        assertThat(desk.jdbc().queryForList("select status || ' ' || attempts from deliveries", String.class))
                .containsOnly("QUEUED 0");
    }

    @Test
    void backoff_doubles_from_retry_first_up_to_retry_at_most() {
        assertThat(List.of(job.backoff(0), job.backoff(1), job.backoff(2), job.backoff(30)))
                .containsExactly(settings.retryFirst(), settings.retryFirst().multipliedBy(2),
                        settings.retryFirst().multipliedBy(4), settings.retryAtMost());
    }

    private Edition release() {
        long issueId = desk.readyIssue();
        return Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
    }

    private long mailingOf(Edition edition) {
        return desk.jdbc().queryForObject("select id from mailings where edition_id = ?", Long.class, edition.getId());
    }

    private SendingProgress.Mailing progress(long mailingId) {
        return Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> sending.progressOf(issueIdOf(mailingId)))
                .mailings().stream().filter(m -> m.id() == mailingId).findFirst().orElseThrow();
    }

    private long issueIdOf(long mailingId) {
        return desk.jdbc().queryForObject("select issue_id from mailings where id = ?", Long.class, mailingId);
    }

    /** The backoff has passed: every queued delivery is due again. */
    private void timePassesForRetries() {
        desk.jdbc().update("update deliveries set next_attempt_at = ? where status = 'QUEUED'",
                Timestamp.from(Instant.now().minusSeconds(1)));
    }

    private List<Duration> nextAttemptsAfter(Instant now) {
        return desk.jdbc().queryForList("select next_attempt_at from deliveries where status = 'QUEUED'", Timestamp.class)
                .stream().map(t -> Duration.between(now, t.toInstant())).toList();
    }
}
