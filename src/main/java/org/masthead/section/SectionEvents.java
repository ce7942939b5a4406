package org.masthead.section;

import java.util.List;

/**
 * What happened to a section, for the features above this one (inbox, schedules). Each event
 * names the people who hold the ball now, by username: only they are told.
 */
public final class SectionEvents {

    private SectionEvents() {
    }

    public record SectionSubmitted(long sectionId, long issueId, List<String> recipients) {
    }

    public record SectionApproved(long sectionId, long issueId) {
    }

    /** Sent back to the writer from review, with the editor's note. */
    public record SectionReturned(long sectionId, long issueId, String author, String note, List<String> recipients) {
    }

    /** An approved section taken back for more work, with the reason. */
    public record SectionReopened(long sectionId, long issueId, String author, String note, List<String> recipients) {
    }

    /** An approved section's body was changed, so it is back in review. */
    public record SectionChangedAfterApproval(long sectionId, long issueId, String author, List<String> recipients) {
    }

    /** The last kept section of an issue was approved: the publishers can release it. */
    public record IssueBecameReady(long issueId, List<String> recipients) {
    }
}
