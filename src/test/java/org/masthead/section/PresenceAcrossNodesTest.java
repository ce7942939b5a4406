package org.masthead.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.TestClock;
import org.masthead.base.nodes.NodeSettings;
import org.masthead.base.nodes.Nodes;
import org.masthead.section.EditorPresence.Visitor;

/** Two nodes on one database, side by side in this JVM as on H2: "Also here" counts both. */
class PresenceAcrossNodesTest {

    /** Long enough that no heartbeat runs during a test: the test moves the clock itself. */
    private static final NodeSettings SETTINGS = new NodeSettings(true, Duration.ofHours(1), Duration.ofSeconds(1), "");

    private final String database = "presence-" + UUID.randomUUID();
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final Nodes firstNode = Nodes.inProcess(database);
    private final Nodes secondNode = Nodes.inProcess(database);
    private final EditorPresence first = new EditorPresence(firstNode, clock, SETTINGS);
    private final EditorPresence second = new EditorPresence(secondNode, clock, SETTINGS);

    @AfterEach
    void stop() {
        first.stop();
        second.stop();
        firstNode.stop();
        secondNode.stop();
    }

    @Test
    void wendy_editing_on_one_node_is_shown_on_the_other_and_goes_when_she_leaves() {
        List<List<String>> erinsView = new CopyOnWriteArrayList<>();
        second.join(7, new Visitor("erin", "Erin Editor", erinsView::add));

        Runnable wendyLeaves = first.join(7, new Visitor("wendy", "Wendy Writer", others -> { }));

        await().atMost(Duration.ofSeconds(10)).until(() -> second.othersThan(7, "erin").equals(List.of("Wendy Writer")));
        assertThat(erinsView).last().isEqualTo(List.of("Wendy Writer"));
        await().atMost(Duration.ofSeconds(10)).until(() -> first.othersThan(7, "wendy").equals(List.of("Erin Editor")));

        wendyLeaves.run();

        await().atMost(Duration.ofSeconds(10)).until(() -> second.othersThan(7, "erin").isEmpty());
        assertThat(erinsView).last().isEqualTo(List.of());
    }

    @Test
    void the_visitors_of_a_node_that_died_go_after_three_silent_heartbeats() {
        second.join(7, new Visitor("erin", "Erin Editor", others -> { }));
        first.join(7, new Visitor("wendy", "Wendy Writer", others -> { }));
        await().atMost(Duration.ofSeconds(10)).until(() -> second.othersThan(7, "erin").equals(List.of("Wendy Writer")));

        // The first node dies: it neither says goodbye nor repeats itself any more.
        firstNode.stop();
        clock.advance(SETTINGS.presenceHeartbeat().multipliedBy(3).minusSeconds(1));
        assertThat(second.othersThan(7, "erin")).containsExactly("Wendy Writer");

        clock.advance(Duration.ofSeconds(2));
        assertThat(second.othersThan(7, "erin")).isEmpty();
    }

    @Test
    void a_node_that_stops_takes_its_visitors_with_it_at_once() {
        second.join(7, new Visitor("erin", "Erin Editor", others -> { }));
        first.join(7, new Visitor("wendy", "Wendy Writer", others -> { }));
        await().atMost(Duration.ofSeconds(10)).until(() -> second.othersThan(7, "erin").equals(List.of("Wendy Writer")));

        first.stop();

        await().atMost(Duration.ofSeconds(10)).until(() -> second.othersThan(7, "erin").isEmpty());
    }

    @Test
    void the_same_person_on_both_nodes_is_named_once_and_is_no_company_to_herself() {
        second.join(7, new Visitor("wendy", "Wendy Writer", others -> { }));
        first.join(7, new Visitor("wendy", "Wendy Writer", others -> { }));
        first.join(7, new Visitor("erin", "Erin Editor", others -> { }));
        await().atMost(Duration.ofSeconds(10)).until(() -> second.othersThan(7, "carl").size() == 2);

        assertThat(second.othersThan(7, "carl")).containsExactly("Erin Editor", "Wendy Writer");
        assertThat(second.othersThan(7, "wendy")).containsExactly("Erin Editor");
    }
}
