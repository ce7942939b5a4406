package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The app's own test mail server runs only when asked for and no real one is set; then every mail
 * the app sends through Spring's JavaMailSender lands in it.
 */
class DevelopmentSmtpTest {

    private final ApplicationContextRunner app = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(MailConfiguration.class, DevelopmentMail.class, MailServer.class)
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void asked_for_and_without_spring_mail_host_it_runs_on_a_loopback_port_and_mail_goes_there() {
        app.withPropertyValues("masthead.mail.embedded=true").run(context -> {
            SmtpEndpoint endpoint = context.getBean(EmbeddedSmtp.class).endpoint();
            assertThat(endpoint.host()).isEqualTo("127.0.0.1");
            assertThat(endpoint.port()).isPositive();
            assertThat(endpoint.embedded()).isTrue();
            assertThat(context.getBean(MailServer.class).endpoint()).contains(endpoint);
            JavaMailSenderImpl sender = (JavaMailSenderImpl) context.getBean(JavaMailSender.class);
            assertThat(sender.getHost() + ":" + sender.getPort()).isEqualTo("127.0.0.1:" + endpoint.port());
        });
    }

    @Test
    void spring_mail_host_wins_no_test_server_starts_and_mail_goes_to_that_host() {
        app.withPropertyValues("masthead.mail.embedded=true", "spring.mail.host=smtp.example.org", "spring.mail.port=587")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedSmtp.class);
                    assertThat(((JavaMailSenderImpl) context.getBean(JavaMailSender.class)).getHost()).isEqualTo("smtp.example.org");
                    assertThat(context.getBean(MailServer.class).endpoint()).get()
                            .extracting(SmtpEndpoint::describe).isEqualTo("smtp.example.org:587");
                });
    }

    @Test
    void not_asked_for_there_is_no_server_and_mail_goes_nowhere() {
        app.withPropertyValues("masthead.mail.embedded=false").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedSmtp.class);
            assertThat(context).doesNotHaveBean(JavaMailSender.class);
            assertThat(context.getBean(MailServer.class).configured()).isFalse();
        });
    }

    @Test
    void two_apps_in_one_process_each_get_their_own_server_and_keep_their_own_mail() {
        app.withPropertyValues("masthead.mail.embedded=true").run(one -> app.withPropertyValues("masthead.mail.embedded=true").run(two -> {
            assertThat(one.getBean(EmbeddedSmtp.class).endpoint().port()).isNotEqualTo(two.getBean(EmbeddedSmtp.class).endpoint().port());

            TestMails.sendEdition(one.getBean(JavaMailSender.class), "reader@example.org", "Issue 1");

            assertThat(one.getBean(DevelopmentSmtp.class).received().newestFirst()).extracting(ReceivedMail::to)
                    .containsExactly("reader@example.org");
            assertThat(two.getBean(DevelopmentSmtp.class).received().newestFirst()).isEmpty();
        }));
    }

    @Test
    void the_server_stops_with_the_app() {
        int[] port = new int[1];
        app.withPropertyValues("masthead.mail.embedded=true").run(context -> {
            port[0] = context.getBean(EmbeddedSmtp.class).endpoint().port();
            try (Socket open = new Socket("127.0.0.1", port[0])) {
                assertThat(open.isConnected()).isTrue();
            }
        });

        assertThatThrownBy(() -> new Socket("127.0.0.1", port[0]).close()).isInstanceOf(IOException.class);
    }
}
