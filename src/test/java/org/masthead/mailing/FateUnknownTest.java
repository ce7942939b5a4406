package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * A delivery is SENT just before the final dot and confirmed after the server's 250; one the node
 * never confirmed (it stopped in between) counts as "fate unknown" in the mailing's numbers, not as sent.
 */
class FateUnknownTest extends ServiceTest {

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
    Sending sending;

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
    void every_delivery_the_server_accepted_is_confirmed_and_one_left_unconfirmed_by_a_crash_shows_as_fate_unknown() {
        fixture.confirmed(3);
        Edition edition = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> releases.release(desk.readyIssue()));
        long mailingId = desk.jdbc().queryForObject("select id from mailings where edition_id = ?", Long.class, edition.getId());
        fixture.sendUntilNothingIsDue(mailingId);

        assertThat(desk.jdbc().queryForObject("select count(*) from deliveries where status = 'SENT' and confirmed_at is not null",
                Integer.class)).isEqualTo(3);
        assertThat(progress(edition).sentence()).isEqualTo("Sent to 3 of 3.");

        // What a node killed between the dot and the 250 leaves: SENT, handed over minutes ago, never confirmed.
        desk.jdbc().update("update deliveries set confirmed_at = null, sent_at = ? where id = (select min(id) from deliveries)",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(5))));

        SendingProgress.Mailing progress = progress(edition);
        assertThat(List.of(progress.sent(), progress.unknown(), progress.total())).containsExactly(2, 1, 3);
        assertThat(progress.sentence()).isEqualTo("Sent to 2 of 3. Fate unknown: 1 (the app stopped after handing it to the "
                + "mail server, before its answer).");
    }

    private SendingProgress.Mailing progress(Edition edition) {
        return Desk.as("erin", Desk.roles(Role.EDITOR), () -> sending.progressOf(edition.getIssueId())).latest().orElseThrow();
    }
}
