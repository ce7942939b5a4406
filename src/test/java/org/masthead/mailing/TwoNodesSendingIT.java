package org.masthead.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Application;
import org.masthead.Desk;
import org.masthead.SendingCrashIT;
import org.masthead.ServiceTest;
import org.masthead.TestDatabase;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two nodes on one database send the same release: each node's scheduler polls for the send job,
 * and both also run the job's body at the same moment, as a node wrongly thought dead would.
 * Every subscriber still gets exactly one mail. On a shared in-memory H2 in the H2 run and on
 * PostgreSQL in the PostgreSQL run.
 */
class TwoNodesSendingIT {

    private static final int SUBSCRIBERS = 600;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private static GreenMail smtp;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoNodesAndAnSmtpServer() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        first = node(true);
        second = node(false);
    }

    @AfterAll
    static void stopEverything() {
        SecurityContextHolder.clearContext();
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        smtp.stop();
    }

    @Test
    void a_release_sent_by_two_nodes_at_once_reaches_every_subscriber_once() throws Exception {
        on(first);
        Desk desk = first.getBean(Desk.class);
        desk.reset();
        long issueId = desk.readyIssue();
        SendingCrashIT.confirmedSubscribers(desk, SUBSCRIBERS);
        as("paula", roles(Role.PUBLISHER), () -> first.getBean(ReleaseService.class).release(issueId));
        JdbcTemplate jdbc = desk.jdbc();
        long mailingId = jdbc.queryForObject("select id from mailings", Long.class);

        // Both nodes at the same moment, besides whatever their schedulers do.
        CompletableFuture<?> onFirst = CompletableFuture.runAsync(() -> first.getBean(MailingJob.class).run(mailingId));
        CompletableFuture<?> onSecond = CompletableFuture.runAsync(() -> second.getBean(MailingJob.class).run(mailingId));
        CompletableFuture.allOf(onFirst, onSecond).get();
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (queued(jdbc) > 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }

        assertThat(jdbc.queryForObject("select count(*) from deliveries where status = 'SENT'", Integer.class))
                .isEqualTo(SUBSCRIBERS);
        Map<String, Long> mailsPerSubscriber = Arrays.stream(smtp.getReceivedMessages())
                .collect(Collectors.groupingBy(TwoNodesSendingIT::recipient, Collectors.counting()));
        assertThat(mailsPerSubscriber).hasSize(SUBSCRIBERS);
        assertThat(mailsPerSubscriber.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
                .as("subscribers who did not get exactly one mail").isEmpty();
    }

    private static int queued(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from deliveries where status = 'QUEUED'", Integer.class);
    }

    /** A node on the shared database, its scheduler polling every second; only the first may empty it (PostgreSQL run). */
    private static ConfigurableApplicationContext node(boolean cleansDatabase) {
        List<String> settings = List.of("--server.port=0", "--masthead.test.database=two_nodes_sending",
                "--masthead.test.clean-database=" + (cleansDatabase && TestDatabase.isPostgres()),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--masthead.mail.connections=3", "--db-scheduler.polling-interval=1s");
        return new SpringApplicationBuilder(Application.class)
                .profiles(TestDatabase.profiles("test"))
                .run(settings.toArray(String[]::new));
    }

    private static void on(ConfigurableApplicationContext node) {
        ServiceTest.useSecurityOf(node.getBean(SecurityContextHolderStrategy.class));
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
