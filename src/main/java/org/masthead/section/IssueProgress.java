package org.masthead.section;

import java.util.List;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueStatus;

/** How far an issue is: approved out of kept sections, and the status that follows from them. */
public record IssueProgress(long issueId, int approved, int total, IssueStatus status) {

    static IssueProgress of(Issue issue, List<Section> sections) {
        List<Section> kept = sections.stream().filter(s -> !s.isDropped()).toList();
        int approved = (int) kept.stream().filter(s -> s.getState() == SectionState.APPROVED).count();
        IssueStatus status;
        if (issue.isReleased()) {
            status = IssueStatus.RELEASED;
        } else if (!kept.isEmpty() && approved == kept.size()) {
            status = IssueStatus.READY;
        } else {
            status = IssueStatus.PLANNING;
        }
        return new IssueProgress(issue.getId(), approved, kept.size(), status);
    }

    public boolean isReady() {
        return status == IssueStatus.READY;
    }

    public String label() {
        return approved + " / " + total + " approved";
    }
}
