package org.masthead.issue;

import org.masthead.base.DeskChange;

/** An issue was created from the template; the section feature lays out its sections. */
public record IssueCreated(long issueId) implements DeskChange {
}
