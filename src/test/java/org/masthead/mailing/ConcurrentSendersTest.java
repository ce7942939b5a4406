package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.issue.IssueService;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/**
 * Two senders on one mailing (two scheduler threads, or two nodes whose heartbeats crossed) and
 * the moment a delivery is committed: before the server accepts the message, never after.
 */
class ConcurrentSendersTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

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
    Letters letters;
    @Autowired
    Deliveries deliveries;

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
    void two_senders_running_the_same_mailing_at_once_send_each_subscriber_one_message() throws Exception {
        fixture.confirmed(300);
        long issueId = desk.readyIssue();
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        long mailingId = desk.jdbc().queryForObject("select id from mailings where edition_id = ?", Long.class, edition.getId());

        ExecutorService two = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MailingJob.Outcome>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(two.submit(() -> {
                start.await();
                return job.run(mailingId);
            }));
        }
        start.countDown();
        for (Future<MailingJob.Outcome> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
        two.shutdown();
        fixture.sendUntilNothingIsDue(mailingId);

        Map<String, Integer> perRecipient = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            perRecipient.merge(message.getAllRecipients()[0].toString().replaceAll(".*<|>.*", ""), 1, Integer::sum);
        }
        assertThat(perRecipient).hasSize(300).allSatisfy((address, count) -> assertThat(count).isOne());
        assertThat(desk.jdbc().queryForObject("select count(*) from deliveries where status = 'SENT'", Integer.class))
                .isEqualTo(300);
    }

    @Test
    void of_two_senders_holding_the_same_delivery_only_the_first_to_hand_it_over_may_finish_it() {
        fixture.confirmed(1);
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(issueId));
        long deliveryId = desk.jdbc().queryForObject("select id from deliveries", Long.class);

        boolean first = deliveries.handOver(deliveryId, java.time.Instant.now());
        boolean second = deliveries.handOver(deliveryId, java.time.Instant.now());

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(desk.jdbc().queryForObject("select status from deliveries", String.class)).isEqualTo("SENT");
    }

    @Test
    void a_delivery_is_marked_before_the_final_dot_while_the_server_has_not_accepted_anything_yet() throws Exception {
        AtomicInteger acceptedWhenAsked = new AtomicInteger(-1);

        SmtpConnection.Result result;
        try (SmtpConnection connection = new SmtpConnection(endpoint())) {
            result = connection.send(message("ann@example.org"), new InternetAddress("ann@example.org"), () -> {
                acceptedWhenAsked.set(smtp.getReceivedMessages().length);
                return true;
            });
        }

        assertThat(result).isInstanceOf(SmtpConnection.Accepted.class);
        assertThat(acceptedWhenAsked).hasValue(0);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_sender_that_finds_its_delivery_taken_withdraws_and_the_server_discards_its_copy() throws Exception {
        SmtpConnection.Result withdrawn;
        SmtpConnection.Result next;
        try (SmtpConnection connection = new SmtpConnection(endpoint())) {
            withdrawn = connection.send(message("ann@example.org"), new InternetAddress("ann@example.org"), () -> false);
            next = connection.send(message("bob@example.org"), new InternetAddress("bob@example.org"), () -> true);
        }

        assertThat(withdrawn).isInstanceOf(SmtpConnection.Withdrawn.class);
        assertThat(next).isInstanceOf(SmtpConnection.Accepted.class);
        assertThat(smtp.getReceivedMessages()).extracting(m -> m.getAllRecipients()[0].toString())
                .containsExactly("bob@example.org");
    }

    private SmtpEndpoint endpoint() {
        return new SmtpEndpoint("127.0.0.1", smtp.getSmtp().getPort(), null, null, "smtp", Map.of(), false);
    }

    private MimeMessage message(String to) throws Exception {
        return letters.forDelivery(new EditionMail.Content(1, 1, "A subject", "<html><body><p>Hello</p></body></html>",
                "Hello", false, "https://example.org/archive/1"), 1, 1, to, null, "https://example.org/u");
    }
}
