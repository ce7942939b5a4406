package org.masthead.base.nodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class NodesTest {

    private final String database = "nodes-" + UUID.randomUUID();
    private final Nodes first = Nodes.inProcess(database);
    private final Nodes second = Nodes.inProcess(database);
    private final List<Map<String, Object>> heardOnFirst = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> heardOnSecond = new CopyOnWriteArrayList<>();

    {
        first.hear("desk", heardOnFirst::add);
        second.hear("desk", heardOnSecond::add);
    }

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
    }

    @Test
    void a_message_reaches_the_other_node_and_not_its_own_sender() {
        first.tell("desk", Map.of("kind", "SectionApproved"));
        // The second node answers; by the time the first hears that, its own echo has come and gone.
        await().atMost(Duration.ofSeconds(10)).until(() -> heardOnSecond.size() == 1);
        second.tell("desk", Map.of("kind", "SectionSubmitted"));
        await().atMost(Duration.ofSeconds(10)).until(() -> heardOnFirst.size() == 1);

        assertThat(heardOnSecond).containsExactly(Map.of("kind", "SectionApproved"));
        assertThat(heardOnFirst).containsExactly(Map.of("kind", "SectionSubmitted"));
    }

    @Test
    void nodes_on_another_database_hear_nothing() {
        Nodes elsewhere = Nodes.inProcess("another-" + UUID.randomUUID());
        List<Map<String, Object>> heard = new CopyOnWriteArrayList<>();
        elsewhere.hear("desk", heard::add);
        try {
            first.tell("desk", Map.of("kind", "SectionApproved"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heardOnSecond.size() == 1);
            assertThat(heard).isEmpty();
        } finally {
            elsewhere.stop();
        }
    }

    @Test
    void a_message_told_in_a_transaction_goes_only_when_it_commits() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            first.tell("desk", Map.of("kind", "RolledBack"));
        } finally {
            // Rolled back: the synchronizations are dropped without afterCommit.
            TransactionSynchronizationManager.clearSynchronization();
        }
        first.tell("desk", Map.of("kind", "Committed"));

        await().atMost(Duration.ofSeconds(10)).until(() -> !heardOnSecond.isEmpty());
        assertThat(heardOnSecond).containsExactly(Map.of("kind", "Committed"));
    }

    @Test
    void a_message_too_long_for_a_postgresql_notification_goes_with_its_topic_alone() {
        String payload = first.payload("presence", Map.of("here", List.of("x".repeat(20_000))));

        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000);
        assertThat(payload).contains("\"topic\":\"presence\"").contains("\"cut\":true").doesNotContain("xxx");
    }

    @Test
    void a_node_that_does_not_listen_still_tells() {
        Nodes deaf = new Nodes(new InProcessChannel(database), new NodeSettings(false, Duration.ofSeconds(10), Duration.ofSeconds(1), ""));
        deaf.start();
        List<Map<String, Object>> heard = new CopyOnWriteArrayList<>();
        deaf.hear("desk", heard::add);
        try {
            deaf.tell("desk", Map.of("kind", "FromTheDeafNode"));
            second.tell("desk", Map.of("kind", "FromTheSecond"));
            await().atMost(Duration.ofSeconds(10)).until(() -> heardOnFirst.size() == 2);

            assertThat(heardOnFirst).containsExactly(Map.of("kind", "FromTheDeafNode"), Map.of("kind", "FromTheSecond"));
            assertThat(heard).isEmpty();
        } finally {
            deaf.stop();
        }
    }

    @Test
    void channel_names_follow_the_schema_and_stay_identifiers() {
        assertThat(PostgresChannel.nameFor("public")).isEqualTo("masthead");
        assertThat(PostgresChannel.nameFor(null)).isEqualTo("masthead");
        assertThat(PostgresChannel.nameFor("Two_Nodes_1")).isEqualTo("masthead_two_nodes_1");
        assertThat(PostgresChannel.nameFor("a-b\"; drop")).isEqualTo("masthead_a_b___drop");
        assertThat(PostgresChannel.nameFor("s".repeat(100))).hasSize(63);
    }
}
