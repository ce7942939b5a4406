package org.masthead.section;

import java.time.LocalDate;
import java.util.List;
import org.masthead.base.DeskChange;

/**
 * What happened to a section, for the features above this one (inbox, schedules). Each event
 * names the people who hold the ball now, by username: only they are told. Each is a
 * {@link DeskChange}: open screens on the desk are refreshed once it commits.
 */
public final class SectionEvents {

    private SectionEvents() {
    }

    public record SectionSubmitted(long sectionId, long issueId, List<String> recipients) implements DeskChange {
    }

    /** Approved by {@code author}; the recipients (its writer) hear the good news. */
    public record SectionApproved(long sectionId, long issueId, String author, List<String> recipients)
            implements DeskChange {
    }

    /** The section has a new writer (the recipients, unless they assigned it to themselves). */
    public record SectionAssigned(long sectionId, long issueId, String author, List<String> recipients)
            implements DeskChange {
    }

    /** The section's deadline changed (null: none any more); its writer is told. */
    public record SectionDeadlineChanged(long sectionId, long issueId, LocalDate deadline, String author,
                                         List<String> recipients) implements DeskChange {
    }

    /** Sent back to the writer from review, with the editor's note. */
    public record SectionReturned(long sectionId, long issueId, String author, String note, List<String> recipients) implements DeskChange {
    }

    /** An approved section taken back for more work, with the reason. */
    public record SectionReopened(long sectionId, long issueId, String author, String note, List<String> recipients) implements DeskChange {
    }

    /** An approved section's body was changed, so it is back in review. */
    public record SectionChangedAfterApproval(long sectionId, long issueId, String author, List<String> recipients) implements DeskChange {
    }

    /** An outside reader commented on the section through a preview link; its writer and the link's maker are told. */
    public record PreviewCommentReceived(long sectionId, long issueId, String author, List<String> recipients)
            implements DeskChange {
    }

    /** The last kept section of an issue was approved: the publishers can release it. */
    public record IssueBecameReady(long issueId, List<String> recipients) implements DeskChange {
    }
}
