package org.masthead.issue;

/** An issue was created from the template; the section feature lays out its sections. */
public record IssueCreated(long issueId) {
}
