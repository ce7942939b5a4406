package org.masthead.section;

import java.time.Clock;
import java.util.List;
import org.masthead.base.Refusal;
import org.masthead.base.WorkflowException;
import org.masthead.security.CurrentUser;
import org.masthead.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The thread of review notes of each section. */
@Service
@Transactional
public class ReviewNotes {

    private final ReviewNoteRepository notes;
    private final SectionRepository sections;
    private final WorkflowRules rules;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewNotes(ReviewNoteRepository notes, SectionRepository sections, WorkflowRules rules, CurrentUser currentUser,
                Clock clock) {
        this.notes = notes;
        this.rules = rules;
        this.sections = sections;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    @Transactional(readOnly = true)
    public List<ReviewNote> of(long sectionId) {
        return notes.findBySectionIdOrderByIdAsc(sectionId);
    }

    /** The writer answers the editor in the section's thread. */
    @PreAuthorize("hasRole('WRITER')")
    public ReviewNote answer(long sectionId, String text) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        Refusal.enforce(rules.answer(section, Actor.current(currentUser)));
        if (text == null || text.isBlank()) {
            throw new WorkflowException("Write an answer before sending it.");
        }
        if (text.length() > SectionWorkflow.NOTE_MAX) {
            throw new WorkflowException("An answer has at most " + SectionWorkflow.NOTE_MAX + " characters.");
        }
        return notes.save(new ReviewNote(sectionId, ReviewNote.Kind.ANSWER, me, text.strip(), clock.instant()));
    }

    /** Marks an editor's note as dealt with. The writer of the section or an editor may. */
    @PreAuthorize("hasAnyRole('WRITER','EDITOR')")
    public ReviewNote resolve(long noteId) {
        ReviewNote note = notes.findById(noteId)
                .orElseThrow(() -> new org.masthead.base.NotFoundException("That note does not exist."));
        Section section = SectionService.find(sections, note.getSectionId());
        Refusal.enforce(Refusal.first(rules.resolve(section, Actor.current(currentUser)), WorkflowRules.resolve(note)));
        note.resolve(currentUser.requireUsername(), clock.instant());
        return notes.save(note);
    }

    /**
     * Called by the workflow in the transaction of the approval: approving ends the round of
     * review, so the editors' notes still open are closed by the approving editor (who may
     * resolve notes: approving needs the editor's role, and a frozen issue refuses both).
     * Returns how many were closed, for the approval's line in the audit trail.
     */
    int closeWithApproval(long sectionId, String approver) {
        List<ReviewNote> open = notes.findBySectionIdOrderByIdAsc(sectionId).stream().filter(ReviewNote::isOpen).toList();
        open.forEach(note -> note.resolve(approver, clock.instant()));
        notes.saveAll(open);
        return open.size();
    }

    /** Called by the workflow in the transaction of the return or reopen: a returned section always has its note. */
    void record(long sectionId, ReviewNote.Kind kind, String author, String note) {
        notes.save(new ReviewNote(sectionId, kind, author, note, clock.instant()));
    }
}
