package org.masthead.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.masthead.base.ui.DeskUpdates;
import org.masthead.base.ui.Formats;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;
import org.masthead.mailing.Sending;
import org.masthead.mailing.SendingProgress;
import org.masthead.section.IssueProgress;
import org.masthead.section.Section;
import org.masthead.section.SectionService;
import org.masthead.section.Turn;
import org.masthead.section.ui.IssueStatusBadge;
import org.masthead.section.ui.StateBadge;
import org.masthead.security.CurrentUser;
import org.masthead.security.Role;

/** Home: what needs me now, per role, and how far each issue in production is. */
@Route("")
@PageTitle("My desk · Masthead")
@Menu(order = 0, title = "My desk")
@PermitAll
public class DeskView extends VerticalLayout {

    /** Released issues whose mail the publisher's desk follows: the newest few. */
    static final int RECENT_RELEASES = 3;

    /** A review queue this long or shorter shows whole; a longer one scrolls, fetching a page at a time. */
    static final int SHORT_QUEUE = 10;

    public DeskView(SectionService sections, IssueService issues, Sending sending, CurrentUser currentUser, Clock clock,
                    DeskUpdates updates) {
        show(sections, issues, sending, currentUser, clock);
        // Nothing here is typed into: someone else's change simply redraws the desk, each list querying again.
        updates.whileShown(this, () -> {
            removeAll();
            show(sections, issues, sending, currentUser, clock);
        });
    }

    private void show(SectionService sections, IssueService issues, Sending sending, CurrentUser currentUser, Clock clock) {
        add(new H2("My desk"));
        if (currentUser.hasRole(Role.PUBLISHER)) {
            add(cancelledSchedules(issues.withCancelledSchedule()));
            add(recentlyMailed(issues.recentlyReleased(RECENT_RELEASES), sending));
        }
        if (currentUser.hasRole(Role.WRITER)) {
            // Small and bounded: one writer's sections in the issues still in production, not a history.
            List<Section> mine = sections.mySections();
            add(new H3("Waiting for me, longest first"));
            add(writerGrid("held-by-me", mine.stream().filter(s -> s.getState().isWithWriter())
                    .sorted(Comparator.comparing(Section::getStateChangedAt)).toList(), clock.instant()));
            add(new H3("My other sections"));
            add(writerGrid("my-sections", mine.stream().filter(s -> !s.getState().isWithWriter()).toList(),
                    clock.instant()));
        }
        if (currentUser.hasRole(Role.EDITOR)) {
            add(new H3("Waiting for review, oldest first"));
            add(reviewGrid(sections));
        }
        boolean production = currentUser.hasRole(Role.WRITER) || currentUser.hasRole(Role.EDITOR)
                || currentUser.hasRole(Role.PUBLISHER);
        if (production) {
            // Bounded: the issues not yet released (a few at a time), so listed whole, ready ones
            // sorted first; their progress comes from one grouped count for all of them.
            List<Issue> inProduction = issues.inProduction();
            add(new H3(currentUser.hasRole(Role.PUBLISHER) ? "Issues in production (ready ones first)" : "Issues in production"));
            add(issueGrid(sections.progressOf(inProduction).values().stream()
                    .sorted((a, b) -> Boolean.compare(b.isReady(), a.isReady()))
                    .toList(), inProduction));
        }
        if (currentUser.hasRole(Role.ADMIN)) {
            add(new H3("People"));
            add(new Paragraph("You manage who works at the desk and their roles."), new Anchor("users", "Open Users"));
        }
    }

    /** A schedule the desk called off is news for the publisher: said first, with the reason. */
    private static Div cancelledSchedules(List<Issue> cancelled) {
        Div notices = new Div();
        notices.setId("schedule-notices");
        for (Issue issue : cancelled) {
            Paragraph notice = new Paragraph("No. " + issue.getNumber() + " will not go out as scheduled. "
                    + issue.getScheduleCancelledReason() + " ");
            notice.addClassName("notice");
            notice.add(new Anchor("release/" + issue.getId(), "Open its release screen"));
            notices.add(notice);
        }
        return notices;
    }

    /** "No. 2: Spring budget — Sent to 998 of 1,000.": where the newest releases' mail stands. */
    private static Div recentlyMailed(List<Issue> released, Sending sending) {
        Div recent = new Div();
        recent.setId("recently-mailed");
        if (released.isEmpty()) {
            return recent;
        }
        recent.add(new H3("Recently released"));
        for (Issue issue : released) {
            String mail = sending.progressOf(issue.getId()).latest().map(SendingProgress.Mailing::sentence)
                    .orElse("Not mailed: nobody was subscribed.");
            Paragraph line = new Paragraph();
            line.add(new Anchor("release/" + issue.getId(), issue.label()));
            line.add(" — " + mail);
            recent.add(line);
        }
        return recent;
    }

    private static Grid<Section> writerGrid(String id, List<Section> mine, Instant now) {
        Grid<Section> grid = new Grid<>(Section.class, false);
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> "No. " + s.getIssue().getNumber()).setHeader("Issue").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> new Anchor("sections/" + s.getId(), s.getHeading())).setHeader("Section").setFlexGrow(3);
        grid.addComponentColumn(s -> new StateBadge(s.getState())).setHeader("Status");
        grid.addColumn(s -> Formats.day(s.getDeadline())
                + (Turn.isOverdueAt(s, now) ? " (overdue)" : ""))
                .setHeader("Deadline");
        grid.addColumn(s -> Turn.holderName(s) + " since "
                + Formats.moment(s.getStateChangedAt(), s.getIssue().getPublication().getTimeZone())).setHeader("With");
        grid.setItems(mine);
        grid.setEmptyStateText("Nothing here right now.");
        return grid;
    }

    /** The queue spans every issue in production and grows with the desk: it pages from the database. */
    private static Grid<Section> reviewGrid(SectionService sections) {
        Grid<Section> grid = new Grid<>(Section.class, false);
        grid.setId("review-queue");
        // All rows visible would fetch every row; a long queue keeps the grid's height and scrolls instead.
        grid.setAllRowsVisible(sections.reviewQueueSize() <= SHORT_QUEUE);
        grid.addColumn(s -> "No. " + s.getIssue().getNumber()).setHeader("Issue").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(s -> new Anchor("review/" + s.getId(), s.getHeading())).setHeader("Section").setFlexGrow(3);
        grid.addColumn(Section::getWriterName).setHeader("Writer");
        grid.addColumn(s -> Formats.moment(s.getStateChangedAt(), s.getIssue().getPublication().getTimeZone()))
                .setHeader("Waiting since");
        grid.setItems(query -> sections.reviewQueue(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, sections.reviewQueueSize()));
        grid.setEmptyStateText("Nothing is waiting for review.");
        return grid;
    }

    private static Grid<IssueProgress> issueGrid(List<IssueProgress> progress, List<Issue> issues) {
        Grid<IssueProgress> grid = new Grid<>(IssueProgress.class, false);
        grid.setId("issues-in-production");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(p -> {
            Issue issue = issues.stream().filter(i -> i.getId() == p.issueId()).findFirst().orElseThrow();
            return new Anchor("issues/" + p.issueId(), issue.label());
        }).setHeader("Issue").setFlexGrow(3);
        grid.addComponentColumn(p -> new IssueStatusBadge(p.status())).setHeader("Status");
        grid.addColumn(IssueProgress::label).setHeader("Progress");
        grid.addComponentColumn(p -> new Anchor("release/" + p.issueId(), "Release screen")).setHeader("");
        grid.setItems(progress);
        grid.setEmptyStateText("No issue is in production.");
        return grid;
    }
}
