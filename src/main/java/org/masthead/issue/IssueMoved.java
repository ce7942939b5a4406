package org.masthead.issue;

import java.time.Instant;
import org.masthead.base.DeskChange;

/** An issue's release was moved to another date; the section feature moves the writers' deadlines with it. */
public record IssueMoved(long issueId, Instant from, Instant to) implements DeskChange {
}
