package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app instances, each with its own web server, on one database, as behind a load balancer:
 * the database is the only shared state. Runs on a shared in-memory H2 in the H2 run and on
 * PostgreSQL in the PostgreSQL run.
 *
 * <p>Scheduled work running once across nodes belongs here too: the cadence's week is made by
 * one node when both try at the same moment (the week's unique row does that, not db-scheduler).
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

    @Test
    void the_weeks_issue_is_made_once_when_both_nodes_make_it_at_the_same_moment() throws Exception {
        // Issues made four weeks ahead: several weeks are due now; the last is far from the fixture's issue.
        DayOfWeek releaseDay = LocalDate.now(ZoneId.of("Europe/Prague")).plusDays(2).getDayOfWeek();
        on(first);
        as("erin", roles(Role.EDITOR), () -> first.getBean(CadenceService.class).setCadence(new Cadence(releaseDay,
                LocalTime.of(9, 0), 2, LocalTime.of(17, 0), 1, LocalTime.of(12, 0), 28)));
        List<LocalDate> due = as("erin", roles(Role.EDITOR), () -> first.getBean(CadenceService.class).dueWeeks());
        LocalDate day = due.get(due.size() - 1);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = nodes.invokeAll(List.of(makeOn(first, day, together), makeOn(second, day, together)));
            int made = 0;
            for (Future<Integer> run : runs) {
                made += run.get();
            }
            assertThat(made).as("issues made by the two nodes").isOne();
        } finally {
            nodes.shutdown();
            nodes.awaitTermination(30, TimeUnit.SECONDS);
        }
        Desk desk = first.getBean(Desk.class);
        assertThat(desk.jdbc().queryForList("select number from issues order by number", Integer.class))
                .containsExactly(1, 2);   // the fixture's issue 1, and the week's
        assertThat(desk.jdbc().queryForObject("select count(*) from cadence_weeks where release_date = ?", Long.class, day))
                .isOne();
    }

    /** One node making the week's issue as its cadence job does, signed in on that node's own holder. */
    private static Callable<Integer> makeOn(ConfigurableApplicationContext node, LocalDate day, CyclicBarrier together) {
        return () -> {
            SecurityContextHolderStrategy security = node.getBean(SecurityContextHolderStrategy.class);
            security.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                    List.of(new SimpleGrantedAuthority(Role.EDITOR.authority()))));
            try {
                together.await();
                return node.getBean(CadenceService.class).makeIssueFor(day).isPresent() ? 1 : 0;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
                return 0;   // the other node had it: what CadenceTask logs and moves on from
            } finally {
                security.clearContext();
            }
        };
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
