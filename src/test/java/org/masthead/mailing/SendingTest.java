package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.base.WorkflowException;
import org.masthead.issue.IssueService;
import org.masthead.publishing.Corrections;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.masthead.user.OwnAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/** A release reaches every confirmed subscriber once, as the stored bytes plus their own way out. */
class SendingTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    Sending sending;
    @Autowired
    org.masthead.publishing.Schedules schedules;
    @Autowired
    ReleaseService releases;
    @Autowired
    Corrections corrections;
    @Autowired
    OwnAccount own;
    @Autowired
    MailLinks links;
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
    @Autowired
    MailingHealthIndicator health;

    MailingFixture fixture;

    @BeforeEach
    void mailGoesToGreenMail() {
        fixture = new MailingFixture(subscriberRepository, issues, mail, job);
        fixture.mailGoesTo(smtp.getSmtp().getPort());
    }

    @AfterEach
    void noMailServerForOtherTests() {
        fixture.noMailServer();
    }

    @Test
    void a_release_reaches_each_of_1000_confirmed_subscribers_exactly_once_with_their_own_unsubscribe_link() throws Exception {
        List<Subscriber> readers = fixture.confirmed(1000);
        fixture.pending("pending@example.org");
        fixture.unsubscribed("left@example.org");
        fixture.bounced("bounced@example.org");
        Edition edition = release(desk.readyIssue());
        long mailingId = mailingOf(edition);

        assertThat(fixture.sendUntilNothingIsDue(mailingId)).last().isInstanceOf(MailingJob.Finished.class);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1000);
        Map<String, Long> idByAddress = readers.stream().collect(Collectors.toMap(Subscriber::getAddress, Subscriber::getId));
        Map<String, Integer> perRecipient = new HashMap<>();
        Set<String> unsubscribeLinks = new HashSet<>();
        for (MimeMessage message : received) {
            String to = message.getRecipients(MimeMessage.RecipientType.TO)[0].toString().replaceAll(".*<|>.*", "");
            perRecipient.merge(to, 1, Integer::sum);
            String unsubscribe = links.unsubscribeUrl(idByAddress.get(to));
            assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<" + unsubscribe + ">");
            assertThat(message.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
            assertThat(links.subscriberOfUnsubscribeToken(unsubscribe.substring(unsubscribe.indexOf("?t=") + 3)))
                    .contains(idByAddress.get(to));
            unsubscribeLinks.add(unsubscribe);
        }
        assertThat(perRecipient).hasSize(1000).allSatisfy((address, count) -> assertThat(count).isOne());
        assertThat(perRecipient.keySet()).isEqualTo(idByAddress.keySet());
        assertThat(unsubscribeLinks).hasSize(1000);

        assertThat(fixture.sendUntilNothingIsDue(mailingId)).containsExactly(new MailingJob.Finished());
        assertThat(smtp.getReceivedMessages()).hasSize(1000);
        SendingProgress.Mailing progress = progressOf(edition.getIssueId()).latest().orElseThrow();
        assertThat(List.of(progress.queued(), progress.sent(), progress.failed(), progress.skipped(), progress.total()))
                .containsExactly(0, 1000, 0, 0, 1000);
        assertThat(progress.finished()).isTrue();
        assertThat(progress.sentence()).isEqualTo("Sent to 1,000 of 1,000.");
    }

    @Test
    void each_mail_is_the_stored_html_and_text_apart_from_the_unsubscribe_link() throws Exception {
        Subscriber reader = fixture.confirmed("ann@example.org");
        Edition edition = release(desk.readyIssue());

        fixture.sendUntilNothingIsDue(mailingOf(edition));

        MimeMessage message = smtp.getReceivedMessages()[0];
        String unsubscribe = links.unsubscribeUrl(reader.getId());
        assertThat(message.getSubject()).isEqualTo(edition.getTitle());
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        assertThat(message.getMessageID()).matches("<delivery-\\d+\\." + mailingOf(edition) + "@localhost>");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String text = canonical((String) parts.getBodyPart(0).getContent());
        String html = canonical((String) parts.getBodyPart(1).getContent());
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(html).contains(UnsubscribeFooter.html(unsubscribe));
        assertThat(html.replace(UnsubscribeFooter.html(unsubscribe), "")).isEqualTo(canonical(edition.getEmailHtml()));
        assertThat(text).isEqualTo(canonical(edition.getPlainText().stripTrailing() + UnsubscribeFooter.text(unsubscribe)));
    }

    @Test
    void a_subscriber_who_leaves_after_the_release_but_before_their_turn_is_skipped() {
        fixture.confirmed("stays@example.org");
        Subscriber leaving = fixture.confirmed("leaves@example.org");
        Edition edition = release(desk.readyIssue());
        Subscriber now = fixture.reload(leaving.getId());
        now.unsubscribe(Instant.now());
        subscriberRepository.save(now);

        fixture.sendUntilNothingIsDue(mailingOf(edition));

        assertThat(smtp.getReceivedMessages()).extracting(m -> recipient(m)).containsExactly("stays@example.org");
        SendingProgress.Mailing progress = progressOf(edition.getIssueId()).latest().orElseThrow();
        assertThat(List.of(progress.sent(), progress.skipped(), progress.total())).containsExactly(1, 1, 2);
    }

    @Test
    void a_release_without_confirmed_subscribers_is_recorded_as_mailed_to_nobody_and_leaves_no_job() {
        fixture.pending("pending@example.org");
        Edition edition = release(desk.readyIssue());

        SendingProgress.Mailing progress = progressOf(edition.getIssueId()).latest().orElseThrow();
        assertThat(progress.total()).isZero();
        assertThat(progress.finished()).isTrue();
        assertThat(desk.jdbc().queryForObject("select count(*) from scheduled_tasks", Integer.class)).isZero();
    }

    @Test
    void the_release_queues_one_delivery_per_confirmed_subscriber_and_the_send_job_in_its_own_transaction() {
        fixture.confirmed(3);
        fixture.pending("pending@example.org");
        Edition edition = release(desk.readyIssue());
        long mailingId = mailingOf(edition);

        assertThat(desk.jdbc().queryForObject("select count(*) from deliveries where mailing_id = ? and status = 'QUEUED'",
                Integer.class, mailingId)).isEqualTo(3);
        assertThat(desk.jdbc().queryForList("select task_instance from scheduled_tasks where task_name = 'send-mailing'",
                String.class)).containsExactly(String.valueOf(mailingId));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_scheduled_release_queues_its_mail_like_a_release_by_hand() {
        fixture.confirmed(2);
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId,
                java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Prague")).plusHours(1)));

        Edition edition = Desk.as("scheduler", Desk.roles(Role.PUBLISHER),
                () -> releases.releaseAsScheduled(issueId, "node test")).orElseThrow();

        assertThat(desk.jdbc().queryForObject("select count(*) from deliveries where mailing_id = ? and status = 'QUEUED'",
                Integer.class, mailingOf(edition))).isEqualTo(2);
        assertThat(desk.jdbc().queryForList("select task_instance from scheduled_tasks where task_name = 'send-mailing'",
                String.class)).containsExactly(String.valueOf(mailingOf(edition)));
    }

    @Test
    void without_a_mail_server_mail_waits_and_the_release_screen_says_so() {
        fixture.confirmed(40);
        fixture.noMailServer();
        Edition edition = release(desk.readyIssue());

        MailingJob.Outcome outcome = job.run(mailingOf(edition));

        assertThat(outcome).isInstanceOf(MailingJob.Later.class);
        assertThat(((MailingJob.Later) outcome).at()).isAfter(Instant.now().plusSeconds(50));
        SendingProgress progress = progressOf(edition.getIssueId());
        assertThat(progress.latest().orElseThrow().queued()).isEqualTo(40);
        assertThat(progress.notice()).contains("No mail server is set up (spring.mail.host): 40 mails wait and go out once it is.");
    }

    @Test
    void a_send_with_mail_due_and_no_progress_for_stuck_after_is_reported_stuck_on_the_screen_and_in_the_health_details() {
        fixture.confirmed(5);
        fixture.noMailServer();
        Edition edition = release(desk.readyIssue());
        assertThat(progressOf(edition.getIssueId()).latest().orElseThrow().stuck()).isFalse();
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");

        desk.jdbc().update("update mailings set last_progress_at = ?", java.sql.Timestamp.from(
                Instant.now().minus(settings.stuckAfter()).minusSeconds(1)));

        SendingProgress.Mailing progress = progressOf(edition.getIssueId()).latest().orElseThrow();
        assertThat(progress.stuck()).isTrue();
        assertThat(progress.sentence()).isEqualTo("Sent to 0 of 5. Sending has stopped making progress: 5 left.");
        org.springframework.boot.actuate.health.Health details = health.health();
        assertThat(details.getStatus().getCode()).isEqualTo("STUCK");
        assertThat(details.getDetails().get("stuck").toString()).contains("\"" + edition.getTitle() + "\"", "5 of 5 still queued");
        assertThat(details.getDetails().get("server").toString()).contains("spring.mail.host");
    }

    @Test
    void a_correction_is_mailed_only_when_the_publisher_asks_and_says_it_is_a_correction() throws Exception {
        fixture.confirmed("ann@example.org");
        Edition first = release(desk.readyIssue());
        long issueId = first.getIssueId();
        long topics = desk.sectionIds(issueId).get(0);
        fixture.sendUntilNothingIsDue(mailingOf(first));

        Edition quiet = Desk.as("paula", Desk.roles(Role.PUBLISHER),
                () -> corrections.publish(issueId, Map.of(topics, "Quietly fixed."), "A typo."));
        Edition mailed = Desk.as("paula", Desk.roles(Role.PUBLISHER),
                () -> corrections.publish(issueId, Map.of(topics, "Fixed for everyone."), "The date was wrong.", true));
        fixture.sendUntilNothingIsDue(mailingOf(mailed));

        assertThat(desk.jdbc().queryForObject("select count(*) from mailings where edition_id = ?", Integer.class, quiet.getId()))
                .isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getSubject()).isEqualTo("Correction: " + first.getTitle());
        assertThat(((String) ((MimeMultipart) received[1].getContent()).getBodyPart(1).getContent())).contains("The date was wrong.");
        assertThat(progressOf(issueId).mailings()).extracting(SendingProgress.Mailing::correction).containsExactly(false, true);
    }

    @Test
    void a_test_goes_to_the_publishers_own_address_marked_as_a_test_and_nobody_else_gets_anything() throws Exception {
        fixture.confirmed("ann@example.org");
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> own.changeOwnProfile("Paula Publisher", "paula@example.org"));

        String to = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> sending.sendTestTo(issueId));

        assertThat(to).isEqualTo("paula@example.org");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).extracting(m -> recipient(m)).containsExactly("paula@example.org");
        assertThat(received[0].getSubject()).isEqualTo("[Test] A test issue");
        assertThat(received[0].getHeader("List-Unsubscribe")).containsExactly("<" + links.unsubscribeUrl(0) + ">");
        assertThat(desk.jdbc().queryForObject("select count(*) from mailings", Integer.class)).isZero();
    }

    @Test
    void a_test_needs_the_publishers_own_address() {
        long issueId = desk.readyIssue();

        assertThatThrownBy(() -> Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> sending.sendTestTo(issueId)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("no email address");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private Edition release(long issueId) {
        return Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
    }

    private long mailingOf(Edition edition) {
        return desk.jdbc().queryForObject("select id from mailings where edition_id = ?", Long.class, edition.getId());
    }

    private SendingProgress progressOf(long issueId) {
        return Desk.as("erin", Desk.roles(Role.EDITOR), () -> sending.progressOf(issueId));
    }

    private static String recipient(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients()).map(Object::toString).findFirst().orElseThrow()
                    .replaceAll(".*<|>.*", "");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** MIME text travels with CRLF line ends whatever the stored text used. */
    private static String canonical(String text) {
        return text.replace("\r\n", "\n");
    }
}
