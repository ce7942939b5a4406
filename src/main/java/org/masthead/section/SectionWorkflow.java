package org.masthead.section;

import static org.masthead.section.SectionState.APPROVED;
import static org.masthead.section.SectionState.IN_REVIEW;
import static org.masthead.section.SectionState.RETURNED;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.base.Refusal;
import org.masthead.base.WorkflowException;
import org.masthead.section.SectionEvents.IssueBecameReady;
import org.masthead.section.SectionEvents.SectionApproved;
import org.masthead.section.SectionEvents.SectionChangedAfterApproval;
import org.masthead.section.SectionEvents.SectionReopened;
import org.masthead.section.SectionEvents.SectionReturned;
import org.masthead.section.SectionEvents.SectionSubmitted;
import org.masthead.security.CurrentUser;
import org.masthead.security.Roles;
import org.masthead.user.EmailReach;
import org.masthead.user.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a section changes state. Each method states who may call it; the rest
 * (ownership, four eyes, notes, the state machine) is checked here before anything changes.
 * Each step returns who now holds the ball and was told so.
 */
@Service
@Transactional
public class SectionWorkflow {

    private final SectionRepository sections;
    private final RevisionRepository revisions;
    private final ReviewNotes notes;
    private final NextHolders nextHolders;
    private final SubmitChecks checks;
    private final WorkflowRules rules;
    private final EditRights editRights;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EmailReach emailReach;

    SectionWorkflow(SectionRepository sections, RevisionRepository revisions, ReviewNotes notes, NextHolders nextHolders,
                    SubmitChecks checks, WorkflowRules rules, EditRights editRights, AuditTrail audit,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, EmailReach emailReach) {
        this.emailReach = emailReach;
        this.rules = rules;
        this.editRights = editRights;
        this.sections = sections;
        this.revisions = revisions;
        this.notes = notes;
        this.nextHolders = nextHolders;
        this.checks = checks;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('WRITER')")
    public Handover submit(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        Refusal.enforce(rules.submit(section, Actor.current(currentUser)));
        checks.requireNoErrors(section.getBody(), section.getWordRange());
        Instant now = clock.instant();
        SectionState from = move(section, IN_REVIEW, me, now);
        revisions.save(new Revision(section.getId(), section.getBody(), Revision.Reason.SUBMIT, me, now));
        audit.record(AuditAction.SECTION_SUBMITTED, issueOf(section), sectionId, from, IN_REVIEW, null);
        List<User> told = nextHolders.reviewersOf(section, me);
        Handover handover = handover(section, told);
        events.publishEvent(new SectionSubmitted(sectionId, issueOf(section), handover.usernames()));
        return handover;
    }

    @PreAuthorize("hasRole('EDITOR')")
    public Handover approve(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        Refusal.enforce(rules.approve(section, Actor.current(currentUser)));
        SectionState from = move(section, APPROVED, me, clock.instant());
        section.markReviewed(latestRevisionOf(section));
        int closed = notes.closeWithApproval(sectionId, me);
        audit.record(AuditAction.SECTION_APPROVED, issueOf(section), sectionId, from, APPROVED,
                "revision " + section.getApprovedRevisionId()
                        + (closed == 0 ? "" : "; " + closed + " open review note" + (closed == 1 ? "" : "s")
                        + " closed with the approval"));
        // The writer hears the good news; the publishers hear when the whole issue is ready.
        List<User> told = new ArrayList<>(nextHolders.writerOf(section, me));
        events.publishEvent(new SectionApproved(sectionId, issueOf(section), me, new Handover(section, told).usernames()));
        if (IssueProgress.of(section.getIssue(), sections.findByIssueIdOrderByPositionAsc(issueOf(section))).isReady()) {
            List<User> publishers = nextHolders.publishers(me);
            told.addAll(publishers);
            events.publishEvent(new IssueBecameReady(issueOf(section), new Handover(section, publishers).usernames()));
        }
        return handover(section, told);
    }

    @PreAuthorize("hasRole('EDITOR')")
    public Handover returnToWriter(long sectionId, String note) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        Refusal.enforce(rules.returnToWriter(section, Actor.current(currentUser)));
        String why = requireNote(note, "Say what the writer should change: a note is required to return a section.");
        SectionState from = move(section, RETURNED, me, clock.instant());
        section.markReviewed(latestRevisionOf(section));
        notes.record(sectionId, ReviewNote.Kind.RETURNED, me, why);
        audit.record(AuditAction.SECTION_RETURNED, issueOf(section), sectionId, from, RETURNED, why);
        Handover handover = handover(section, nextHolders.writerOf(section, me));
        events.publishEvent(new SectionReturned(sectionId, issueOf(section), me, why, handover.usernames()));
        return handover;
    }

    @PreAuthorize("hasAnyRole('EDITOR','PUBLISHER')")
    public Handover reopen(long sectionId, String note) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        Refusal.enforce(rules.reopen(section, Actor.current(currentUser)));
        String why = requireNote(note, "Say why the section needs more work: a reason is required to reopen it.");
        SectionState from = move(section, RETURNED, me, clock.instant());
        notes.record(sectionId, ReviewNote.Kind.REOPENED, me, why);
        audit.record(AuditAction.SECTION_REOPENED, issueOf(section), sectionId, from, RETURNED, why);
        Handover handover = handover(section, nextHolders.writerOf(section, me));
        events.publishEvent(new SectionReopened(sectionId, issueOf(section), me, why, handover.usernames()));
        return handover;
    }

    /**
     * What the signed-in person may do to this section now, and why not: the same rules the
     * methods of this class, the body save and the notes enforce (Wagtail's Task.get_actions).
     * Submitting also needs a body that passes the {@link SubmitChecks}, which the editor shows
     * as the writer types: the text on screen is not yet the saved one.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public SectionActions actionsFor(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        Actor me = Actor.current(currentUser);
        Map<SectionAction, Optional<String>> refusals = new EnumMap<>(SectionAction.class);
        refusals.put(SectionAction.EDIT, editRights.whyNot(section, me));
        refusals.put(SectionAction.SUBMIT, rules.submit(section, me));
        refusals.put(SectionAction.APPROVE, rules.approve(section, me));
        refusals.put(SectionAction.RETURN, rules.returnToWriter(section, me));
        refusals.put(SectionAction.REOPEN, rules.reopen(section, me));
        refusals.put(SectionAction.NOTE_PASSAGE, rules.notePassage(section, me));
        refusals.put(SectionAction.ANSWER_NOTE, rules.answer(section, me));
        refusals.put(SectionAction.RESOLVE_NOTE, rules.resolveAny(section, me));
        return new SectionActions(refusals);
    }

    /**
     * Approval is of one exact text: a change to an approved body is kept as a revision and sends
     * the section back to review, where the editors see what changed. Called by the body save.
     */
    Handover backToReviewAfterChange(Section section, String me) {
        Instant now = clock.instant();
        SectionState from = move(section, IN_REVIEW, me, now);
        revisions.save(new Revision(section.getId(), section.getBody(), Revision.Reason.CHANGED_AFTER_APPROVAL, me, now));
        audit.record(AuditAction.SECTION_CHANGED_AFTER_APPROVAL, issueOf(section), section.getId(), from, IN_REVIEW,
                "The approved text was changed, so the section is back in review.");
        Handover handover = handover(section, nextHolders.reviewersOf(section, me));
        events.publishEvent(new SectionChangedAfterApproval(section.getId(), issueOf(section), me, handover.usernames()));
        return handover;
    }

    /**
     * Who a change to this approved section told (its reviewers, by the rule the change itself used),
     * for the sentence the person who saved reads.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Handover reviewersTold(long sectionId) {
        Section section = SectionService.find(sections, sectionId);
        return handover(section, nextHolders.reviewersOf(section, currentUser.requireUsername()));
    }

    /** Who hears that a scheduled release was called off: every active publisher, in the app only. */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public Handover publishersTold(long sectionId) {
        return new Handover(SectionService.find(sections, sectionId), nextHolders.publishers(null));
    }

    /** Who was told, and who of them by email too: the toasts name exactly these people. */
    private Handover handover(Section section, List<User> told) {
        return new Handover(section, told, emailReach.mailedAmong(told));
    }

    private long latestRevisionOf(Section section) {
        return revisions.findTopBySectionIdOrderByIdDesc(section.getId())
                .orElseThrow(() -> new IllegalStateException("A reviewed section always has a submitted revision"))
                .getId();
    }

    private SectionState move(Section section, SectionState next, String me, Instant now) {
        SectionState from = section.getState();
        section.moveTo(next, me, now);
        sections.saveAndFlush(section);
        return from;
    }

    private static String requireNote(String note, String message) {
        if (note == null || note.isBlank()) {
            throw new WorkflowException(message);
        }
        NoteLength.check("A note", note);
        return note.strip();
    }

    private static long issueOf(Section section) {
        return section.getIssue().getId();
    }
}
