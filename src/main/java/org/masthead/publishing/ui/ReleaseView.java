package org.masthead.publishing.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.publishing.Edition;
import org.masthead.publishing.ReleaseService;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;

/** The publisher's moment: the whole issue as readers will get it, what blocks it, and the release button. */
@Route("release")
@PageTitle("Release · Masthead")
@RolesAllowed({"WRITER", "EDITOR", "PUBLISHER"})
public class ReleaseView extends VerticalLayout implements HasUrlParameter<Long> {

    private final IssueService issues;
    private final ReleaseService releases;
    private final boolean publisher;
    private final H2 title = new H2();
    private final Div checks = new Div();
    private final Div preview = new Div();
    private final Button release = new Button("Release now");
    private final Anchor permalink = new Anchor();
    private long issueId;

    public ReleaseView(IssueService issues, ReleaseService releases, CurrentUser currentUser) {
        this.issues = issues;
        this.releases = releases;
        this.publisher = currentUser.hasRole(Role.PUBLISHER);
        checks.setId("release-checks");
        preview.setId("release-preview");
        preview.addClassName("preview");
        preview.setWidthFull();
        release.setId("release");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        release.addClickListener(e -> {
            Edition edition = releases.release(issueId);
            Notification.show("Released. Readers find it at " + edition.permalink() + ".");
            refresh();
        });
        permalink.setId("permalink");
        permalink.setRouterIgnore(true);
        add(title, checks, release, permalink, new H3("As readers will see it"), preview);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        issueId = parameter;
        refresh();
    }

    private void refresh() {
        Issue issue = issues.require(issueId);
        title.setText("Release No. " + issue.getNumber() + ": " + issue.getTitle());
        List<String> problems = releases.problemsBeforeRelease(issueId);
        checks.removeAll();
        if (issue.isReleased()) {
            checks.add(new Paragraph("Released. The edition is frozen; nothing in this issue can change any more."));
        } else if (problems.isEmpty()) {
            checks.add(new Paragraph("Every kept section is approved. The issue is ready to release."));
        } else {
            checks.add(new Paragraph("Not ready yet:"));
            UnorderedList list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(p)));
            checks.add(list);
        }
        release.setVisible(publisher && !issue.isReleased());
        release.setEnabled(problems.isEmpty());
        permalink.setVisible(issue.isReleased());
        permalink.setHref("/archive/" + issue.getNumber());
        permalink.setText("Read it in the public archive");
        preview.removeAll();
        preview.add(new Html("<div>" + releases.preview(issueId) + "</div>"));
    }
}
