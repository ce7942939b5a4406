package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.masthead.Desk.as;
import static org.masthead.Desk.roles;

import com.vaadin.flow.shared.Registration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.base.DeskChange;
import org.masthead.base.WorkflowException;
import org.masthead.base.ui.ChangeOnAnotherNode;
import org.masthead.base.ui.DeskUpdates;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.publishing.Archive;
import org.masthead.publishing.ReleaseService;
import org.masthead.section.Autosave;
import org.masthead.section.Autosaves;
import org.masthead.section.EditorPresence;
import org.masthead.section.Section;
import org.masthead.section.SectionEvents.SectionApproved;
import org.masthead.section.SectionEvents.SectionAssigned;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.Ordered;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListenerAdapter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two app instances, each with its own web server, on one database, as behind a load balancer:
 * the database is the only shared state. Runs on a shared in-memory H2 in the H2 run and on
 * PostgreSQL in the PostgreSQL run.
 *
 * <p>The nodes hear each other through the database (PostgreSQL's LISTEN/NOTIFY; on H2, two nodes
 * in one JVM share the in-memory database and hear each other in process): a desk change, who has
 * a section open and a released edition reach the other node without anyone navigating there.
 * The archive's recheck is an hour here, so only the message can tell the second node's search.
 *
 * <p>Scheduled work running once across nodes belongs here too: the cadence's week is made by
 * one node when both try at the same moment (the week's unique row does that, not db-scheduler).
 */
class TwoNodesIT {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    private long issueId;
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
                        "--masthead.nodes.listen=true", "--masthead.archive.recheck-after=1h",
                        "--masthead.nodes.route=" + (cleansDatabase ? "a" : "b"),
                        "--masthead.test.clean-database=" + (cleansDatabase && TestDatabase.isPostgres()));
    }

    @BeforeEach
    void aSectionOfWendysOnTheDesk() {
        on(first);
        Desk desk = first.getBean(Desk.class);
        desk.reset();
        issueId = desk.newIssue();
        sectionId = desk.sectionIds(issueId).get(0);
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

    /** What deploy/nginx-two-nodes.conf reads: the node's route at the end of the session id, and its readiness. */
    @Test
    void each_node_ends_its_session_ids_with_its_route_and_says_when_it_is_ready() throws Exception {
        for (var node : Map.of("a", first, "b", second).entrySet()) {
            String address = "http://localhost:" + node.getValue().getEnvironment().getProperty("local.server.port");
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(address + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().allValues("Set-Cookie")).as(node.getKey())
                    .anySatisfy(cookie -> assertThat(cookie).matches("JSESSIONID=[0-9A-F]+\\." + node.getKey() + ";.*"));

            HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(address + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(ready.headers().allValues("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void an_approval_on_one_node_reaches_the_other_nodes_screens_and_the_first_node_hears_it_only_once() {
        first.getBean(Desk.class).bringTo(sectionId, "wendy", SectionState.IN_REVIEW);
        List<DeskChange> heardOnFirst = new CopyOnWriteArrayList<>();
        List<DeskChange> heardOnSecond = new CopyOnWriteArrayList<>();
        Registration firstListens = first.getBean(DeskUpdates.class).register(heardOnFirst::add);
        Registration secondListens = second.getBean(DeskUpdates.class).register(heardOnSecond::add);
        try {
            on(first);
            as("erin", roles(Role.EDITOR), () -> first.getBean(SectionWorkflow.class).approve(sectionId));

            ChangeOnAnotherNode approval = new ChangeOnAnotherNode("SectionApproved",
                    Map.of("sectionId", sectionId, "issueId", issueId));
            await().atMost(Duration.ofSeconds(10)).until(() -> heardOnSecond.contains(approval));
            assertThat(heardOnSecond).noneMatch(SectionApproved.class::isInstance);

            // A change from the second node: the first hears it after its own approval's echo.
            on(second);
            second.getBean(Desk.class).assign(sectionId, "walter");
            await().atMost(Duration.ofSeconds(10)).until(() -> heardOnFirst.stream().anyMatch(change ->
                    change instanceof ChangeOnAnotherNode told && told.kind().equals("SectionAssigned")));
            assertThat(heardOnFirst).filteredOn(SectionApproved.class::isInstance).hasSize(1);
            assertThat(heardOnFirst).noneMatch(change -> change instanceof ChangeOnAnotherNode told
                    && told.kind().equals("SectionApproved"));
        } finally {
            firstListens.remove();
            secondListens.remove();
        }
    }

    @Test
    void wendy_editing_on_one_node_is_shown_on_the_other_and_goes_when_she_leaves() {
        on(first);
        Runnable wendyLeaves = as("wendy", roles(Role.WRITER), () -> first.getBean(EditorPresence.class)
                .join(sectionId, new EditorPresence.Visitor("wendy", "Wendy Writer", others -> { })));

        await().atMost(Duration.ofSeconds(10)).until(() -> othersOnSecond().equals(List.of("Wendy Writer")));
        wendyLeaves.run();
        await().atMost(Duration.ofSeconds(10)).until(() -> othersOnSecond().isEmpty());
    }

    private List<String> othersOnSecond() {
        on(second);
        return as("erin", roles(Role.EDITOR), () -> second.getBean(EditorPresence.class).othersThan(sectionId, "erin"));
    }

    @Test
    void an_issue_released_on_one_node_is_found_by_the_other_nodes_search_at_once() {
        Desk desk = first.getBean(Desk.class);
        long ready = desk.readyIssue();
        assertThat(searchOnSecond("wendy")).contains("No issue contains");

        on(first);
        as("paula", roles(Role.PUBLISHER), () -> first.getBean(ReleaseService.class).release(ready));

        await().atMost(Duration.ofSeconds(10)).until(() -> searchOnSecond("wendy").contains("One issue contains"));
    }

    private String searchOnSecond(String query) {
        on(second);
        return second.getBean(Archive.class).indexPage(query, 1).orElseThrow();
    }

    @Test
    void wendys_typing_kept_on_one_node_is_offered_back_on_the_other() {
        on(first);
        as("wendy", roles(Role.WRITER), () -> {
            first.getBean(Autosaves.class).keep(sectionId, "Typed on the first node, not yet saved.");
            return null;
        });

        on(second);
        Autosave offered = as("wendy", roles(Role.WRITER), () -> second.getBean(Autosaves.class).pending(sectionId)).orElseThrow();
        assertThat(offered.getBody()).isEqualTo("Typed on the first node, not yet saved.");
    }

    /**
     * Not a check of speed (the assertion is only that every change arrives): prints the median
     * time from the commit on the first node (as it starts: the flush and the commit itself count)
     * to the second node's desk listener, for BENCHMARKS.md.
     */
    @Test
    void every_change_in_a_row_reaches_the_other_node_and_the_time_it_takes_is_printed() {
        int rounds = 21;
        Map<Long, Long> committedAt = new ConcurrentHashMap<>();
        Map<Long, Long> heardAt = new ConcurrentHashMap<>();
        // Stamped as the first node's transaction begins to commit, with the message already sent in it.
        TransactionalApplicationListenerAdapter<ApplicationEvent> committing = new TransactionalApplicationListenerAdapter<>(event -> {
            if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof SectionAssigned assigned) {
                committedAt.putIfAbsent(assigned.sectionId(), System.nanoTime());
            }
        });
        committing.setTransactionPhase(TransactionPhase.BEFORE_COMMIT);
        committing.setOrder(Ordered.LOWEST_PRECEDENCE);
        first.addApplicationListener(committing);
        Registration secondListens = second.getBean(DeskUpdates.class).register(change -> {
            if (change instanceof ChangeOnAnotherNode told && told.kind().equals("SectionAssigned")) {
                heardAt.putIfAbsent(told.ids().get("sectionId"), System.nanoTime());
            }
        });
        List<Long> micros = new ArrayList<>();
        try {
            Desk desk = first.getBean(Desk.class);
            for (int i = 0; i < rounds; i++) {
                on(first);
                long section = desk.sectionIds(desk.newIssue()).get(0);
                desk.assign(section, "walter");
                await().atMost(Duration.ofSeconds(10)).until(() -> heardAt.containsKey(section));
                micros.add((heardAt.get(section) - committedAt.get(section)) / 1000);
            }
        } finally {
            first.removeApplicationListener(committing);
            secondListens.remove();
        }
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf("Desk change, commit on one node to the other node's listener (%s, %d runs): median %.1f ms, min %.1f ms, max %.1f ms%n",
                TestDatabase.isPostgres() ? "PostgreSQL" : "H2", rounds, sorted.get(rounds / 2) / 1000.0,
                sorted.get(0) / 1000.0, sorted.get(rounds - 1) / 1000.0);
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
