package org.masthead.issue;

/** An issue was released and is frozen from now on. */
public record IssueReleased(long issueId, int number) {
}
