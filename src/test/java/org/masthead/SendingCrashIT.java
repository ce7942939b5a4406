package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
    private static final int CONNECTIONS = 2;

    @TempDir
    Path folder;

    @RegisterExtension
    final KilledSender sender = new KilledSender();

    @Test
    void every_subscriber_gets_exactly_one_mail_when_the_sender_is_killed_mid_send() throws Exception {
        String url = CrashIT.productionDatabaseUrl(folder.resolve("masthead"));
        int port = sender.smtpPort();

        int receivedAtTheKill = sender.killMidSend(SendingNode.class, "RELEASED ", MAILS_BEFORE_THE_KILL,
                url, Integer.toString(port), Integer.toString(SUBSCRIBERS));
        assertThat(receivedAtTheKill).as("the node was killed in the middle of the send")
                .isGreaterThanOrEqualTo(MAILS_BEFORE_THE_KILL).isLessThan(SUBSCRIBERS);

        assertThat(KilledSender.sentAfterRestart(settings(url, port), "deliveries"))
                .as("deliveries sent once the node came back").isEqualTo(SUBSCRIBERS);
        Map<String, Long> mailsPerSubscriber = sender.mailsPerRecipient();
        assertThat(mailsPerSubscriber.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
                .as("subscribers who got more than one mail").isEmpty();
        assertThat(SUBSCRIBERS - mailsPerSubscriber.size()).as(KilledSender.LOST_IN_FLIGHT).isLessThanOrEqualTo(CONNECTIONS);
    }

    /** The app's settings for both runs: mail to the test's server, throttled. */
    static List<String> settings(String databaseUrl, int smtpPort) {
        return KilledSender.settings(databaseUrl, smtpPort, MAILS_PER_SECOND, "--masthead.mail.connections=" + CONNECTIONS);
    }

    /** {@code count} confirmed subscribers of the desk's publication, subscriber-1@example.org and on. */
    public static void confirmedSubscribers(Desk desk, int count) {
        JdbcTemplate jdbc = desk.jdbc();
        long publication = jdbc.queryForObject("select min(id) from publications", Long.class);
        jdbc.batchUpdate("insert into subscribers (publication_id, address, address_key, name, status, consent_source,"
                        + " consented_at, confirmed_at) values (?, ?, ?, ?, 'CONFIRMED', 'IMPORT', current_timestamp, current_timestamp)",
                IntStream.rangeClosed(1, count).mapToObj(n -> new Object[] {publication,
                        "subscriber-" + n + "@example.org", "subscriber-" + n + "@example.org", "Subscriber " + n}).toList());
    }
}
