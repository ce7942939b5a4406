package org.masthead.section;

/** Whose turn it is on a section. */
public enum Holder {
    WRITER, EDITORS, NOBODY;

    /** The writer while it is theirs, the editors while in review, nobody once approved. */
    public static Holder of(SectionState state) {
        return switch (state) {
            case DRAFT, RETURNED -> WRITER;
            case IN_REVIEW -> EDITORS;
            case APPROVED -> NOBODY;
        };
    }
}
