package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.base.WorkflowException;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app instances, each with its own web server, on one database, as behind a load balancer:
 * the database is the only shared state. Runs on a shared in-memory H2 in the H2 run and on
 * PostgreSQL in the PostgreSQL run.
 *
 * <p>Scheduled work running once across nodes belongs here too: when the db-scheduler tasks
 * land, start a task on both nodes and assert it ran once (db-scheduler's row lock does that).
 */
class TwoNodesIT {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private long sectionId;

    @BeforeAll
    static void startTwoNodes() {
        first = node(true);
        second = node(false);
    }

    @AfterAll
    static void stopBothNodes() {
        SecurityContextHolder.clearContext();
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    /** A node on the shared database; only the first may empty it (PostgreSQL run). */
    private static ConfigurableApplicationContext node(boolean cleansDatabase) {
        return new SpringApplicationBuilder(Application.class)
                .profiles(TestDatabase.profiles("test"))
                .run("--server.port=0", "--masthead.test.database=two_nodes",
                        "--masthead.test.clean-database=" + (cleansDatabase && TestDatabase.isPostgres()));
    }

    @BeforeEach
    void aSectionOfWendysOnTheDesk() {
        on(first);
        Desk desk = first.getBean(Desk.class);
        desk.reset();
        sectionId = desk.sectionIds(desk.newIssue()).get(0);
        desk.assign(sectionId, "wendy");
    }

    @Test
    void a_section_saved_on_one_node_is_read_on_the_other_and_back() {
        long version = read(first).getVersion();
        save(first, "Written on the first node.", version);

        Section seen = read(second);
        assertThat(seen.getBody()).isEqualTo("Written on the first node.");

        save(second, "Revised on the second node.", seen.getVersion());
        assertThat(read(first).getBody()).isEqualTo("Revised on the second node.");
    }

    @Test
    void a_save_on_one_node_from_a_version_already_changed_on_the_other_is_refused() {
        long version = read(first).getVersion();
        save(first, "The first node's text.", version);

        assertThatThrownBy(() -> save(second, "The second node's text.", version))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Someone else saved");
        assertThat(read(second).getBody()).isEqualTo("The first node's text.");
    }

    @Test
    void two_saves_racing_on_two_nodes_are_caught_by_the_database_version_check() {
        TransactionTemplate onSecond = new TransactionTemplate(second.getBean(PlatformTransactionManager.class));

        onSecond.executeWithoutResult(status -> {
            // The second node has read the section inside its transaction when the first commits.
            long version = read(second).getVersion();
            save(first, "The first node's text.", version);

            assertThatThrownBy(() -> save(second, "The second node's text.", version))
                    .isInstanceOf(OptimisticLockingFailureException.class);
            status.setRollbackOnly();
        });

        assertThat(read(first).getBody()).isEqualTo("The first node's text.");
        assertThat(read(second).getBody()).isEqualTo("The first node's text.");
    }

    private Section read(ConfigurableApplicationContext node) {
        on(node);
        return as("erin", roles(Role.EDITOR), () -> node.getBean(SectionService.class).require(sectionId));
    }

    private void save(ConfigurableApplicationContext node, String body, long version) {
        on(node);
        as("wendy", roles(Role.WRITER), () -> node.getBean(SectionService.class).saveBody(sectionId, body, version));
    }

    /** Service calls go to this node: its method security reads its own holder strategy. */
    private static void on(ConfigurableApplicationContext node) {
        ServiceTest.useSecurityOf(node.getBean(SecurityContextHolderStrategy.class));
    }
}
