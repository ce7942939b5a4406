package org.masthead.section;

import java.util.List;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueStatus;

/** How far an issue is: approved out of kept sections, and the status that follows from them. */
public record IssueProgress(long issueId, int approved, int total, IssueStatus status) {

    static IssueProgress of(Issue issue, List<Section> sections) {
        List<Section> kept = sections.stream().filter(s -> !s.isDropped()).toList();
        int approved = (int) kept.stream().filter(s -> s.getState() == SectionState.APPROVED).count();
        boolean allApproved = !kept.isEmpty() && approved == kept.size();
        IssueStatus status;
        if (issue.isReleased()) {
            status = issue.isCorrected() ? IssueStatus.CORRECTED : IssueStatus.RELEASED;
        } else if (issue.isScheduled()) {
            // A scheduled issue can lose its readiness (a section added after scheduling): the job's
            // own checks catch that when it runs, and the status still says a release is pending.
            status = IssueStatus.SCHEDULED;
        } else if (allApproved) {
            status = IssueStatus.READY;
        } else {
            status = IssueStatus.PLANNING;
        }
        return new IssueProgress(issue.getId(), approved, kept.size(), status);
    }

    /** Every kept section approved and not yet released: it may go out (now, or when scheduled). */
    public boolean isReady() {
        return approved == total && total > 0 && status != IssueStatus.RELEASED && status != IssueStatus.CORRECTED;
    }

    public String label() {
        return approved + " / " + total + " approved";
    }
}
