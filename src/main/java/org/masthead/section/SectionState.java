package org.masthead.section;

/**
 * The life of a section. The only transitions are the ones drawn in DESIGN.md:
 * submit, approve, return, resubmit, and reopen (approved back to returned, with a note),
 * plus one that issue 4 added: a change to an approved body sends it back to review.
 */
public enum SectionState {
    DRAFT, IN_REVIEW, APPROVED, RETURNED;

    public boolean canMoveTo(SectionState next) {
        return switch (this) {
            case DRAFT, RETURNED -> next == IN_REVIEW;
            case IN_REVIEW -> next == APPROVED || next == RETURNED;
            case APPROVED -> next == RETURNED || next == IN_REVIEW;
        };
    }

    /** The writer holds the section in these states: they may edit and submit. */
    public boolean isWithWriter() {
        return this == DRAFT || this == RETURNED;
    }

    /** How people at the desk say it. */
    public String label() {
        return switch (this) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case APPROVED -> "Approved";
            case RETURNED -> "Returned";
        };
    }
}
