package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.Refusal;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.mailing.Sending;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Releases an issue, now or when its schedule comes: checks it on the server, renders it once into an edition, freezes it. */
@Service
@Transactional
public class ReleaseService {

    private final IssueService issues;
    private final SectionService sections;
    private final ReleaseChecks checks;
    private final EditionWriter writer;
    private final EditionRepository editions;
    private final Schedules schedules;
    private final ReleaseRules rules;
    private final AuditTrail audit;
    private final Sending sending;
    private final Clock clock;

    ReleaseService(IssueService issues, SectionService sections, ReleaseChecks checks, EditionWriter writer,
                   EditionRepository editions, Schedules schedules, ReleaseRules rules, AuditTrail audit, Sending sending,
                   Clock clock) {
        this.issues = issues;
        this.sections = sections;
        this.checks = checks;
        this.writer = writer;
        this.editions = editions;
        this.schedules = schedules;
        this.rules = rules;
        this.audit = audit;
        this.sending = sending;
        this.clock = clock;
    }

    /**
     * The issue exactly as readers will get it, for the release screen: rendered by the code that
     * renders the edition, from the same inputs, dated as the release will date it (today in the
     * publication's time zone, or the day of the schedule). Once released, the newest edition.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public EditionPreview preview(long issueId) {
        Issue issue = issues.require(issueId);
        if (issue.isReleased()) {
            List<Edition> stored = editions.findByIssueIdOrderByEditionNoAsc(issueId);
            if (!stored.isEmpty()) {
                Edition newest = stored.get(stored.size() - 1);
                return EditionPreview.of(newest, EditionRenderer.date(newest.getFirstReleasedAt(),
                        issue.getPublication().getTimeZone()));
            }
        }
        return writer.preview(issue, sections.keptSectionsOf(issueId), releaseDateOf(issue),
                EditionHistory.first(issue.getNumber()));
    }

    /** What still stands between the issue and its release; empty when it can go. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<String> problemsBeforeRelease(long issueId) {
        return checks.problems(issues.require(issueId), sections.keptSectionsOf(issueId));
    }

    /**
     * What the signed-in person may do to this issue's release now, and why not: the release
     * screen draws its buttons from it, and each verdict is the rule the service call enforces.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public ReleaseActions actionsFor(long issueId) {
        Issue issue = issues.require(issueId);
        Map<ReleaseAction, Optional<String>> refusals = new EnumMap<>(ReleaseAction.class);
        // One run of the checks for both verdicts: each run renders every section.
        var notReady = rules.readiness(issue);
        refusals.put(ReleaseAction.RELEASE_NOW, rules.release(issue, notReady));
        refusals.put(ReleaseAction.SCHEDULE, rules.schedule(issue, notReady));
        refusals.put(ReleaseAction.UNSCHEDULE, rules.unschedule(issue));
        refusals.put(ReleaseAction.CORRECT, rules.correct(issue));
        Set<ReleaseAction> untilReady = EnumSet.noneOf(ReleaseAction.class);
        if (rules.releaseOnceReady(issue).isEmpty()) {
            untilReady.add(ReleaseAction.RELEASE_NOW);
        }
        if (rules.scheduleOnceReady(issue).isEmpty()) {
            untilReady.add(ReleaseAction.SCHEDULE);
        }
        untilReady.removeIf(action -> refusals.get(action).isEmpty());
        return new ReleaseActions(refusals, untilReady);
    }

    /** Releases the issue now and queues its email for every confirmed subscriber, in one transaction. */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Edition release(long issueId) {
        Issue issue = issues.require(issueId);
        Refusal.enforce(rules.release(issue));
        List<Section> kept = sections.keptSectionsOf(issueId);
        if (issue.isScheduled()) {
            // Released by hand before its time: the job must not find anything left to do.
            schedules.dropJob(issueId);
        }
        Instant now = clock.instant();
        Edition edition = writer.write(issue, kept, now, EditionHistory.first(issue.getNumber()));
        issues.markReleased(issueId, now);
        // In this transaction: the release and its mail to every confirmed subscriber commit together.
        sending.queue(edition.getId());
        return edition;
    }

    /**
     * What the scheduled job does when its time comes. It runs every check again, because the
     * issue may have changed since it was scheduled; when they fail it releases nothing, calls the
     * schedule off and says why on the issue. Running twice is harmless: the second run finds the
     * issue released (or unscheduled) and does nothing. Every run leaves a line in the audit trail.
     * The edition carries the scheduled time, as the preview did, even when the job runs late.
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Optional<Edition> releaseAsScheduled(long issueId, String node) {
        Issue issue = issues.require(issueId);
        if (issue.isReleased() || !issue.isScheduled()) {
            audit.record(AuditAction.SCHEDULED_RELEASE_RAN, issueId, null, null, null,
                    (issue.isReleased() ? "Already released" : "No longer scheduled") + "; nothing to do (" + node + ").");
            return Optional.empty();
        }
        List<String> problems = checks.problems(issue, sections.keptSectionsOf(issueId));
        if (!problems.isEmpty()) {
            return didNotGoOut(issue, String.join(" ", problems), "checks failed", node);
        }
        Instant scheduledFor = releaseDateOf(issue);
        Edition edition;
        try {
            edition = writer.write(issue, sections.keptSectionsOf(issueId), scheduledFor, EditionHistory.first(issue.getNumber()));
        } catch (WorkflowException notFormatted) {
            // Nothing was stored (the writer refuses before saving); told like any failed check.
            return didNotGoOut(issue, notFormatted.getMessage(), "not formatted in time", node);
        }
        audit.record(AuditAction.SCHEDULED_RELEASE_RAN, issueId, null, null, null, "Released (" + node + ").");
        issues.markReleased(issueId, scheduledFor);
        sending.queue(edition.getId());
        return Optional.of(edition);
    }

    /** Calls the schedule off and says why on the issue, where the publisher reads it, and in the audit trail. */
    private Optional<Edition> didNotGoOut(Issue issue, String why, String auditReason, String node) {
        String when = EditionRenderer.date(issue.getScheduledFor(), issue.getPublication().getTimeZone());
        issues.cancelSchedule(issue.getId(), "The release scheduled for " + when + " did not go out: " + why);
        audit.record(AuditAction.SCHEDULED_RELEASE_RAN, issue.getId(), null, null, null, "Not released: " + auditReason + " (" + node + ").");
        return Optional.empty();
    }

    /** When the release will be, as the edition records it: at its schedule if it has one, else now. */
    private Instant releaseDateOf(Issue issue) {
        return issue.isScheduled() ? issue.getScheduledFor() : clock.instant();
    }
}
