package org.masthead.section;

/** What a person may do to a section; {@link SectionWorkflow#actionsFor} says which they may do now. */
public enum SectionAction {
    /** Change and save the body. */
    EDIT,
    SUBMIT,
    APPROVE,
    RETURN,
    REOPEN,
    /** An editor notes one passage of the text, in review. */
    NOTE_PASSAGE,
    /** The writer answers the editors' notes. */
    ANSWER_NOTE,
    /** Mark an editor's open note as dealt with. */
    RESOLVE_NOTE
}
