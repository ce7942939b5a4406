package org.masthead.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.masthead.Desk;
import org.masthead.ServiceTest;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditEvent;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.issue.IssueStatus;
import org.masthead.review.Inbox;
import org.masthead.review.InboxMessage;
import org.masthead.section.SectionService;
import org.masthead.section.SectionState;
import org.masthead.section.SectionWorkflow;
import org.masthead.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class SchedulesTest extends ServiceTest {

    static final LocalDateTime NEXT_FRIDAY_9 = LocalDateTime.now(ZoneId.of("Europe/Prague")).plusDays(7).withHour(9).withMinute(0)
            .withSecond(0).withNano(0);

    @Autowired
    Schedules schedules;
    @Autowired
    IssueService issues;
    @Autowired
    SectionService sections;
    @Autowired
    SectionWorkflow workflow;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Inbox inbox;

    @Test
    void scheduling_a_ready_issue_records_the_time_and_stores_exactly_one_job_for_it() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);

        Issue issue = schedules.schedule(issueId, NEXT_FRIDAY_9);

        assertThat(issue.getScheduledFor()).isEqualTo(NEXT_FRIDAY_9.atZone(ZoneId.of("Europe/Prague")).toInstant());
        assertThat(sections.progressOf(issueId).status()).isEqualTo(IssueStatus.SCHEDULED);
        assertThat(jobsFor(issueId)).isOne();
        assertThat(jdbc.queryForObject("select execution_time from scheduled_tasks where task_instance = ?",
                java.sql.Timestamp.class, String.valueOf(issueId)).toInstant()).isEqualTo(issue.getScheduledFor());
    }

    @Test
    void unscheduling_takes_back_both_the_time_and_the_job() {
        long issueId = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);
        schedules.schedule(issueId, NEXT_FRIDAY_9);

        schedules.unschedule(issueId);

        assertThat(issues.require(issueId).isScheduled()).isFalse();
        assertThat(sections.progressOf(issueId).status()).isEqualTo(IssueStatus.READY);
        assertThat(jobsFor(issueId)).isZero();
        assertThat(audit.ofIssue(issueId)).extracting(AuditEvent::getAction).contains(AuditAction.ISSUE_SCHEDULED, AuditAction.ISSUE_UNSCHEDULED);
    }

    @Test
    void an_issue_that_is_not_ready_or_a_time_in_the_past_cannot_be_scheduled() {
        long notReady = desk.newIssue();
        long ready = desk.readyIssue();
        Desk.signIn("paula", Role.PUBLISHER);

        assertThatThrownBy(() -> schedules.schedule(notReady, NEXT_FRIDAY_9)).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("cannot be scheduled yet").hasMessageContaining("\"Topics of the Week\" is draft");
        assertThatThrownBy(() -> schedules.schedule(ready, LocalDateTime.now().minusDays(1)))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("That time has passed");
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks", Long.class)).isZero();
    }

    @Test
    void only_a_publisher_schedules_or_unschedules() {
        long issueId = desk.readyIssue();
        Desk.signIn("erin", Role.EDITOR);
        assertThatThrownBy(() -> schedules.schedule(issueId, NEXT_FRIDAY_9)).isInstanceOf(AccessDeniedException.class);
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, NEXT_FRIDAY_9));
        Desk.signIn("erin", Role.EDITOR);
        assertThatThrownBy(() -> schedules.unschedule(issueId)).isInstanceOf(AccessDeniedException.class);
        assertThat(jobsFor(issueId)).isOne();
    }

    @Test
    void reopening_a_section_of_a_scheduled_issue_cancels_the_schedule_and_says_why_on_the_issue_and_in_the_audit_trail() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, NEXT_FRIDAY_9));
        long topics = desk.sectionIds(issueId).get(0);

        Desk.as("erin", Desk.roles(Role.EDITOR), () -> workflow.reopen(topics, "The second story is outdated."));

        Issue issue = desk.section(topics).getIssue();
        assertThat(issue.isScheduled()).isFalse();
        assertThat(issue.getScheduleCancelledReason()).contains("\"Topics of the Week\" was reopened by erin",
                "The second story is outdated.", "Schedule it again once every section is approved.");
        assertThat(jobsFor(issueId)).isZero();
        assertThat(desk.stateOf(topics)).isEqualTo(SectionState.RETURNED);
        Desk.signIn("paula", Role.PUBLISHER);
        assertThat(issues.withCancelledSchedule()).extracting(Issue::getId).containsExactly(issueId);
        assertThat(audit.ofIssue(issueId)).filteredOn(e -> e.getAction().equals(AuditAction.SCHEDULE_CANCELLED))
                .singleElement().satisfies(e -> assertThat(e.getActor()).isEqualTo("erin"));
    }

    @Test
    void a_writer_who_saves_her_approved_section_of_a_scheduled_issue_is_saved_and_the_desk_calls_the_release_off() {
        long issueId = desk.readyIssue();
        Desk.as("paula", Desk.roles(Role.PUBLISHER), () -> schedules.schedule(issueId, NEXT_FRIDAY_9));
        long topics = desk.sectionIds(issueId).get(0);
        long version = desk.section(topics).getVersion();

        Desk.as("wendy", Desk.roles(Role.WRITER), () -> sections.saveBody(topics, "A sharper first topic.", version));

        assertThat(desk.section(topics).getBody()).isEqualTo("A sharper first topic.");
        assertThat(desk.stateOf(topics)).isEqualTo(SectionState.IN_REVIEW);
        Issue issue = desk.section(topics).getIssue();
        assertThat(issue.isScheduled()).isFalse();
        assertThat(issue.getScheduleCancelledReason()).contains("\"Topics of the Week\" was changed after approval by wendy");
        assertThat(jobsFor(issueId)).isZero();
        Desk.signIn("paula", Role.PUBLISHER);
        assertThat(inbox.mine()).extracting(InboxMessage::getText).anySatisfy(text -> assertThat(text)
                .contains("\"Topics of the Week\" was changed after approval by wendy", "is cancelled"));
        assertThat(audit.ofIssue(issueId)).filteredOn(e -> e.getAction().equals(AuditAction.SCHEDULE_CANCELLED))
                .singleElement().satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("system");
                    assertThat(e.getNote()).contains("changed after approval by wendy");
                });
    }

    private long jobsFor(long issueId) {
        return jdbc.queryForObject("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?",
                Long.class, Schedules.TASK, String.valueOf(issueId));
    }
}
