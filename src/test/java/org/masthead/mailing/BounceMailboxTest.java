package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
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
 * The bounce mailbox, on a real IMAP server (GreenMail): a bounce that comes back after the SMTP
 * server accepted the mail marks that exact delivery bounced within one poll; what is understood
 * moves to the processed folder, what is not stays for a person; the same bounce twice counts once.
 */
class BounceMailboxTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension servers = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
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
    BounceParser parser;
    @Autowired
    BounceRecorder recorder;
    @Autowired
    Verp verp;
    @Autowired
    Sending sending;

    MailingFixture fixture;
    BounceMailbox mailbox;
    GreenMailUser bounces;

    @BeforeEach
    void mailGoesToGreenMailAndBouncesComeBackThere() {
        fixture = new MailingFixture(subscriberRepository, issues, mail, job);
        fixture.mailGoesTo(servers.getSmtp().getPort());
        bounces = servers.setUser("bounces@localhost", "bounces", "secret");
        BounceSettings settings = new BounceSettings("", 3, "127.0.0.1", servers.getImap().getPort(), "imap", "bounces", "secret",
                "INBOX", "Processed", Duration.ofMinutes(5));
        mailbox = new BounceMailbox(settings, parser, recorder);
    }

    @AfterEach
    void noMailServerForOtherTests() {
        fixture.noMailServer();
    }

    @Test
    void a_late_bounce_after_the_server_accepted_the_mail_marks_that_exact_delivery_bounced_within_one_poll() throws Exception {
        Subscriber reader = fixture.confirmed("reader@example.org");
        fixture.confirmed("other@example.org");
        long mailingId = releaseAndSend();
        long deliveryId = deliveryOf(mailingId, reader.getId());
        assertThat(statusOf(deliveryId)).isEqualTo("SENT");
        MimeMessage accepted = receivedBy("reader@example.org");
        String envelope = accepted.getHeader("Return-Path", null).replaceAll("[<>\\s]", "");
        assertThat(envelope).isEqualTo(verp.forDelivery(deliveryId));

        bounces.deliver(BounceFixtures.message("rfc3464-permanent", envelope, "reader@example.org"));
        BounceMailbox.Poll poll = mailbox.poll();

        assertThat(poll).isEqualTo(new BounceMailbox.Poll(1, 1, 1, 0));
        assertThat(statusOf(deliveryId)).isEqualTo("FAILED");
        assertThat(desk.jdbc().queryForObject("select last_error from deliveries where id = ?", String.class, deliveryId))
                .isEqualTo("Bounced after it was accepted (5.1.1): 550 'reader@example.org' is not a registered gateway user");
        assertThat(desk.jdbc().queryForObject("select count(*) from deliveries where mailing_id = ? and status = 'SENT'",
                Integer.class, mailingId)).as("the other reader's delivery is untouched").isOne();
        Subscriber bounced = fixture.reload(reader.getId());
        assertThat(bounced.getStatus()).isEqualTo(SubscriberStatus.BOUNCED);
        assertThat(bounced.getSuppressedReason())
                .isEqualTo("A bounce came back (5.1.1): 550 'reader@example.org' is not a registered gateway user");
        assertThat(bounced.getLeftAt()).isNotNull();
        assertThat(folder("INBOX")).isZero();
        assertThat(folder("Processed")).isOne();
        SendingProgress.Mailing progress = Desk.as("erin", Desk.roles(Role.EDITOR), () -> sending.progressOf(desk.jdbc()
                .queryForObject("select issue_id from mailings where id = ?", Long.class, mailingId))).latest().orElseThrow();
        assertThat(List.of(progress.sent(), progress.failed())).containsExactly(1, 1);
    }

    @Test
    void the_same_bounce_read_twice_counts_once() throws Exception {
        Subscriber reader = fixture.confirmed("reader@example.org");
        long deliveryId = deliveryOf(releaseAndSend(), reader.getId());
        MimeMessage dsn = BounceFixtures.message("rfc3464-delayed", verp.forDelivery(deliveryId), "reader@example.org");

        bounces.deliver(dsn);
        assertThat(mailbox.poll()).isEqualTo(new BounceMailbox.Poll(1, 1, 1, 0));
        bounces.deliver(BounceFixtures.message("rfc3464-delayed", verp.forDelivery(deliveryId), "reader@example.org"));
        assertThat(mailbox.poll()).as("understood, moved, applied no second time").isEqualTo(new BounceMailbox.Poll(1, 0, 1, 0));

        assertThat(desk.jdbc().queryForObject("select count(*) from bounces", Integer.class)).isOne();
        Subscriber once = fixture.reload(reader.getId());
        assertThat(once.getStatus()).as("one soft bounce of three allowed").isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(once.getSoftBounces()).isOne();
        assertThat(statusOf(deliveryId)).as("a delay is not a failure: the remote server still tries").isEqualTo("SENT");
    }

    @Test
    void a_complaint_suppresses_the_subscriber_at_once_and_an_auto_reply_changes_nothing() throws Exception {
        Subscriber reader = fixture.confirmed("reader@example.org");
        long deliveryId = deliveryOf(releaseAndSend(), reader.getId());

        bounces.deliver(BounceFixtures.message("vacation", verp.forDelivery(deliveryId), "reader@example.org"));
        assertThat(mailbox.poll()).isEqualTo(new BounceMailbox.Poll(1, 0, 1, 0));
        assertThat(fixture.reload(reader.getId()).getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);

        bounces.deliver(BounceFixtures.message("rfc5965-abuse", verp.forDelivery(deliveryId), "reader@example.org"));
        assertThat(mailbox.poll()).isEqualTo(new BounceMailbox.Poll(1, 1, 1, 0));
        Subscriber complained = fixture.reload(reader.getId());
        assertThat(complained.getStatus()).isEqualTo(SubscriberStatus.COMPLAINED);
        assertThat(complained.getSuppressedReason()).isEqualTo("They reported a mail as abuse (a complaint from their mailbox provider)");
        assertThat(folder("Processed")).isEqualTo(2);
    }

    @Test
    void what_is_not_understood_stays_in_the_mailbox_for_a_person() throws Exception {
        Subscriber reader = fixture.confirmed("reader@example.org");
        long deliveryId = deliveryOf(releaseAndSend(), reader.getId());
        bounces.deliver(BounceFixtures.message("human-reply", verp.forDelivery(deliveryId), "reader@example.org"));
        bounces.deliver(BounceFixtures.message("rfc3464-permanent", "bounces+d" + deliveryId + ".00000000000000000000@localhost",
                "reader@example.org"));

        assertThat(mailbox.poll()).isEqualTo(new BounceMailbox.Poll(2, 0, 0, 2));
        assertThat(mailbox.poll()).as("still there on the next poll").isEqualTo(new BounceMailbox.Poll(2, 0, 0, 2));

        assertThat(folder("INBOX")).isEqualTo(2);
        assertThat(statusOf(deliveryId)).isEqualTo("SENT");
        assertThat(fixture.reload(reader.getId()).getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
    }

    private long releaseAndSend() {
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(desk.readyIssue()));
        long mailingId = desk.jdbc().queryForObject("select id from mailings where edition_id = ?", Long.class, edition.getId());
        fixture.sendUntilNothingIsDue(mailingId);
        return mailingId;
    }

    private long deliveryOf(long mailingId, long subscriberId) {
        return desk.jdbc().queryForObject("select id from deliveries where mailing_id = ? and subscriber_id = ?", Long.class,
                mailingId, subscriberId);
    }

    private String statusOf(long deliveryId) {
        return desk.jdbc().queryForObject("select status from deliveries where id = ?", String.class, deliveryId);
    }

    private MimeMessage receivedBy(String address) throws Exception {
        for (MimeMessage message : servers.getReceivedMessagesForDomain("example.org")) {
            if (message.getAllRecipients()[0].toString().contains(address)) {
                return message;
            }
        }
        throw new AssertionError("Nothing reached " + address);
    }

    /** How many messages a folder of the bounce mailbox holds, read over IMAP as a person's mail program would. */
    private int folder(String name) throws Exception {
        Properties props = new Properties();
        try (Store store = Session.getInstance(props).getStore("imap")) {
            store.connect("127.0.0.1", servers.getImap().getPort(), "bounces", "secret");
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return folder.getMessageCount();
            } finally {
                folder.close(false);
            }
        }
    }
}
