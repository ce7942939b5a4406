package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import org.masthead.base.ui.Formats;
import org.masthead.issue.CalendarWeek;
import org.masthead.issue.WeekAction;
import org.masthead.section.IssueProgress;

/** One week on the Calendar: its day, then its issue or what the cadence does with it, then what a planner may do. */
class WeekLine extends Div {

    WeekLine(CalendarWeek week, IssueProgress progress, ZoneId zone, WeekActions actions) {
        addClassName("calendar-week");
        Span day = new Span(Formats.day(week.day()));
        day.addClassName("calendar-day");
        add(day);
        if (week.hasIssue()) {
            addClassName("has-issue");
            RouterLink link = new RouterLink(week.issue().label(),
                    IssueBoardView.class, week.issue().getId());
            link.addClassName("calendar-issue");
            add(link, new IssueStatusBadge(progress.status()), note(progress.label()));
            if (week.regularDay() != null) {
                add(note("moved from " + Formats.day(week.regularDay())));
            }
        } else if (week.isSkipped()) {
            addClassName("skipped");
            Span skipped = new Span("Skipped");
            skipped.addClassNames("state", "week-skipped");
            add(skipped, note("by " + week.skip().getDecidedBy()
                    + (week.skip().getReason() == null ? "" : ": " + week.skip().getReason())));
        } else if (week.madeAt() != null) {
            add(note("The desk makes its issue on " + Formats.moment(week.madeAt(), zone)));
        } else {
            add(note("No issue"));
        }
        if (week.writersDue() != null && (week.hasIssue() || week.madeAt() != null) && !isOut(progress)) {
            add(note("writers by " + Formats.moment(week.writersDue(), zone) + ", editing by "
                    + Formats.moment(week.editingDue(), zone)));
        }
        Div buttons = new Div();
        buttons.addClassName("calendar-actions");
        offer(buttons, week, WeekAction.RENAME, "Name it", () -> actions.rename(week));
        offer(buttons, week, WeekAction.MOVE, "Move", () -> actions.move(week));
        offer(buttons, week, WeekAction.SKIP, "Skip", () -> actions.skip(week));
        offer(buttons, week, WeekAction.UNSKIP, "Don't skip", () -> actions.unskip(week));
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
    }

    private static boolean isOut(IssueProgress progress) {
        return progress != null && !progress.status().equals(org.masthead.issue.IssueStatus.PLANNING)
                && !progress.status().equals(org.masthead.issue.IssueStatus.READY);
    }

    /** Drawn only when the rules allow it; the service checks the same again. */
    private static void offer(Div buttons, CalendarWeek week, WeekAction action, String label, Runnable run) {
        if (week.may(action)) {
            Button button = new Button(label, e -> run.run());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setId(action.name().toLowerCase() + "-" + week.day());
            buttons.add(button);
        }
    }

    private static Span note(String text) {
        Span span = new Span(text);
        span.addClassName("calendar-note");
        return span;
    }
}
