package org.masthead.section.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import org.masthead.base.ui.DeskTime;
import org.masthead.base.ui.Formats;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.section.IssueProgress;
import org.masthead.section.SectionService;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.domain.Pageable;

/** Every issue, newest first, with its progress; editors and publishers create new ones here. */
@Route("issues")
@PageTitle("Issues · Masthead")
@Menu(order = 1, title = "Issues")
@RolesAllowed({"WRITER", "EDITOR", "PUBLISHER"})
public class IssuesView extends VerticalLayout {

    private final IssueService issues;
    private final SectionService sections;
    private final Grid<Issue> grid = new Grid<>(Issue.class, false);
    /** The progress of the issues on the pages fetched so far, read with each page (one grouped query). */
    private final Map<Long, IssueProgress> progress = new HashMap<>();

    public IssuesView(IssueService issues, SectionService sections, CurrentUser currentUser, DeskTime deskTime,
                      Clock clock) {
        this.issues = issues;
        this.sections = sections;
        add(new H2("Issues"));
        if (currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.PUBLISHER)) {
            add(new NewIssueForm(issues, deskTime.zone(), clock));
        }
        grid.setId("issues");
        grid.addColumn(Issue::getNumber).setHeader("No.").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Issue::getTitle).setHeader("Title").setFlexGrow(3);
        grid.addColumn(i -> Formats.moment(i.getPlannedRelease(), zone(i))).setHeader("Planned release (" + deskTime.zone().getId() + ")");
        grid.addComponentColumn(i -> new IssueStatusBadge(progress.get(i.getId()).status())).setHeader("Status");
        grid.addColumn(i -> progress.get(i.getId()).label()).setHeader("Progress");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IssueBoardView.class, e.getItem().getId())));
        add(grid);
        refresh();
    }

    private static ZoneId zone(Issue issue) {
        return issue.getPublication().getTimeZone();
    }

    /** The list grows with every week: it pages from the database, newest first. */
    private void refresh() {
        progress.clear();
        grid.setItems(query -> page(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, issues.count()));
    }

    private List<Issue> page(Pageable pageRequest) {
        List<Issue> page = issues.page(pageRequest);
        progress.putAll(sections.progressOf(page));
        return page;
    }
}
