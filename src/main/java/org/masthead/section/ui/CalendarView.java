package org.masthead.section.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.masthead.base.ui.DeskUpdates;
import org.masthead.issue.CadenceService;
import org.masthead.issue.CalendarWeek;
import org.masthead.issue.IssueService;
import org.masthead.issue.Publication;
import org.masthead.section.IssueProgress;
import org.masthead.section.SectionService;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;
import org.masthead.user.UserService;

/**
 * The weeks behind and ahead: each with its issue (date, number and title, status, progress) or
 * what the cadence will do with it (made on a day, or skipped and why). Editors and publishers
 * set the rhythm here, and skip, restore or move a week; a click on an issue opens its board.
 */
@Route("calendar")
@PageTitle("Calendar · Masthead")
@Menu(order = 1.5, title = "Calendar")
@RolesAllowed({"WRITER", "EDITOR", "PUBLISHER"})
public class CalendarView extends VerticalLayout {

    /** How far the Calendar looks back and ahead, in weeks. */
    static final int WEEKS_BACK = 4;
    static final int WEEKS_AHEAD = 8;

    private final CadenceService cadence;
    private final SectionService sections;
    private final IssueService issues;
    private final WeekActions actions;
    private final Paragraph rhythm = new Paragraph();
    private final Div weeks = new Div();
    private final CadenceForm form;
    private final Details settings;

    public CalendarView(CadenceService cadence, SectionService sections, IssueService issues, UserService users,
                        CurrentUser currentUser, Clock clock, DeskUpdates updates) {
        this.cadence = cadence;
        this.sections = sections;
        this.issues = issues;
        this.actions = new WeekActions(cadence, issues, clock, this::refresh);
        boolean planner = currentUser.hasRole(Role.EDITOR) || currentUser.hasRole(Role.PUBLISHER);
        rhythm.setId("calendar-rhythm");
        weeks.setId("calendar-weeks");
        weeks.addClassName("calendar");
        add(new H2("Calendar"), rhythm);
        form = planner ? new CadenceForm(cadence, users, this::refresh) : null;
        settings = planner ? new Details("Rhythm and template", form) : null;
        if (settings != null) {
            settings.setId("calendar-settings");
            settings.setWidthFull();
            add(settings);
        }
        add(weeks);
        refresh();
        updates.whileShown(this, this::refresh);
    }

    private void refresh() {
        Publication publication = issues.publication();
        ZoneId zone = publication.getTimeZone();
        rhythm.setText(publication.getCadence()
                .map(c -> "Every " + c.describe() + " (" + zone.getId() + " time). The next issue is made by itself.")
                .orElse("No rhythm is set yet: issues are only made by hand."
                        + (form != null ? " Set it under \"Rhythm and template\"." : " An editor or publisher sets it.")));
        if (form != null) {
            form.show(publication);
            settings.setOpened(publication.getCadence().isEmpty());
        }
        List<CalendarWeek> lines = cadence.calendar(WEEKS_BACK, WEEKS_AHEAD);
        Map<Long, IssueProgress> progress = sections.progressOf(lines.stream().map(CalendarWeek::issue)
                .filter(Objects::nonNull).toList());
        weeks.removeAll();
        lines.forEach(week -> weeks.add(new WeekLine(week, week.hasIssue() ? progress.get(week.issue().getId()) : null,
                zone, actions)));
    }
}
