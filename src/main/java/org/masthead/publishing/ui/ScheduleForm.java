package org.masthead.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.masthead.base.ui.Formats;
import org.masthead.issue.Issue;
import org.masthead.publishing.ReleaseAction;
import org.masthead.publishing.ReleaseActions;
import org.masthead.publishing.Schedules;

/** Release later: pick a time in the publication's zone, or take a schedule back. */
class ScheduleForm extends HorizontalLayout {

    private final Schedules schedules;
    private final Clock clock;
    private final Runnable refresh;
    private final DateTimePicker at = new DateTimePicker();
    private final Button schedule = new Button("Schedule");
    private final Button unschedule = new Button("Unschedule");
    private final Paragraph scheduled = new Paragraph();
    private Issue issue;

    ScheduleForm(Schedules schedules, Clock clock, Runnable refresh) {
        this.schedules = schedules;
        this.clock = clock;
        this.refresh = refresh;
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        at.setId("release-at");
        at.setStep(java.time.Duration.ofMinutes(15));
        schedule.setId("schedule");
        unschedule.setId("unschedule");
        scheduled.setId("scheduled-for");
        schedule.addClickListener(e -> {
            schedules.schedule(issue.getId(), at.getValue());
            Notification.show("Scheduled. It goes out on " + Formats.moment(at.getValue()
                    .atZone(issue.getPublication().getTimeZone()).toInstant(), issue.getPublication().getTimeZone())
                    + " unless you unschedule it or a section is reopened.");
            refresh.run();
        });
        unschedule.addClickListener(e -> {
            schedules.unschedule(issue.getId());
            Notification.show("Unscheduled. Nothing goes out until you release or schedule it again.");
            refresh.run();
        });
        add(at, schedule, scheduled, unschedule);
    }

    /** Shows what {@code actions} offers: a time to pick (disabled until the issue is ready), or the schedule to take back. */
    void show(Issue current, ReleaseActions actions) {
        this.issue = current;
        boolean offersSchedule = actions.offers(ReleaseAction.SCHEDULE);
        boolean isScheduled = current.isScheduled();
        setVisible(offersSchedule || actions.may(ReleaseAction.UNSCHEDULE));
        at.setLabel("Release at (" + current.getPublication().getTimeZone().getId() + " time)");
        at.setMin(LocalDateTime.now(clock.withZone(current.getPublication().getTimeZone())).truncatedTo(ChronoUnit.MINUTES));
        if (at.getValue() == null && offersSchedule) {
            at.setValue(current.getPlannedRelease().atZone(current.getPublication().getTimeZone()).toLocalDateTime());
        }
        at.setVisible(offersSchedule);
        schedule.setVisible(offersSchedule);
        schedule.setEnabled(actions.may(ReleaseAction.SCHEDULE));
        scheduled.setVisible(isScheduled);
        scheduled.setText(isScheduled ? "Scheduled for " + Formats.moment(current.getScheduledFor(),
                current.getPublication().getTimeZone()) + "." : "");
        unschedule.setVisible(actions.may(ReleaseAction.UNSCHEDULE));
    }
}
