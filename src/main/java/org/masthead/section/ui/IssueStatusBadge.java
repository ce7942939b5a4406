package org.masthead.section.ui;

import com.vaadin.flow.component.html.Span;
import org.masthead.issue.IssueStatus;

/** An issue's status as a small coloured label in words, the way {@link StateBadge} shows a section's. */
public class IssueStatusBadge extends Span {

    public IssueStatusBadge(IssueStatus status) {
        super(status.label());
        addClassNames("state", "issue-" + status.name());
    }
}
