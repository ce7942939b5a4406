package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No notification mail is lost or doubled when the node sending it dies: the app queues 300
 * notifications in a JVM of its own and is killed (as kill -9 would) after some have gone out;
 * started again on the same database, its outbox task sends the rest, and every person holds
 * exactly one mail.
 */
public class NotificationCrashIT {

    private static final int NOTIFICATIONS = 300;
    private static final int MAILS_BEFORE_THE_KILL = 60;
    /** Slow enough that the kill lands mid-send on any machine: 300 mails take at least three seconds. */
    private static final int MAILS_PER_SECOND = 100;
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path folder;

    private GreenMail smtp;

    @BeforeEach
    void anSmtpServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    @AfterEach
    void stopTheSmtpServer() {
        smtp.stop();
    }

    @Test
    void every_notification_arrives_exactly_once_when_the_sender_is_killed_mid_send() throws Exception {
        String url = CrashIT.productionDatabaseUrl(folder.resolve("masthead"));
        int port = smtp.getSmtp().getPort();
        Process node = new ProcessBuilder(CrashIT.javaCommand(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), NotificationNode.class.getName(),
                url, Integer.toString(port), Integer.toString(NOTIFICATIONS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int receivedAtTheKill;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            CrashIT.lineStartingWith(out, "QUEUED ", Instant.now().plus(PATIENCE));
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (smtp.getReceivedMessages().length < MAILS_BEFORE_THE_KILL && Instant.now().isBefore(giveUp)) {
                Thread.sleep(20);
            }
            // SIGKILL: no shutdown hook, no chance to tidy up.
            node.toHandle().destroyForcibly();
            node.waitFor();
            receivedAtTheKill = smtp.getReceivedMessages().length;
        } finally {
            node.destroyForcibly();
        }
        assertThat(receivedAtTheKill).as("the node was killed in the middle of the send")
                .isGreaterThanOrEqualTo(MAILS_BEFORE_THE_KILL).isLessThan(NOTIFICATIONS);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
                .profiles("test").run(settings(url, port).toArray(String[]::new))) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (!everyMailDone(jdbc) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(200);
            }
            assertThat(jdbc.queryForObject("select count(*) from notification_mails where status = 'SENT'", Integer.class))
                    .as("notification mails sent once the node came back").isEqualTo(NOTIFICATIONS);
        }

        Map<String, Long> mailsPerPerson = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(NotificationCrashIT::recipient, Collectors.counting()));
        assertThat(mailsPerPerson.keySet()).as("people who got their notification")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, NOTIFICATIONS).mapToObj(NotificationCrashIT::address).toList());
        assertThat(mailsPerPerson.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
                .as("people who did not get exactly one mail").isEmpty();
    }

    /** The app's settings for both runs: mail to the test's server, throttled, a dead node noticed in seconds. */
    static List<String> settings(String databaseUrl, int smtpPort) {
        return List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--masthead.mail.rate=" + MAILS_PER_SECOND, "--masthead.mail.rate-window=1s",
                "--db-scheduler.polling-interval=1s", "--db-scheduler.heartbeat-interval=1s");
    }

    static String address(int n) {
        return "person-" + n + "@example.org";
    }

    private static boolean everyMailDone(JdbcTemplate jdbc) {
        Integer open = jdbc.queryForObject("select count(*) from notification_mails where status = 'QUEUED'", Integer.class);
        return open != null && open == 0;
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
