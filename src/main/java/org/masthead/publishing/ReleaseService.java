package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
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
    private final EditionRenderer renderer;
    private final EmailRenderer email;
    private final EditionWriter writer;
    private final Schedules schedules;
    private final PublicSite site;
    private final AuditTrail audit;
    private final Clock clock;

    ReleaseService(IssueService issues, SectionService sections, ReleaseChecks checks, EditionRenderer renderer,
                   EmailRenderer email, EditionWriter writer, Schedules schedules, PublicSite site, AuditTrail audit,
                   Clock clock) {
        this.issues = issues;
        this.sections = sections;
        this.checks = checks;
        this.renderer = renderer;
        this.email = email;
        this.writer = writer;
        this.schedules = schedules;
        this.site = site;
        this.audit = audit;
        this.clock = clock;
    }

    /** The issue exactly as readers will get it on the web, for the release screen. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public String preview(long issueId) {
        Issue issue = issues.require(issueId);
        return renderer.article(issue, sections.keptSectionsOf(issueId), dateOf(issue));
    }

    /** The issue exactly as subscribers will get it by email, for the release screen. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public String emailPreview(long issueId) {
        Issue issue = issues.require(issueId);
        String article = renderer.article(issue, sections.keptSectionsOf(issueId), dateOf(issue));
        return email.email(issue.getPublication().getName(), issue.getTitle(), article, site.baseUrl(),
                Edition.permalink(issue.getNumber()));
    }

    /** What still stands between the issue and its release; empty when it can go. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<String> problemsBeforeRelease(long issueId) {
        return checks.problems(issues.require(issueId), sections.keptSectionsOf(issueId));
    }

    @PreAuthorize("hasRole('PUBLISHER')")
    public Edition release(long issueId) {
        Issue issue = issues.require(issueId);
        issue.requireInProduction();
        List<Section> kept = sections.keptSectionsOf(issueId);
        List<String> problems = checks.problems(issue, kept);
        if (!problems.isEmpty()) {
            throw new WorkflowException("Issue " + issue.getNumber() + " is not ready to release: "
                    + sections.progressOf(issueId).label() + ". " + String.join(" ", problems));
        }
        if (issue.isScheduled()) {
            // Released by hand before its time: the job must not find anything left to do.
            schedules.dropJob(issueId);
        }
        Edition edition = writer.write(issue, kept, clock.instant(), EditionHistory.first(issue.getNumber()));
        issues.markReleased(issueId);
        return edition;
    }

    /**
     * What the scheduled job does when its time comes. It runs every check again, because the
     * issue may have changed since it was scheduled; when they fail it releases nothing, calls the
     * schedule off and says why on the issue. Running twice is harmless: the second run finds the
     * issue released (or unscheduled) and does nothing. Every run leaves a line in the audit trail.
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Optional<Edition> releaseAsScheduled(long issueId, String node) {
        Issue issue = issues.require(issueId);
        if (issue.isReleased() || !issue.isScheduled()) {
            audit.record("SCHEDULED_RELEASE_RAN", issueId, null, null, null,
                    (issue.isReleased() ? "Already released" : "No longer scheduled") + "; nothing to do (" + node + ").");
            return Optional.empty();
        }
        List<String> problems = checks.problems(issue, sections.keptSectionsOf(issueId));
        if (!problems.isEmpty()) {
            String when = EditionRenderer.date(issue.getScheduledFor(), issue.getPublication().getTimeZone());
            issues.cancelSchedule(issueId, "The release scheduled for " + when + " did not go out: " + String.join(" ", problems));
            audit.record("SCHEDULED_RELEASE_RAN", issueId, null, null, null, "Not released: checks failed (" + node + ").");
            return Optional.empty();
        }
        audit.record("SCHEDULED_RELEASE_RAN", issueId, null, null, null, "Released (" + node + ").");
        Edition edition = writer.write(issue, sections.keptSectionsOf(issueId), clock.instant(),
                EditionHistory.first(issue.getNumber()));
        issues.markReleased(issueId);
        return Optional.of(edition);
    }

    private static Instant dateOf(Issue issue) {
        return issue.isReleased() ? issue.getReleasedAt() : issue.getPlannedRelease();
    }
}
