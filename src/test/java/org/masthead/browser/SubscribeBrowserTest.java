package org.masthead.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/**
 * A reader from outside, as a person does it: signs up with the form on the archive, confirms
 * from the mail, receives the next release, and leaves with one click on the link in that mail.
 * The publisher watches the release screen count the mail out. Pictures in target/browser/screens.
 */
class SubscribeBrowserTest extends BrowserTest {

    private static final String READER = "rita.reader@example.org";
    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/archive/subscribe/confirm\\?t=[\\w.\\-]+");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("<(https?://[^>]+/archive/unsubscribe\\?t=[\\w.\\-]+)>");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MailProperties mail;
    @Autowired
    Scheduler scheduler;

    @BeforeEach
    void mailGoesToTheTestServer() {
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void noMailServerForOtherTests() {
        mail.setHost(null);
        mail.setPort(null);
    }

    @Test
    void a_reader_signs_up_confirms_receives_the_next_issue_and_leaves_in_one_click() throws Exception {
        long issueId = desk.readyIssue();
        int number = desk.jdbc().queryForObject("select number from issues where id = ?", Integer.class, issueId);

        // Sign up on the archive, as anyone can.
        driver.get(url("archive"));
        waitFor(By.id("subscribe-email")).sendKeys(READER);
        driver.findElement(By.id("subscribe-name")).sendKeys("Rita Reader");
        screenshot("reader-01-signs-up");
        driver.findElement(By.cssSelector("form.subscribe button[type=submit]")).click();
        waitForText(By.tagName("h1"), "Check your inbox");
        screenshot("reader-02-check-your-inbox");
        assertThat(statusOfReader()).isEqualTo("PENDING");

        // Confirm from the mail.
        MimeMessage confirmation = mailTo(READER, "Confirm your subscription");
        Matcher confirm = CONFIRM.matcher(GreenMailUtil.getBody(confirmation));
        assertThat(confirm.find()).as("the confirmation mail carries its link").isTrue();
        driver.get(onThisServer(confirm.group()));
        waitForText(By.tagName("h1"), "You are subscribed");
        screenshot("reader-03-confirmed");
        assertThat(statusOfReader()).isEqualTo("CONFIRMED");

        // The publisher releases and watches the mail go out.
        signIn("paula");
        open("release/" + issueId);
        waitForText(By.id("mail-audience"), "goes to 1 confirmed subscriber");
        click(button("release"));
        click(confirmButton("Release issue " + number + " now"));
        waitForNotification("Released");
        scheduler.triggerCheckForDueExecutions();
        MimeMessage issue = mailTo(READER, desk.jdbc().queryForObject("select title from issues where id = ?", String.class, issueId));
        waitForText(By.id("mailings"), "Sent to 1 of 1.");
        screenshot("reader-04-publisher-sees-it-sent");
        signOut();

        // One click on the link in the issue's mail, signed out.
        driver.manage().deleteAllCookies();
        Matcher unsubscribe = UNSUBSCRIBE.matcher(issue.getHeader("List-Unsubscribe")[0]);
        assertThat(unsubscribe.find()).isTrue();
        assertThat(issue.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(GreenMailUtil.getBody(issue)).as("the link is in the mail too, for people").contains("/archive/unsubscribe?t=");
        driver.get(onThisServer(unsubscribe.group(1)));
        waitForText(By.tagName("h1"), "You are unsubscribed");
        screenshot("reader-05-unsubscribed");
        assertThat(statusOfReader()).isEqualTo("UNSUBSCRIBED");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(READER)).count())
                .as("the confirmation and the issue, nothing else").isEqualTo(2);
    }

    private String statusOfReader() {
        return desk.jdbc().queryForObject("select status from subscribers where address_key = ?", String.class, READER);
    }

    /** The link as the mail has it, on this test's server (the mail names the configured public address). */
    private String onThisServer(String link) {
        URI uri = URI.create(link);
        return url(uri.getRawPath() + "?" + uri.getRawQuery());
    }

    private static MimeMessage mailTo(String address, String subjectContains) {
        return await(Duration.ofSeconds(30)).until(d -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> to(m).equals(address) && subject(m).contains(subjectContains)).findFirst().orElse(null));
    }

    private static String to(MimeMessage message) {
        try {
            return ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getSubject()).orElse("");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
