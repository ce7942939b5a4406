package org.masthead.section;

import static org.masthead.base.Refusal.first;
import static org.masthead.base.Refusal.unless;
import static org.masthead.section.SectionState.APPROVED;
import static org.masthead.section.SectionState.IN_REVIEW;

import java.util.List;
import java.util.Optional;
import org.masthead.security.Role;
import org.masthead.user.User;
import org.springframework.stereotype.Component;

/**
 * Who may move a section along, and answer or resolve its notes, now: each rule once, as a
 * reason when the answer is no. {@link SectionWorkflow} and {@link ReviewNotes} enforce them,
 * {@link SectionWorkflow#actionsFor} reports them, so a button is offered exactly when the
 * click would succeed. (Who may edit the body is {@link EditRights}.) Checks of what the caller
 * brings along (a note's text, the body passing the submit checks) stay with the services.
 */
@Component
class WorkflowRules {

    private final ReviewNoteRepository notes;
    private final NextHolders nextHolders;

    WorkflowRules(ReviewNoteRepository notes, NextHolders nextHolders) {
        this.notes = notes;
        this.nextHolders = nextHolders;
    }

    Optional<String> submit(Section section, Actor me) {
        return first(section.getIssue().whyFrozen(),
                unassigned(section),
                unless(me.writes(section), "Only " + section.getWriterName() + ", its writer, can submit this section."),
                unless(section.getState().isWithWriter(),
                        "Only a draft or a returned section can be submitted; this one is " + describe(section) + "."));
    }

    Optional<String> approve(Section section, Actor me) {
        return decide(section, me, "approve", "approved");
    }

    Optional<String> returnToWriter(Section section, Actor me) {
        return decide(section, me, "return", "returned");
    }

    /** Approving and returning: an editor, a section in review, and never its own writer (four eyes). */
    private Optional<String> decide(Section section, Actor me, String verb, String done) {
        return first(section.getIssue().whyFrozen(),
                unless(me.has(Role.EDITOR), "Only an editor can " + verb + " a section."),
                unless(section.getState() == IN_REVIEW,
                        "Only a section in review can be " + done + "; this one is " + describe(section) + "."),
                section.isWrittenBy(me.username()) ? Optional.of(fourEyes(section, me, verb)) : Optional.empty());
    }

    /** Names the editors who may decide instead, so the writer knows whom to ask before anyone clicks. */
    private String fourEyes(Section section, Actor me, String verb) {
        List<String> others = nextHolders.reviewersOf(section, me.username()).stream().map(User::getDisplayName).toList();
        String must = "You wrote this section; another editor must " + verb + " it";
        return others.isEmpty() ? must + ", and there is no other active editor." : must + ": " + joined(others) + ".";
    }

    Optional<String> reopen(Section section, Actor me) {
        return first(section.getIssue().whyFrozen(),
                unless(me.has(Role.EDITOR) || me.has(Role.PUBLISHER), "Only an editor or a publisher can reopen a section."),
                unless(section.getState() == APPROVED,
                        "Only an approved section can be reopened; this one is " + describe(section) + "."));
    }

    /**
     * An editor notes a passage while the section is in review: a reviewer's note, so never on a
     * section they wrote (four eyes), and not once the decision is made.
     */
    Optional<String> notePassage(Section section, Actor me) {
        return first(section.getIssue().whyFrozen(),
                unless(me.has(Role.EDITOR), "Only an editor can comment on a passage of a section."),
                unless(section.getState() == IN_REVIEW,
                        "Only a section in review can be commented on; this one is " + describe(section) + "."),
                unless(!section.isWrittenBy(me.username()),
                        "You wrote this section; another editor reviews it. Answer a note instead."));
    }

    /** The writer answers once an editor has said something. */
    Optional<String> answer(Section section, Actor me) {
        return first(section.getIssue().whyFrozen(),
                unless(me.writes(section), "Only " + section.getWriterName() + ", its writer, can answer these notes."),
                unless(notesOf(section).stream().anyMatch(n -> n.getKind() != ReviewNote.Kind.ANSWER),
                        "There is no note from the editors to answer yet."));
    }

    /** Whether this person may resolve notes of this section at all. */
    Optional<String> resolve(Section section, Actor me) {
        return first(section.getIssue().whyFrozen(),
                unless(me.writes(section) || me.has(Role.EDITOR),
                        "Only " + section.getWriterName() + " or an editor can resolve these notes."));
    }

    /** Whether this one note can be resolved. */
    static Optional<String> resolve(ReviewNote note) {
        if (note.getKind() == ReviewNote.Kind.ANSWER) {
            return Optional.of("An answer needs no resolving; resolve the editor's note it answers.");
        }
        return unless(note.isOpen(), "This note is resolved already.");
    }

    /** For the screens: whether there is a note this person could resolve now. */
    Optional<String> resolveAny(Section section, Actor me) {
        return first(resolve(section, me),
                unless(notesOf(section).stream().anyMatch(n -> resolve(n).isEmpty()), "There is no open note to resolve."));
    }

    private List<ReviewNote> notesOf(Section section) {
        return notes.findBySectionIdOrderByIdAsc(section.getId());
    }

    static Optional<String> unassigned(Section section) {
        return unless(section.getWriter() != null,
                "Nobody writes this section yet: an editor or a publisher assigns a writer on the issue board.");
    }

    /** "a draft", "in review", "approved", "returned": as in "this one is …". */
    static String describe(Section section) {
        return section.getState() == SectionState.DRAFT ? "a draft" : section.getState().label().toLowerCase();
    }

    private static String joined(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
