package org.masthead.publishing.ui;

import java.time.ZoneId;
import java.util.Optional;
import org.masthead.issue.Issue;
import org.masthead.publishing.PreviewLinks;
import org.masthead.section.ui.BoardPanel;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;

/** Publishing's part of an issue's board: its preview links, for the editors and publishers, while it is in production. */
@org.springframework.stereotype.Component
class PreviewLinksOnBoard implements BoardPanel {

    private final PreviewLinks links;
    private final CurrentUser currentUser;

    PreviewLinksOnBoard(PreviewLinks links, CurrentUser currentUser) {
        this.links = links;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> forIssue(Issue issue) {
        boolean shares = currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.PUBLISHER);
        if (!shares || issue.isReleased()) {
            return Optional.empty();
        }
        ZoneId zone = issue.getPublication().getTimeZone();
        return Optional.of(new PreviewLinksPanel(links, issue.getId(), zone));
    }
}
