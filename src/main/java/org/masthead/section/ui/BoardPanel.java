package org.masthead.section.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.masthead.issue.Issue;

/**
 * A part of an issue's board that a feature above this one contributes (publishing's preview
 * links): the board knows only this interface, so dependencies keep pointing one way. A Spring
 * bean; the board asks each for its part when it opens an issue, and shows it under the sections.
 */
public interface BoardPanel {

    /** This panel for the issue and the person looking, or empty when there is nothing for them here. */
    Optional<Component> forIssue(Issue issue);
}
