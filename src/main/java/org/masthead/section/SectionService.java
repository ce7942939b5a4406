package org.masthead.section;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.base.NotFoundException;
import org.masthead.markdown.TextHygiene;
import org.masthead.base.WorkflowException;
import org.masthead.issue.CorrectionRule;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.issue.ReleaseReadiness;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sections and saving their bodies. State changes live in {@link SectionWorkflow}. */
@Service
@Transactional
public class SectionService implements ReleaseReadiness {

    private final SectionRepository sections;
    private final RevisionRepository revisions;
    private final IssueService issues;
    private final SectionWorkflow workflow;
    private final Autosaves autosaves;
    private final EditRights editRights;
    private final AuditTrail audit;
    private final MarkdownRenderer markdown;
    private final CurrentUser currentUser;
    private final CorrectionRule correctionRule;
    private final ReviewNotes notes;
    private final Clock clock;

    SectionService(SectionRepository sections, RevisionRepository revisions, IssueService issues,
                   SectionWorkflow workflow, Autosaves autosaves, EditRights editRights,
                   AuditTrail audit, MarkdownRenderer markdown, CurrentUser currentUser,
                   CorrectionRule correctionRule, ReviewNotes notes, Clock clock) {
        this.notes = notes;
        this.correctionRule = correctionRule;
        this.editRights = editRights;
        this.workflow = workflow;
        this.autosaves = autosaves;
        this.sections = sections;
        this.revisions = revisions;
        this.issues = issues;
        this.audit = audit;
        this.markdown = markdown;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Section require(long sectionId) {
        return find(sections, sectionId);
    }

    /** Every section of the issue in order, dropped ones included (the board shows them struck out). */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Section> sectionsOf(long issueId) {
        return sections.findByIssueIdOrderByPositionAsc(issueId);
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Section> keptSectionsOf(long issueId) {
        return sectionsOf(issueId).stream().filter(s -> !s.isDropped()).toList();
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public IssueProgress progressOf(long issueId) {
        Issue issue = issues.require(issueId);
        return progress(List.of(issue)).get(issueId);
    }

    /**
     * The progress of each of these issues (a page of a list), by issue id, in their order: one
     * grouped count for all of them, never a query per issue.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Map<Long, IssueProgress> progressOf(Collection<Issue> issues) {
        return progress(issues);
    }

    private Map<Long, IssueProgress> progress(Collection<Issue> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<SectionState, Long>> counts = new HashMap<>();
        sections.countKeptByState(page.stream().map(Issue::getId).toList()).forEach(row -> counts
                .computeIfAbsent(row.getIssueId(), id -> new EnumMap<>(SectionState.class))
                .put(row.getState(), row.getSections()));
        Map<Long, IssueProgress> progress = new LinkedHashMap<>();
        page.forEach(issue -> progress.put(issue.getId(), IssueProgress.of(issue, counts.getOrDefault(issue.getId(), Map.of()))));
        return progress;
    }

    /** Words readers will read in each kept section of the issue, by section id, in issue order. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Map<Long, Integer> wordCounts(long issueId) {
        Map<Long, Integer> words = new LinkedHashMap<>();
        keptSectionsOf(issueId).forEach(s -> words.put(s.getId(), markdown.render(s.getBody()).words()));
        return words;
    }

    @Override
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public boolean isReadyToRelease(long issueId) {
        return progressOf(issueId).isReady();
    }

    /** The signed-in writer's sections in issues still in production, nearest deadline first. */
    @PreAuthorize("hasRole('WRITER')")
    @Transactional(readOnly = true)
    public List<Section> mySections() {
        return sections.findInProductionWrittenBy(currentUser.requireUsername());
    }

    /**
     * One page of the sections waiting for the signed-in editor's decision, oldest first: those they
     * may approve, so never one they wrote (four eyes); that one waits among their own sections.
     * The queue grows across issues, so the desk pages through it.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<Section> reviewQueue(Pageable page) {
        // The order is the queue's own (oldest first), whatever sort a grid asks for.
        return sections.findInReviewFor(currentUser.requireUsername(), SectionState.IN_REVIEW,
                PageRequest.of(page.getPageNumber(), page.getPageSize())).getContent();
    }

    /** How many sections wait for the signed-in editor's decision: the review queue's count query. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public long reviewQueueSize() {
        return sections.findInReviewFor(currentUser.requireUsername(), SectionState.IN_REVIEW,
                PageRequest.of(0, 1)).getTotalElements();
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Revision> revisionsOf(long sectionId) {
        return revisions.findBySectionIdOrderByIdAsc(sectionId);
    }

    /** Whether the signed-in person may change this section's body now (the screen shows or hides the editor). */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public boolean mayEditNow(long sectionId) {
        return editRights.whyNot(find(sections, sectionId), Actor.current(currentUser)).isEmpty();
    }

    /** The text an editor last saw when returning or approving: what the next review compares against. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Optional<Revision> lastReviewed(long sectionId) {
        Section section = find(sections, sectionId);
        return section.getReviewedRevisionId() == null ? Optional.empty()
                : revisions.findById(section.getReviewedRevisionId());
    }

    /**
     * Saves a new body. The writer may while the section is theirs (draft or returned); an editor
     * may copy-edit while it is in review, and that copy is kept as a revision. A change to an
     * approved section, by its writer or an editor, sends it back to review.
     *
     * @param expectedVersion the version the person started from: if someone saved in between,
     *                        the save is refused so neither text is silently overwritten
     */
    @PreAuthorize("hasAnyRole('WRITER','EDITOR')")
    public Section saveBody(long sectionId, String body, long expectedVersion) {
        Section section = find(sections, sectionId);
        String me = currentUser.requireUsername();
        editRights.require(section, Actor.current(currentUser));
        String text = checkedBody(body);
        // The same text as saved overwrites nothing, whatever moved the version meanwhile (a new
        // deadline, a state change): no conflict to show, and the person's kept copy is done with.
        if (text.equals(section.getBody())) {
            autosaves.discard(sectionId, me);
            return section;
        }
        if (section.getVersion() != expectedVersion) {
            throw new EditConflictException(section.getBody(), section.getLastChangedBy());
        }
        autosaves.discard(sectionId, me);
        notes.followEdit(sectionId, section.getBody(), text);
        section.replaceBody(text, me, clock.instant());
        if (section.getState() == SectionState.APPROVED) {
            workflow.backToReviewAfterChange(section, me);
        } else if (section.getState() == SectionState.IN_REVIEW) {
            revisions.save(new Revision(section.getId(), text, Revision.Reason.EDITOR_SAVE, me, clock.instant()));
            audit.record(AuditAction.SECTION_COPY_EDITED, section.getIssue().getId(), sectionId, null, null, null);
        }
        return sections.saveAndFlush(section);
    }

    /**
     * Gives a section of a released issue its corrected body, kept as a revision and audited. The
     * publishing feature calls this while it makes the correction's new edition, in one transaction;
     * called alone, without that edition, the change is refused at commit ({@link CorrectionRule}).
     */
    @PreAuthorize("hasRole('PUBLISHER')")
    public Section correctBody(long sectionId, String body) {
        Section section = find(sections, sectionId);
        String text = checkedBody(body);
        if (!markdown.rendersVisibleText(text)) {
            throw new WorkflowException("\"" + section.getHeading() + "\" would be empty. A correction fixes a section; it does not empty it.");
        }
        String me = currentUser.requireUsername();
        notes.followEdit(sectionId, section.getBody(), text);
        section.correct(text, me, clock.instant());
        correctionRule.requireNewEditionBeforeCommit(section.getIssue());
        revisions.save(new Revision(section.getId(), text, Revision.Reason.CORRECTION, me, clock.instant()));
        audit.record(AuditAction.SECTION_CORRECTED, section.getIssue().getId(), sectionId, null, null, null);
        return sections.saveAndFlush(section);
    }

    /** The sections of a back issue, approved as they went out; only for an issue that has none yet. */
    @PreAuthorize("hasRole('PUBLISHER')")
    public List<Section> importSections(long issueId, List<ImportedSection> parts) {
        Issue issue = issues.require(issueId);
        issue.requireInProduction();
        if (!sections.findByIssueIdOrderByPositionAsc(issueId).isEmpty()) {
            throw new WorkflowException("Issue " + issue.getNumber() + " already has sections; import into a new issue.");
        }
        String me = currentUser.requireUsername();
        int position = 0;
        for (ImportedSection part : parts) {
            String heading = part.heading().strip();
            if (heading.isEmpty() || heading.length() > Section.HEADING_MAX) {
                throw new WorkflowException("A section heading has 1 to " + Section.HEADING_MAX + " characters: \"" + heading + "\".");
            }
            Section section = sections.save(Section.imported(issue, position++, heading, checkedBody(part.body()), me, clock.instant()));
            revisions.save(new Revision(section.getId(), section.getBody(), Revision.Reason.IMPORT, me, clock.instant()));
            audit.record(AuditAction.SECTION_IMPORTED, issueId, section.getId(), null, SectionState.APPROVED, heading);
        }
        return sections.findByIssueIdOrderByPositionAsc(issueId);
    }

    /** One section of a back issue: its heading and its body in Markdown. */
    public record ImportedSection(String heading, String body) {
    }

    /**
     * The body as stored: line breaks as \n, control characters dropped, broken characters
     * replaced (PostgreSQL would refuse them), so a save never fails on what a copy dragged in.
     */
    static String checkedBody(String body) {
        String text = TextHygiene.clean(body);
        if (text.length() > Section.BODY_MAX) {
            throw new WorkflowException("This text has " + text.length() + " characters; a section holds at most "
                    + Section.BODY_MAX + ". Split it or shorten it.");
        }
        return text;
    }

    static Section find(SectionRepository sections, long sectionId) {
        return sections.findById(sectionId).orElseThrow(() -> new NotFoundException("That section does not exist."));
    }
}
