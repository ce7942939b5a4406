package org.masthead.section;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueStatus;

/** How far an issue is: approved out of kept sections, and the status that follows from them. */
public record IssueProgress(long issueId, int approved, int total, IssueStatus status) {

    static IssueProgress of(Issue issue, List<Section> sections) {
        Map<SectionState, Long> kept = sections.stream().filter(s -> !s.isDropped())
                .collect(Collectors.groupingBy(Section::getState, Collectors.counting()));
        return of(issue, kept);
    }

    /**
     * The one rule for how far an issue is, from how many of its kept sections are in each state
     * (the grouped count the lists read for a whole page of issues at once).
     */
    static IssueProgress of(Issue issue, Map<SectionState, Long> keptByState) {
        int total = (int) keptByState.values().stream().mapToLong(Long::longValue).sum();
        int approved = keptByState.getOrDefault(SectionState.APPROVED, 0L).intValue();
        boolean allApproved = total > 0 && approved == total;
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
        return new IssueProgress(issue.getId(), approved, total, status);
    }

    /** Every kept section approved and not yet released: it may go out (now, or when scheduled). */
    public boolean isReady() {
        return approved == total && total > 0 && status != IssueStatus.RELEASED && status != IssueStatus.CORRECTED;
    }

    public String label() {
        return approved + " / " + total + " approved";
    }
}
