package org.masthead.section;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.audit.AuditAction;
import org.masthead.audit.AuditTrail;
import org.masthead.markdown.MarkdownRenderer;
import org.masthead.markdown.SourceRange;
import org.masthead.base.Refusal;
import org.masthead.base.WorkflowException;
import org.masthead.security.CurrentUser;
import org.masthead.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final MarkdownRenderer markdown;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewNotes(ReviewNoteRepository notes, SectionRepository sections, WorkflowRules rules, CurrentUser currentUser,
                ApplicationEventPublisher events, MarkdownRenderer markdown, AuditTrail audit, Clock clock) {
        this.events = events;
        this.markdown = markdown;
        this.audit = audit;
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

    /**
     * An editor's note on a passage of the section, as selected on the rendered page: the words
     * selected, and how many words of the section come before them (which of two equal passages
     * it is). The passage is found in the Markdown by its words; a selection that is not there
     * one after the other (nothing selected, words outside the section, over two sections) is
     * refused with a sentence and changes nothing.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public ReviewNote notePassage(long sectionId, String selected, int wordsBefore, String text) {
        Section section = SectionService.find(sections, sectionId);
        String me = currentUser.requireUsername();
        Refusal.enforce(rules.notePassage(section, Actor.current(currentUser)));
        if (selected == null || selected.isBlank()) {
            throw new WorkflowException("Select a passage of the section's text first, then comment on it.");
        }
        if (selected.length() > Section.BODY_MAX) {
            throw new WorkflowException("That selection is longer than any section; select words within this section.");
        }
        if (text == null || text.isBlank()) {
            throw new WorkflowException("Write the note on the passage before adding it.");
        }
        NoteLength.check("A note", text);
        SourceRange passage = markdown.locate(section.getBody(), selected, Math.max(0, wordsBefore))
                .orElseThrow(() -> new WorkflowException("The selected words are not in this section's text as one "
                        + "passage. Select words within the section, as readers will see it, and try again."));
        String quote = ReviewNote.quoteShown(selected);
        ReviewNote note = notes.save(ReviewNote.onPassage(sectionId, me, text.strip(), passage, quote, clock.instant()));
        audit.record(AuditAction.SECTION_PASSAGE_NOTED, section.getIssue().getId(), sectionId, null, null,
                shortened("On \u201c" + quote + "\u201d: " + note.getBody(), NoteLength.MAX));
        return note;
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    /**
     * Called by every save of a new body, in its transaction: each note on a passage follows its
     * words into the new text, or is marked as about a passage that is gone.
     */
    void followEdit(long sectionId, String before, String after) {
        List<ReviewNote> onPassages = notes.findBySectionIdOrderByIdAsc(sectionId).stream()
                .filter(note -> note.passage().isPresent()).toList();
        Map<Long, SourceRange> passages = new HashMap<>();
        onPassages.forEach(note -> passages.put(note.getId(), note.passage().orElseThrow()));
        Map<Long, SourceRange> followed = PassageFollower.followAll(passages, before, after);
        onPassages.forEach(note -> note.movePassage(followed.get(note.getId())));
        notes.saveAll(onPassages);
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
        NoteLength.check("An answer", text);
        return notes.save(new ReviewNote(sectionId, ReviewNote.Kind.ANSWER, me, text.strip(), clock.instant()));
    }

    /**
     * A comment from an outside reader of a preview link, on a kept section of an issue in
     * production: a note from "Name (preview link)", open until the writer or an editor resolves
     * it, and the section's writer and {@code alsoTell} (who made the link) are told. The caller
     * (publishing's preview link) has checked the signed link and runs this under the reader's
     * name, with the reading role only; the checks of length and state are made here again.
     */
    @PreAuthorize(Roles.CAN_READ_PRODUCTION)
    public ReviewNote fromPreviewLink(long sectionId, String name, String text, List<String> alsoTell) {
        Section section = SectionService.find(sections, sectionId);
        Refusal.enforce(section.getIssue().whyFrozen());
        if (section.isDropped()) {
            throw new WorkflowException("This section is no longer part of the issue.");
        }
        String who = name == null ? "" : name.strip();
        if (who.isEmpty() || who.length() > ReviewNote.OUTSIDE_NAME_MAX) {
            throw new WorkflowException("A name of 1 to " + ReviewNote.OUTSIDE_NAME_MAX + " characters is needed.");
        }
        if (text == null || text.isBlank()) {
            throw new WorkflowException("Write the comment before sending it.");
        }
        NoteLength.check("A comment", text);
        String author = who + ReviewNote.THROUGH_PREVIEW_LINK;
        ReviewNote note = notes.save(new ReviewNote(sectionId, ReviewNote.Kind.PREVIEW_COMMENT, author, text.strip(),
                clock.instant()));
        List<String> recipients = new java.util.ArrayList<>();
        if (section.getWriter() != null && section.getWriter().isActive()) {
            recipients.add(section.getWriter().getUsername());
        }
        alsoTell.stream().filter(u -> !recipients.contains(u)).forEach(recipients::add);
        events.publishEvent(new SectionEvents.PreviewCommentReceived(sectionId, section.getIssue().getId(), author,
                List.copyOf(recipients)));
        return note;
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
