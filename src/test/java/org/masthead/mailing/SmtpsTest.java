package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.masthead.ServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.mail.MailProperties;

/** Submission over SMTPS (TLS from the first byte, port 465 in production) with a password, as the README's example sets it up. */
class SmtpsTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtps = new GreenMailExtension(smtpsSetup());

    /** TLS takes a while to set up on a busy machine: the server may take up to 30 s to start, not GreenMail's 2 s. */
    private static ServerSetup smtpsSetup() {
        ServerSetup setup = ServerSetupTest.SMTPS.dynamicPort();
        setup.setServerStartupTimeout(30_000);
        return setup;
    }

    @Autowired
    MailProperties mail;
    @Autowired
    MailServer server;
    @Autowired
    Letters letters;

    @BeforeEach
    void mailGoesToSmtpsWithAPassword() {
        smtps.setUser("newsletter@localhost", "newsletter", "a long secret");
        mail.setHost("127.0.0.1");
        mail.setPort(smtps.getSmtps().getPort());
        mail.setProtocol("smtps");
        mail.setUsername("newsletter");
        mail.getProperties().putAll(Map.of("mail.smtps.auth", "true", "mail.smtps.ssl.trust", "127.0.0.1",
                // GreenMail's own certificate names no host; a real provider's is checked (README)
                "mail.smtps.ssl.checkserveridentity", "false"));
    }

    @AfterEach
    void noMailServerForOtherTests() {
        mail.setHost(null);
        mail.setPort(null);
        mail.setProtocol("smtp");
        mail.setUsername(null);
        mail.setPassword(null);
        List.of("mail.smtps.auth", "mail.smtps.ssl.trust", "mail.smtps.ssl.checkserveridentity").forEach(mail.getProperties()::remove);
    }

    @Test
    void a_mail_goes_over_tls_signed_in_with_the_password() throws Exception {
        mail.setPassword("a long secret");

        SmtpConnection.Result result = send();

        assertThat(result).isInstanceOf(SmtpConnection.Accepted.class);
        assertThat(smtps.getReceivedMessages()).hasSize(1);
        assertThat(smtps.getReceivedMessages()[0].getSubject()).isEqualTo("Masthead: your turn");
    }

    @Test
    void a_wrong_password_sends_nothing() throws Exception {
        mail.setPassword("not the secret");

        SmtpConnection.Result result = send();

        assertThat(result).isInstanceOf(SmtpConnection.Unreachable.class);
        assertThat(((SmtpConnection.Unreachable) result).why()).contains("127.0.0.1:" + smtps.getSmtps().getPort())
                .containsIgnoringCase("authentication");
        assertThat(smtps.getReceivedMessages()).isEmpty();
    }

    private SmtpConnection.Result send() throws Exception {
        try (SmtpConnection connection = new SmtpConnection(server.endpoint().orElseThrow())) {
            return connection.send(letters.notification(1, "wendy@example.org", "Masthead: your turn", "It is your turn.\n"),
                    new InternetAddress("wendy@example.org"), () -> true);
        }
    }
}
