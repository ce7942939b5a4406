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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each subscriber gets each edition once, even when the sending server dies in the middle: the
 * app releases to 2,000 subscribers in a JVM of its own and is killed (as kill -9 would) after a
 * few hundred mails; started again on the same database, it sends the rest, and every subscriber
 * holds exactly one message.
 */
public class SendingCrashIT {

    private static final int SUBSCRIBERS = 2_000;
    private static final int MAILS_BEFORE_THE_KILL = 300;
    /** Slow enough that the kill lands mid-send on any machine: 2,000 mails take at least ten seconds. */
    private static final int MAILS_PER_SECOND = 200;
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
    void every_subscriber_gets_exactly_one_mail_when_the_sender_is_killed_mid_send() throws Exception {
        String url = CrashIT.productionDatabaseUrl(folder.resolve("masthead"));
        int port = smtp.getSmtp().getPort();
        Process node = new ProcessBuilder(CrashIT.javaCommand(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SendingNode.class.getName(),
                url, Integer.toString(port), Integer.toString(SUBSCRIBERS))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int receivedAtTheKill;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            CrashIT.lineStartingWith(out, "RELEASED ", Instant.now().plus(PATIENCE));
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
                .isGreaterThanOrEqualTo(MAILS_BEFORE_THE_KILL).isLessThan(SUBSCRIBERS);

        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
                .profiles("test").run(settings(url, port).toArray(String[]::new))) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (!everyDeliveryDone(jdbc) && Instant.now().isBefore(giveUp)) {
                Thread.sleep(200);
            }
            assertThat(jdbc.queryForObject("select count(*) from deliveries where status = 'SENT'", Integer.class))
                    .as("deliveries sent once the node came back").isEqualTo(SUBSCRIBERS);
        }

        Map<String, Long> mailsPerSubscriber = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(SendingCrashIT::recipient, Collectors.counting()));
        assertThat(mailsPerSubscriber).hasSize(SUBSCRIBERS);
        assertThat(mailsPerSubscriber.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
                .as("subscribers who did not get exactly one mail").isEmpty();
    }

    /** The app's settings for both runs: mail to the test's server, throttled, a dead node noticed in seconds. */
    static List<String> settings(String databaseUrl, int smtpPort) {
        return List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--masthead.mail.rate=" + MAILS_PER_SECOND, "--masthead.mail.rate-window=1s",
                "--db-scheduler.polling-interval=1s");
    }

    /** {@code count} confirmed subscribers of the desk's publication, subscriber-1@example.org and on. */
    public static void confirmedSubscribers(Desk desk, int count) {
        JdbcTemplate jdbc = desk.jdbc();
        long publication = jdbc.queryForObject("select min(id) from publications", Long.class);
        jdbc.batchUpdate("insert into subscribers (publication_id, address, address_key, name, status, consent_source,"
                        + " consented_at, confirmed_at) values (?, ?, ?, ?, 'CONFIRMED', 'IMPORT', current_timestamp, current_timestamp)",
                java.util.stream.IntStream.rangeClosed(1, count).mapToObj(n -> new Object[] {publication,
                        "subscriber-" + n + "@example.org", "subscriber-" + n + "@example.org", "Subscriber " + n}).toList());
    }

    private static boolean everyDeliveryDone(JdbcTemplate jdbc) {
        Integer open = jdbc.queryForObject("select count(*) from deliveries where status = 'QUEUED'", Integer.class);
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
