package org.masthead.publishing;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.masthead.base.Refusal;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.review.Inbox;
import org.masthead.section.Section;
import org.masthead.section.SectionEvents.SectionChangedAfterApproval;
import org.masthead.section.SectionEvents.SectionReopened;
import org.masthead.section.SectionService;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.RunAs;
import org.masthead.user.User;
import org.masthead.user.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled releases. The issue records when; db-scheduler's table holds the job that runs it
 * (one row per issue, picked by exactly one node). Both change in the same transaction: the
 * scheduler's data source joins Spring's transactions, so neither can exist without the other.
 */
@Service
@Transactional
public class Schedules {

    /** The db-scheduler task that releases an issue; its instance id is the issue's id. */
    static final String TASK = "scheduled-release";

    private final IssueService issues;
    private final SectionService sections;
    private final ReleaseRules rules;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Void> task;
    private final Inbox inbox;
    private final UserService users;
    private final Clock clock;

    Schedules(IssueService issues, SectionService sections, ReleaseRules rules, SchedulerClient scheduler,
              OneTimeTask<Void> task, Inbox inbox, UserService users, Clock clock) {
        this.issues = issues;
        this.sections = sections;
        this.rules = rules;
        this.scheduler = scheduler;
        this.task = task;
        this.inbox = inbox;
        this.users = users;
        this.clock = clock;
    }

    /** The value {@link #schedule} refuses by name, and its sentence when missing: the schedule form says the same. */
    public static final String FIELD_AT = "at";
    public static final String TIME_MISSING = "Pick the date and time of the release.";

    /** Releases the issue at {@code at}, a date and time in the publication's time zone. */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Issue schedule(long issueId, LocalDateTime at) {
        Issue issue = issues.require(issueId);
        Refusal.enforce(rules.schedule(issue));
        if (at == null) {
            throw WorkflowException.onField(FIELD_AT, TIME_MISSING);
        }
        Instant when = at.atZone(issue.getPublication().getTimeZone()).toInstant();
        if (!when.isAfter(clock.instant())) {
            throw WorkflowException.onField(FIELD_AT, "That time has passed. Pick a time in the future, or release now.");
        }
        issues.markScheduled(issueId, when);
        scheduler.schedule(task.instance(String.valueOf(issueId)), when);
        return issue;
    }

    /** Takes the schedule back; possible until the job has run. */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Issue unschedule(long issueId) {
        Refusal.enforce(rules.unschedule(issues.require(issueId)));
        Issue issue = issues.markUnscheduled(issueId);
        dropJob(issueId);
        return issue;
    }

    /**
     * A reopened section means the issue is no longer what the publisher scheduled: call the
     * release off, in the reopening's own transaction, and leave the reason on the issue.
     */
    @EventListener
    void cancelWhenASectionIsReopened(SectionReopened reopened) {
        cancel(reopened.issueId(), reopened.sectionId(),
                "was reopened by " + reopened.author() + " (" + reopened.note() + ")");
    }

    /**
     * The same when an approved text is changed: it is back in review, so the issue is not ready.
     * A writer may save her approved section but may not call a release off herself, so the desk
     * does it, as the consequence of her save, under its own name ({@link CurrentUser#DESK}); the reason on
     * the issue, the audit line and the publishers' message name her.
     */
    @EventListener
    void cancelWhenAnApprovedSectionChanges(SectionChangedAfterApproval changed) {
        RunAs.asDesk(Set.of(Role.PUBLISHER), () -> {
            cancel(changed.issueId(), changed.sectionId(), "was changed after approval by " + changed.author());
            return null;
        });
    }

    private void cancel(long issueId, long sectionId, String what) {
        Issue issue = issues.require(issueId);
        if (!issue.isScheduled()) {
            return;
        }
        Section section = sections.require(sectionId);
        String when = EditionRenderer.date(issue.getScheduledFor(), issue.getPublication().getTimeZone());
        String reason = "\"" + section.getHeading() + "\" " + what + ", so the release scheduled for " + when
                + " is cancelled. Schedule it again once every section is approved.";
        issues.cancelSchedule(issue.getId(), reason);
        dropJob(issue.getId());
        inbox.tell(users.activeWithRole(Role.PUBLISHER).stream().map(User::getUsername).toList(), issueId, null,
                "Issue " + issue.getNumber() + ": " + reason);
    }

    /** Removes the job, if it is still waiting. */
    void dropJob(long issueId) {
        try {
            scheduler.cancel(TaskInstanceId.of(TASK, String.valueOf(issueId)));
        } catch (TaskInstanceNotFoundException alreadyGone) {
            // Nothing waiting: it ran already or was never stored. Either way nothing is left to stop.
        } catch (TaskInstanceCurrentlyExecutingException running) {
            throw new WorkflowException("The scheduled release is running right now. Reload in a moment to see how it went.");
        }
    }
}
