package org.masthead.issue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.Counting;
import org.masthead.base.NotFoundException;
import org.masthead.base.WorkflowException;
import org.masthead.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class IssueService {

    /**
     * The sections of a weekly briefing, as in DESIGN.md: the default template. The word ranges
     * follow the sample issue (about 40 words of topics, a 15-word joke, 600 words of policy
     * news, 150 of US news, 300 on the narrative), with room either side.
     */
    public static final List<SlotSpec> BRIEFING_TEMPLATE = List.of(
            new SlotSpec("Topics of the Week", "Three to five one-line summaries of the week's stories.", true,
                    WordRange.between(20, 120)),
            new SlotSpec("Good Old Soviet Joke", "One short joke: two or three lines.", false,
                    WordRange.between(5, 60)),
            new SlotSpec("Policy & Research News", "Two or three stories, each with a bold title and a few paragraphs.", true,
                    WordRange.between(150, 900)),
            new SlotSpec("US Developments", "One story from the United States, if there is one.", false,
                    WordRange.between(40, 400)),
            new SlotSpec("Kremlin's Current Narrative", "The week's main narrative, explained in four to six paragraphs.", true,
                    WordRange.between(150, 700)));

    private final IssueRepository issues;
    private final PublicationRepository publications;
    private final ReleaseReadiness readiness;
    private final CorrectionRule correctionRule;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IssueService(IssueRepository issues, PublicationRepository publications, @Lazy ReleaseReadiness readiness,
                 CorrectionRule correctionRule, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.correctionRule = correctionRule;
        this.issues = issues;
        this.publications = publications;
        this.readiness = readiness;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The publication this desk produces (one per installation for now). Anyone may read it: its
     * name, tagline and footer are on every public page.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Publication publication() {
        return publications.findAll().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No publication has been set up yet."));
    }

    /** Whether the publication is set up: asked at start-up, before anyone can sign in. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean publicationExists() {
        return publications.count() > 0;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Publication setUpPublication(String name, String tagline, String footer, ZoneId zone, List<SlotSpec> slots) {
        if (publicationExists()) {
            throw new WorkflowException("The publication is already set up.");
        }
        requireFits("name", name, Publication.NAME_MAX);
        requireFits("tagline", tagline, Publication.TAGLINE_MAX);
        requireFits("standing footer", footer, Issue.FOOTER_MAX);
        Publication publication = new Publication(name, tagline, footer, zone);
        slots.forEach(s -> publication.addSlot(s.heading(), s.guidance(), s.required(), s.words()));
        return publications.save(publication);
    }

    /** Said before the database would refuse it: a setting too long for its column, in a sentence. */
    private static void requireFits(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new WorkflowException("The publication's " + what + " has " + Counting.thousands(value.length())
                    + " characters; it may have at most " + Counting.thousands(max) + ".");
        }
    }

    /** What {@link #create} refuses, and which value: the issue form says the same on the field. */
    public static final String FIELD_TITLE = "title";
    public static final String FIELD_PLANNED_RELEASE = "plannedRelease";
    public static final String TITLE_MISSING = "Give the issue a title.";
    public static final String TITLE_TOO_LONG = "A title has at most " + Issue.TITLE_MAX + " characters.";
    public static final String PLANNED_RELEASE_MISSING = "Set the planned release date and time.";

    /** A new issue with one section per template slot, numbered after the last one. */
    @PreAuthorize(Roles.CAN_PLAN)
    public Issue create(String title, LocalDateTime plannedRelease) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw WorkflowException.onField(FIELD_TITLE, TITLE_MISSING);
        }
        if (cleanTitle.length() > Issue.TITLE_MAX) {
            throw WorkflowException.onField(FIELD_TITLE, TITLE_TOO_LONG);
        }
        if (plannedRelease == null) {
            throw WorkflowException.onField(FIELD_PLANNED_RELEASE, PLANNED_RELEASE_MISSING);
        }
        Publication publication = publication();
        int number = issues.highestNumber() + 1;
        Issue issue = issues.save(new Issue(publication, number, cleanTitle,
                plannedRelease.atZone(publication.getTimeZone()).toInstant()));
        audit.record(AuditAction.ISSUE_CREATED, issue.getId(), null, null, IssueStatus.PLANNING, "Issue " + number + ": " + cleanTitle);
        events.publishEvent(new IssueCreated(issue.getId()));
        return issue;
    }

    /** Names an issue (one the cadence made is "No. N" until someone does). */
    @PreAuthorize(Roles.CAN_PLAN)
    public Issue rename(long issueId, String title) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw WorkflowException.onField(FIELD_TITLE, TITLE_MISSING);
        }
        if (cleanTitle.length() > Issue.TITLE_MAX) {
            throw WorkflowException.onField(FIELD_TITLE, TITLE_TOO_LONG);
        }
        Issue issue = require(issueId);
        String before = issue.getTitle();
        issue.rename(cleanTitle);
        audit.record(AuditAction.ISSUE_RENAMED, issueId, null, null, null, "from \"" + before + "\" to \"" + cleanTitle + "\"");
        return issue;
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Issue require(long issueId) {
        return issues.findById(issueId).orElseThrow(() -> new NotFoundException("That issue does not exist."));
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Issue> all() {
        return issues.findAllByOrderByNumberDesc();
    }

    /** One page of every issue, newest first: the issues list pages through this, never holding them all. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Issue> page(Pageable page) {
        // The order is the list's own (newest first), whatever sort a grid asks for.
        return issues.findAllByOrderByNumberDesc(PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    /** How many issues there are: the issues list's count query. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public long count() {
        return issues.count();
    }

    /** The newest released issues, at most {@code limit}, latest release first. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Issue> recentlyReleased(int limit) {
        return issues.findByReleasedAtIsNotNullOrderByReleasedAtDesc(PageRequest.of(0, limit));
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Issue> inProduction() {
        return issues.findByReleasedAtIsNullOrderByNumberAsc();
    }

    /**
     * Freezes the issue. The release service calls this once it has stored the edition; the role
     * check and the readiness check here hold for any other caller too.
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Issue markReleased(long issueId) {
        return markReleased(issueId, clock.instant());
    }

    /** As {@link #markReleased(long)}, dated {@code at}: a back issue keeps the date it first went out. */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Issue markReleased(long issueId, Instant at) {
        Issue issue = require(issueId);
        issue.requireInProduction();
        if (!readiness.isReadyToRelease(issueId)) {
            throw new WorkflowException("Issue " + issue.getNumber() + " cannot be released: not every kept section is approved.");
        }
        IssueStatus from = issue.isScheduled() ? IssueStatus.SCHEDULED : IssueStatus.READY;
        issue.markReleased(at);
        audit.record(AuditAction.ISSUE_RELEASED, issueId, null, from, IssueStatus.RELEASED, null);
        events.publishEvent(new IssueReleased(issueId, issue.getNumber()));
        return issue;
    }

    /** Records the schedule on the issue; the publishing feature owns the job that runs it. */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Issue markScheduled(long issueId, Instant at) {
        Issue issue = require(issueId);
        if (!readiness.isReadyToRelease(issueId)) {
            throw new WorkflowException("Issue " + issue.getNumber() + " cannot be scheduled: not every kept section is approved.");
        }
        issue.schedule(at);
        audit.record(AuditAction.ISSUE_SCHEDULED, issueId, null, IssueStatus.READY, IssueStatus.SCHEDULED,
                "for " + at.atZone(issue.getPublication().getTimeZone()).toLocalDateTime());
        return issue;
    }

    /** The publisher takes the schedule back. */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Issue markUnscheduled(long issueId) {
        Issue issue = require(issueId);
        issue.unschedule(null, clock.instant());
        audit.record(AuditAction.ISSUE_UNSCHEDULED, issueId, null, IssueStatus.SCHEDULED, IssueStatus.READY, null);
        return issue;
    }

    /**
     * The desk calls a schedule off (a section was reopened, a check failed when the job ran) and
     * keeps the reason on the issue, where the publisher sees it. Whoever may reopen a section
     * may cause this; the scheduled job runs as a publisher.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public Issue cancelSchedule(long issueId, String reason) {
        Issue issue = require(issueId);
        issue.unschedule(reason, clock.instant());
        audit.record(AuditAction.SCHEDULE_CANCELLED, issueId, null, IssueStatus.SCHEDULED, null, reason);
        return issue;
    }

    /**
     * Marks a released issue corrected, as the publishing feature makes the correction's new
     * edition; called alone, without that edition, it is refused at commit ({@link CorrectionRule}).
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Issue markCorrected(long issueId, String note) {
        Issue issue = require(issueId);
        IssueStatus from = issue.isCorrected() ? IssueStatus.CORRECTED : IssueStatus.RELEASED;
        issue.markCorrected(clock.instant());
        correctionRule.requireNewEditionBeforeCommit(issue);
        audit.record(AuditAction.ISSUE_CORRECTED, issueId, null, from, IssueStatus.CORRECTED, note);
        return issue;
    }

    /**
     * An issue for a back issue brought into the archive: the number and title it had, dated when
     * it went out, with the footer it was sent with. Its sections come from the import.
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Issue createBackIssue(int number, String title, Instant releasedAt, String footer) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > Issue.TITLE_MAX) {
            throw new WorkflowException("Give the back issue a title of at most " + Issue.TITLE_MAX + " characters.");
        }
        if (number < 1) {
            throw new WorkflowException("An issue number is 1 or more.");
        }
        if (issues.existsByNumber(number)) {
            throw new WorkflowException("There is already an issue " + number + ". Pick its own number for the back issue.");
        }
        Issue issue = issues.save(new Issue(publication(), number, cleanTitle, releasedAt));
        if (footer != null && !footer.isBlank()) {
            issue.keepFooter(footer.strip());
        }
        audit.record(AuditAction.ISSUE_IMPORTED, issue.getId(), null, null, IssueStatus.PLANNING, "Issue " + number + ": " + cleanTitle);
        return issue;
    }

    /** The next free issue number, offered when a back issue is imported. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public int nextNumber() {
        return issues.highestNumber() + 1;
    }

    /** Issues whose schedule the desk called off and that are still in production: the publisher must know. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Issue> withCancelledSchedule() {
        return issues.findByReleasedAtIsNullAndScheduleCancelledReasonIsNotNullOrderByNumberAsc();
    }

    /** One slot of the template, as given when the publication is set up, with the length its guidance suggests. */
    public record SlotSpec(String heading, String guidance, boolean required, WordRange words) {

        public SlotSpec {
            words = words == null ? WordRange.ANY : words;
        }

        /** A slot without a suggested length. */
        public SlotSpec(String heading, String guidance, boolean required) {
            this(heading, guidance, required, WordRange.ANY);
        }
    }
}
