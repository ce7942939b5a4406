package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.section.SectionPlanning;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled releases as they run in production: db-scheduler nodes polling one shared database.
 * Each test starts its own nodes after the release was scheduled, so the job has only the
 * database to live in, exactly as across a restart.
 */
class ScheduledReleaseTest extends ServiceTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    OneTimeTask<Void> scheduledRelease;
    @Autowired
    Schedules schedules;
    @Autowired
    IssueService issues;
    @Autowired
    SectionPlanning planning;
    @Autowired
    JdbcTemplate jdbc;

    private final List<Scheduler> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(Scheduler::stop);
    }

    @Test
    void two_nodes_on_one_database_release_each_scheduled_issue_exactly_once() {
        List<Long> scheduled = List.of(desk.readyIssue(), desk.readyIssue(), desk.readyIssue());
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusSeconds(2);
        scheduled.forEach(id -> Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(id, soon)));

        startNode("node-a");
        startNode("node-b");

        await().atMost(Duration.ofSeconds(30)).until(() -> scheduled.stream().allMatch(this::isReleased));
        // Both nodes keep polling for a while: a second run of any job would show up here.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> scheduled.stream()
                .allMatch(id -> runsOf(id) == 1));
        for (long id : scheduled) {
            assertThat(count("select count(*) from editions where issue_id = ?", id)).isOne();
            assertThat(count("select count(*) from audit_events where issue_id = ? and action = 'ISSUE_RELEASED' "
                    + "and actor = 'scheduler'", id)).isOne();
        }
        assertThat(count("select count(*) from scheduled_tasks")).isZero();
        assertThat(jdbc.queryForList("select note from audit_events where action = 'SCHEDULED_RELEASE_RAN'", String.class))
                .allMatch(note -> note.matches("Released \\(node node-[ab]\\)\\."));
    }

    @Test
    void a_scheduled_release_whose_checks_fail_when_it_runs_releases_nothing_and_tells_the_publisher_why() {
        long issueId = desk.readyIssue();
        LocalDateTime soon = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusSeconds(2);
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, soon));
        // After scheduling, someone adds a section nobody has written yet.
        Desk.as("erin", Desk.roles(Role.EDITOR), () -> planning.add(issueId, "Letters to the desk"));

        startNode("node-a");

        await().atMost(Duration.ofSeconds(30)).until(() -> runsOf(issueId) == 1);
        Issue issue = Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> issues.require(issueId));
        assertThat(issue.isReleased()).isFalse();
        assertThat(issue.isScheduled()).isFalse();
        assertThat(issue.getScheduleCancelledReason()).startsWith("The release scheduled for ")
                .contains("did not go out", "\"Letters to the desk\" is draft (Unassigned).", "\"Letters to the desk\" is empty.");
        assertThat(count("select count(*) from editions where issue_id = ?", issueId)).isZero();
        assertThat(Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> issues.withCancelledSchedule()))
                .extracting(Issue::getId).containsExactly(issueId);
    }

    private void startNode(String name) {
        Scheduler node = Scheduler.create(dataSource, scheduledRelease)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(2)
                .pollingInterval(Duration.ofMillis(100))
                .build();
        nodes.add(node);
        node.start();
    }

    private boolean isReleased(long issueId) {
        return count("select count(*) from issues where id = ? and released_at is not null", issueId) == 1;
    }

    private long runsOf(long issueId) {
        return count("select count(*) from audit_events where issue_id = ? and action = 'SCHEDULED_RELEASE_RAN'", issueId);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
