package org.masthead.section;

/** What happened to a section, for the features above this one (notes, notifications, release). */
public final class SectionEvents {

    private SectionEvents() {
    }

    public record SectionSubmitted(long sectionId, long issueId) {
    }

    public record SectionApproved(long sectionId, long issueId) {
    }

    /** Sent back to the writer from review, with the editor's note. */
    public record SectionReturned(long sectionId, long issueId, String author, String note) {
    }

    /** An approved section taken back for more work, with the reason. */
    public record SectionReopened(long sectionId, long issueId, String author, String note) {
    }
}
