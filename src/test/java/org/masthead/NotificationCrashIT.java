package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path folder;

    @RegisterExtension
    final KilledSender sender = new KilledSender();

    @Test
    void every_notification_arrives_exactly_once_when_the_sender_is_killed_mid_send() throws Exception {
        String url = CrashIT.productionDatabaseUrl(folder.resolve("masthead"));
        int port = sender.smtpPort();

        int receivedAtTheKill = sender.killMidSend(NotificationNode.class, "QUEUED ", MAILS_BEFORE_THE_KILL,
                url, Integer.toString(port), Integer.toString(NOTIFICATIONS));
        assertThat(receivedAtTheKill).as("the node was killed in the middle of the send")
                .isGreaterThanOrEqualTo(MAILS_BEFORE_THE_KILL).isLessThan(NOTIFICATIONS);

        assertThat(KilledSender.sentAfterRestart(settings(url, port), "notification_mails"))
                .as("notification mails sent once the node came back").isEqualTo(NOTIFICATIONS);
        Map<String, Long> mailsPerPerson = sender.mailsPerRecipient();
        assertThat(IntStream.rangeClosed(1, NOTIFICATIONS).mapToObj(NotificationCrashIT::address).toList())
                .as("everyone addressed, and nobody else").containsAll(mailsPerPerson.keySet());
        assertThat(mailsPerPerson.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList())
                .as("people who got more than one mail").isEmpty();
        // The outbox sends through one connection at a time.
        assertThat(NOTIFICATIONS - mailsPerPerson.size()).as(KilledSender.LOST_IN_FLIGHT).isLessThanOrEqualTo(1);
    }

    /** The app's settings for both runs: mail to the test's server, throttled, a dead node noticed in seconds. */
    static List<String> settings(String databaseUrl, int smtpPort) {
        return KilledSender.settings(databaseUrl, smtpPort, MAILS_PER_SECOND, "--db-scheduler.heartbeat-interval=1s");
    }

    static String address(int n) {
        return "person-" + n + "@example.org";
    }
}
