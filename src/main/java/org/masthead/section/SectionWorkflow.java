package org.masthead.section;

import static org.masthead.section.SectionState.APPROVED;
import static org.masthead.section.SectionState.IN_REVIEW;
import static org.masthead.section.SectionState.RETURNED;

import java.time.Clock;
import java.time.Instant;
import org.masthead.audit.AuditTrail;
import org.masthead.base.WorkflowException;
import org.masthead.section.SectionEvents.SectionApproved;
import org.masthead.section.SectionEvents.SectionReopened;
import org.masthead.section.SectionEvents.SectionReturned;
import org.masthead.section.SectionEvents.SectionSubmitted;
import org.masthead.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a section changes state. Each method states who may call it; the rest
 * (ownership, four eyes, notes, the state machine) is checked here before anything changes.
 */
@Service
@Transactional
public class SectionWorkflow {

    public static final int NOTE_MAX = 4000;

    private final SectionRepository sections;
    private final RevisionRepository revisions;
    private final ReviewNotes notes;
    private final SubmitChecks checks;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SectionWorkflow(SectionRepository sections, RevisionRepository revisions, ReviewNotes notes, SubmitChecks checks,
                    AuditTrail audit, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.sections = sections;
        this.revisions = revisions;
        this.notes = notes;
        this.checks = checks;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('WRITER')")
    public Section submit(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        if (!section.isWrittenBy(me)) {
            throw new WorkflowException("Only " + section.getWriterName() + ", its writer, can submit this section.");
        }
        checks.requireNoErrors(section.getBody(), section.getWordRange());
        Instant now = clock.instant();
        SectionState from = move(section, IN_REVIEW, me, now);
        revisions.save(new Revision(section.getId(), section.getBody(), Revision.Reason.SUBMIT, me, now));
        audit.record("SECTION_SUBMITTED", issueOf(section), sectionId, from, IN_REVIEW, null);
        events.publishEvent(new SectionSubmitted(sectionId, issueOf(section)));
        return section;
    }

    @PreAuthorize("hasRole('EDITOR')")
    public Section approve(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        requireFourEyes(section, me, "approve");
        SectionState from = move(section, APPROVED, me, clock.instant());
        audit.record("SECTION_APPROVED", issueOf(section), sectionId, from, APPROVED, null);
        events.publishEvent(new SectionApproved(sectionId, issueOf(section)));
        return section;
    }

    @PreAuthorize("hasRole('EDITOR')")
    public Section returnToWriter(long sectionId, String note) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        String why = requireNote(note, "Say what the writer should change: a note is required to return a section.");
        requireFourEyes(section, me, "return");
        if (section.getState() != IN_REVIEW) {
            throw new WorkflowException("Only a section in review can be returned; this one is "
                    + section.getState().label().toLowerCase() + ".");
        }
        SectionState from = move(section, RETURNED, me, clock.instant());
        notes.record(sectionId, ReviewNote.Kind.RETURNED, me, why);
        audit.record("SECTION_RETURNED", issueOf(section), sectionId, from, RETURNED, why);
        events.publishEvent(new SectionReturned(sectionId, issueOf(section), me, why));
        return section;
    }

    @PreAuthorize("hasAnyRole('EDITOR','PUBLISHER')")
    public Section reopen(long sectionId, String note) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        String why = requireNote(note, "Say why the section needs more work: a reason is required to reopen it.");
        if (section.getState() != APPROVED) {
            throw new WorkflowException("Only an approved section can be reopened; this one is "
                    + section.getState().label().toLowerCase() + ".");
        }
        SectionState from = move(section, RETURNED, me, clock.instant());
        notes.record(sectionId, ReviewNote.Kind.REOPENED, me, why);
        audit.record("SECTION_REOPENED", issueOf(section), sectionId, from, RETURNED, why);
        events.publishEvent(new SectionReopened(sectionId, issueOf(section), me, why));
        return section;
    }

    private SectionState move(Section section, SectionState next, String me, Instant now) {
        SectionState from = section.getState();
        section.moveTo(next, me, now);
        sections.saveAndFlush(section);
        return from;
    }

    private static void requireFourEyes(Section section, String me, String verb) {
        if (section.isWrittenBy(me)) {
            throw new WorkflowException("You wrote this section; another editor must " + verb + " it.");
        }
    }

    private static String requireNote(String note, String message) {
        if (note == null || note.isBlank()) {
            throw new WorkflowException(message);
        }
        if (note.length() > NOTE_MAX) {
            throw new WorkflowException("A note has at most " + NOTE_MAX + " characters.");
        }
        return note.strip();
    }

    private static long issueOf(Section section) {
        return section.getIssue().getId();
    }
}
