package org.masthead.section;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.audit.AuditTrail;
import org.masthead.base.MarkdownRenderer;
import org.masthead.base.NotFoundException;
import org.masthead.base.TextHygiene;
import org.masthead.base.WorkflowException;
import org.masthead.issue.IssueService;
import org.masthead.issue.ReleaseReadiness;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.security.Roles;
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
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final MarkdownRenderer markdown;
    private final Clock clock;

    SectionService(SectionRepository sections, RevisionRepository revisions, IssueService issues,
                   AuditTrail audit, CurrentUser currentUser, MarkdownRenderer markdown, Clock clock) {
        this.sections = sections;
        this.revisions = revisions;
        this.issues = issues;
        this.audit = audit;
        this.currentUser = currentUser;
        this.markdown = markdown;
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
        return IssueProgress.of(issues.require(issueId), sections.findByIssueIdOrderByPositionAsc(issueId));
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

    /** Sections waiting for an editor, oldest first. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<Section> reviewQueue() {
        return sections.findInProductionByStateOldestFirst(SectionState.IN_REVIEW);
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<Revision> revisionsOf(long sectionId) {
        return revisions.findBySectionIdOrderByIdAsc(sectionId);
    }

    /**
     * Saves a new body. The writer may while the section is theirs (draft or returned); an editor
     * may copy-edit while it is in review, and that copy is kept as a revision.
     *
     * @param expectedVersion the version the person started from: if someone saved in between,
     *                        the save is refused so neither text is silently overwritten
     */
    @PreAuthorize("hasAnyRole('WRITER','EDITOR')")
    public Section saveBody(long sectionId, String body, long expectedVersion) {
        Section section = find(sections, sectionId);
        section.getIssue().requireInProduction();
        String me = currentUser.requireUsername();
        String text = checkedBody(body);
        if (section.getState().isWithWriter()) {
            if (!currentUser.hasRole(Role.WRITER) || !section.isWrittenBy(me)) {
                throw new WorkflowException("Only " + section.getWriterName() + ", its writer, can edit this section now.");
            }
        } else if (section.getState() == SectionState.IN_REVIEW) {
            if (!currentUser.hasRole(Role.EDITOR)) {
                throw new WorkflowException("This section is in review: only an editor can change it now.");
            }
        } else {
            throw new WorkflowException("This section is approved. Ask an editor to reopen it before changing it.");
        }
        if (section.getVersion() != expectedVersion) {
            throw new WorkflowException("Someone else saved this section while you were editing. "
                    + "Your text is still in the editor: copy it, reload the section and merge.");
        }
        section.replaceBody(text, me, clock.instant());
        if (section.getState() == SectionState.IN_REVIEW) {
            revisions.save(new Revision(section.getId(), text, Revision.Reason.EDITOR_SAVE, me, clock.instant()));
            audit.record("SECTION_COPY_EDITED", section.getIssue().getId(), sectionId, null, null, null);
        }
        return sections.saveAndFlush(section);
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
