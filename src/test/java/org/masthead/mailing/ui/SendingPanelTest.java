package org.masthead.mailing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.KaribuTest;
import org.masthead.SendingCrashIT;
import org.masthead.publishing.ReleaseService;
import org.masthead.publishing.ui.ReleaseView;
import org.masthead.review.ui.DeskView;
import org.masthead.security.Role;
import org.masthead.user.OwnAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/** The mail part of the release screen and the publisher's desk: whom a release reaches, a test, live progress. */
class SendingPanelTest extends KaribuTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MailProperties mail;
    @Autowired
    ReleaseService releases;
    @Autowired
    OwnAccount own;

    private long issueId;

    @BeforeEach
    void aReadyIssueAndThreeSubscribers() {
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        issueId = desk.readyIssue();
        SendingCrashIT.confirmedSubscribers(desk, 3);
    }

    @AfterEach
    void noMailServerForOtherTests() {
        mail.setHost(null);
        mail.setPort(null);
    }

    @Test
    void before_the_release_the_publisher_sees_whom_it_reaches_and_sends_a_test_to_herself() throws Exception {
        login("paula", Role.PUBLISHER);
        own.changeOwnProfile("Paula Publisher", "paula@example.org");
        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(paragraph("mail-audience").getText()).isEqualTo(
                "Released, the email goes to 3 confirmed subscribers, each once, with their own unsubscribe link.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("mail-not-configured"))).as("no word of a missing mail server").isEmpty();
        _click(_get(Button.class, spec -> spec.withId("send-test")));

        assertThat(paragraph("send-test-result").getText()).startsWith("A test of the email went to paula@example.org");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("paula@example.org");
        assertThat(received[0].getSubject()).startsWith("[Test] ");
    }

    @Test
    void a_publisher_without_an_address_is_told_where_to_add_one() {
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);

        _click(_get(Button.class, spec -> spec.withId("send-test")));

        assertThat(paragraph("send-test-result").getText()).contains("Your profile has no email address");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_writer_sees_whom_the_release_reaches_but_has_no_test_to_send() {
        login("wendy", Role.WRITER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(paragraph("mail-audience").getText()).contains("3 confirmed subscribers");
        assertThat(_find(Button.class, spec -> spec.withId("send-test"))).isEmpty();
    }

    @Test
    void without_a_mail_server_the_screen_says_that_mail_will_wait() {
        mail.setHost(null);
        login("paula", Role.PUBLISHER);
        UI.getCurrent().navigate(ReleaseView.class, issueId);

        assertThat(paragraph("mail-not-configured").getText()).startsWith("No mail server is set up (spring.mail.host)");
    }

    @Test
    void after_the_release_the_screen_follows_the_send_until_everyone_has_it() {
        login("paula", Role.PUBLISHER);
        releases.release(issueId);
        UI.getCurrent().navigate(ReleaseView.class, issueId);
        assertThat(textOf(mailings())).contains("Sent to 0 of 3. 3 to go.").contains("Queued 3 · sent 0 · failed 0 · total 3");
        assertThat(UI.getCurrent().getPollInterval()).as("the screen asks again while mail is to go").isPositive();

        // The send job's work, as the next poll finds it.
        desk.jdbc().update("update deliveries set status = 'SENT', sent_at = current_timestamp");
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(textOf(mailings())).contains("Sent to 3 of 3.").doesNotContain("to go");
        assertThat(UI.getCurrent().getPollInterval()).as("and stops asking once it is all out").isNegative();
    }

    @Test
    void the_publishers_desk_says_to_how_many_the_newest_release_went() {
        login("paula", Role.PUBLISHER);
        releases.release(issueId);
        desk.jdbc().update("update deliveries set status = 'SENT', sent_at = current_timestamp where id = (select min(id) from deliveries)");

        UI.getCurrent().navigate(DeskView.class);

        assertThat(textOf(_get(Div.class, spec -> spec.withId("recently-mailed")))).contains("Sent to 1 of 3. 2 to go.");
    }

    @Test
    void an_issue_released_to_nobody_says_so_instead_of_sent_to_0_of_0() {
        desk.jdbc().update("delete from subscribers");
        login("paula", Role.PUBLISHER);
        releases.release(issueId);

        UI.getCurrent().navigate(DeskView.class);

        assertThat(textOf(_get(Div.class, spec -> spec.withId("recently-mailed"))))
                .contains("Not mailed: nobody was subscribed when it went out.").doesNotContain("0 of 0");
    }

    private static Paragraph paragraph(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id));
    }

    private static Div mailings() {
        return _get(Div.class, spec -> spec.withId("mailings"));
    }
}
