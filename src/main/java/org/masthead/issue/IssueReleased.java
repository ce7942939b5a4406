package org.masthead.issue;

import org.masthead.base.DeskChange;

/** An issue was released and is frozen from now on. */
public record IssueReleased(long issueId, int number) implements DeskChange {
}
