package org.masthead;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the crash tests of the mailing list and of notification mail share: an SMTP server for each
 * test (registered as an extension, so it starts before and stops after every test), a node
 * sending mail in a JVM of its own, killed (as kill -9 would) in the middle of the send, then the
 * app started again on the same database to finish what was queued.
 */
final class KilledSender implements BeforeEachCallback, AfterEachCallback {

    static final Duration PATIENCE = Duration.ofMinutes(4);

    /**
     * What a kill may cost, and all it may: a row is marked SENT in its own commit just before the
     * message's final dot, so a node killed between that commit and the dot's write (microseconds,
     * unless the thread is descheduled there, as on a loaded machine: seen once, 1 mail of 2,000)
     * leaves a message the server discards and a row that says sent. At most one such mail per open
     * connection; a mail anywhere else in its course is never lost and never doubled.
     */
    static final String LOST_IN_FLIGHT = "mails lost: only those between their SENT commit and their final dot at the"
            + " kill, at most one per connection";

    private GreenMail smtp;

    /** An SMTP server on a free port that takes mail without authentication. */
    @Override
    public void beforeEach(ExtensionContext context) {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        smtp.stop();
    }

    int smtpPort() {
        return smtp.getSmtp().getPort();
    }

    /** The app's settings for every run: mail to the test's server at {@code mailsPerSecond}, jobs polled each second. */
    static List<String> settings(String databaseUrl, int smtpPort, int mailsPerSecond, String... more) {
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + databaseUrl,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--masthead.mail.rate=" + mailsPerSecond, "--masthead.mail.rate-window=1s",
                "--db-scheduler.polling-interval=1s"));
        settings.addAll(List.of(more));
        return settings;
    }

    /**
     * Starts {@code node}'s main in a JVM of its own, waits for the line starting with {@code ready}
     * (its mail is queued), and kills it once the server holds {@code mailsBeforeTheKill} mails.
     *
     * @return the mails the server held when the node was dead
     */
    int killMidSend(Class<?> node, String ready, int mailsBeforeTheKill, String... arguments)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(CrashIT.javaCommand(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), node.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            CrashIT.lineStartingWith(out, ready, Instant.now().plus(PATIENCE));
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (smtp.getReceivedMessages().length < mailsBeforeTheKill && Instant.now().isBefore(giveUp)) {
                Thread.sleep(20);
            }
            // SIGKILL: no shutdown hook, no chance to tidy up.
            process.toHandle().destroyForcibly();
            process.waitFor();
            return smtp.getReceivedMessages().length;
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Starts the app again with {@code settings} and waits until no row of {@code table} (deliveries
     * or notification mails) is still queued.
     *
     * @return the rows of {@code table} that are sent
     */
    static int sentAfterRestart(List<String> settings, String table) throws InterruptedException {
        try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(Application.class)
                .profiles("test").run(settings.toArray(String[]::new))) {
            JdbcTemplate jdbc = restarted.getBean(JdbcTemplate.class);
            Instant giveUp = Instant.now().plus(PATIENCE);
            while (countOf(jdbc, table, "QUEUED") > 0 && Instant.now().isBefore(giveUp)) {
                Thread.sleep(200);
            }
            return countOf(jdbc, table, "SENT");
        }
    }

    /** How many mails the server holds for each address. */
    Map<String, Long> mailsPerRecipient() {
        return Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(KilledSender::recipient, Collectors.counting()));
    }

    private static int countOf(JdbcTemplate jdbc, String table, String status) {
        Integer count = jdbc.queryForObject("select count(*) from " + table + " where status = ?", Integer.class, status);
        return count == null ? 0 : count;
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
