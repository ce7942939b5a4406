package org.masthead.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.TestClock;
import org.masthead.section.SectionPlanning;
import org.masthead.section.SectionState;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The day before its deadline, a section still with its writer reminds her, once. */
@Import(DeadlineRemindersTest.StoppedClock.class)
@TestPropertySource(properties = "masthead.test.database=deadline_reminders")
class DeadlineRemindersTest extends ServiceTest {

    /** Thursday 3 December 2026, 07:30 in Prague (06:30 UTC): the day before Friday's deadlines. */
    private static final Instant THURSDAY_MORNING = Instant.parse("2026-12-03T06:30:00Z");
    /** Wednesday 2 December, 23:30 in Prague: two days before. */
    private static final Instant WEDNESDAY_LATE = Instant.parse("2026-12-02T22:30:00Z");
    /** Thursday 3 December, 00:30 in Prague, while it is still Wednesday in UTC. */
    private static final Instant THURSDAY_JUST_AFTER_MIDNIGHT = Instant.parse("2026-12-02T23:30:00Z");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

    @TestConfiguration
    static class StoppedClock {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(THURSDAY_MORNING);
        }
    }

    @Autowired
    TestClock clock;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    SectionPlanning planning;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void itIsThursdayMorning() {
        clock.set(THURSDAY_MORNING);
    }

    private void due(long sectionId, LocalDate deadline) {
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> planning.setDeadline(sectionId, deadline));
    }

    private List<String> reminders(String writer) {
        return jdbc.queryForList("select text from inbox_messages where recipient = ? and text like 'Reminder:%' order by id",
                String.class, writer);
    }

    @Test
    void a_section_with_its_writer_reminds_her_once_the_day_before_and_none_with_the_editors_or_approved() {
        List<Long> ids = desk.sectionIds(desk.newIssue());
        desk.bringTo(ids.get(0), "wendy", SectionState.DRAFT);
        desk.bringTo(ids.get(1), "walter", SectionState.IN_REVIEW);
        desk.bringTo(ids.get(2), "eddie", SectionState.APPROVED);
        ids.forEach(id -> due(id, FRIDAY));

        reminders.remind();
        reminders.remind();

        assertThat(reminders("wendy")).singleElement().asString().contains("Topics of the Week").contains("4 Dec");
        assertThat(reminders("walter")).isEmpty();
        assertThat(reminders("eddie")).isEmpty();
    }

    @Test
    void nothing_two_days_before_in_the_publications_zone_and_a_moved_deadline_reminds_again() {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.RETURNED);
        due(id, FRIDAY);
        clock.set(WEDNESDAY_LATE);   // Wednesday in Prague: two days before

        assertThat(reminders.remind()).isEmpty();

        clock.set(THURSDAY_JUST_AFTER_MIDNIGHT);
        assertThat(reminders.remind()).containsExactly(id);
        due(id, FRIDAY.plusDays(3));
        clock.set(Instant.parse("2026-12-06T09:00:00Z"));   // Sunday, the day before Monday's new deadline
        assertThat(reminders.remind()).containsExactly(id);

        assertThat(reminders("wendy")).hasSize(2);
    }

    @Test
    void two_runs_at_once_remind_once() throws Exception {
        long id = desk.sectionIds(desk.newIssue()).get(0);
        desk.bringTo(id, "wendy", SectionState.DRAFT);
        due(id, FRIDAY);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<List<Long>> run = () -> {
            together.await();
            return reminders.remind();
        };
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> runs = nodes.invokeAll(List.of(run, run));
            List<Long> reminded = new ArrayList<>();
            for (Future<List<Long>> r : runs) {
                reminded.addAll(r.get());
            }
            assertThat(reminded).containsExactly(id);
        } finally {
            nodes.shutdown();
            nodes.awaitTermination(10, TimeUnit.SECONDS);
        }
        assertThat(reminders("wendy")).hasSize(1);
    }
}
