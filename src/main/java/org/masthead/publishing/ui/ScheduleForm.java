package org.masthead.publishing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.base.ui.Forms;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Toast;
import org.masthead.issue.Issue;
import org.masthead.publishing.ReleaseAction;
import org.masthead.publishing.ReleaseActions;
import org.masthead.publishing.Schedules;

/**
 * Release later: pick a time in the publication's zone (named on the field and wherever the
 * time is shown), or take a schedule back. A missing or past time shows on the field.
 */
class ScheduleForm extends HorizontalLayout {

    /** What the form asks for: the date and time of the release, on the publication's clock. */
    public static class ReleaseTime {
        @NotNull(message = Schedules.TIME_MISSING)
        private LocalDateTime at;

        public LocalDateTime getAt() { return at; }
        public void setAt(LocalDateTime at) { this.at = at; }
    }

    private final Clock clock;
    private final DateTimePicker at = new DateTimePicker();
    private final BeanValidationBinder<ReleaseTime> binder = Forms.binder(ReleaseTime.class);
    private final Button schedule = new Button("Schedule");
    private final Button unschedule = new Button("Unschedule");
    private final Paragraph scheduled = new Paragraph();
    private Issue issue;
    /** Whether the rules allow scheduling now (every section approved); the button also waits for a time. */
    private boolean maySchedule;

    ScheduleForm(Schedules schedules, Clock clock, Runnable refresh) {
        this.clock = clock;
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        at.setId("release-at");
        at.setStep(java.time.Duration.ofMinutes(15));
        binder.forField(at).bind("at");
        binder.setBean(new ReleaseTime());
        FieldRefusals refusals = new FieldRefusals().on(Schedules.FIELD_AT, at);
        schedule.setId("schedule");
        unschedule.setId("unschedule");
        scheduled.setId("scheduled-for");
        schedule.addClickListener(e -> {
            LocalDateTime when = binder.getBean().getAt();
            if (binder.validate().isOk() && refusals.attemptRun(() -> schedules.schedule(issue.getId(), when))) {
                ZoneId zone = issue.getPublication().getTimeZone();
                Toast.show("Scheduled. It goes out on " + Formats.zoned(when.atZone(zone).toInstant(), zone)
                        + " unless you unschedule it or a section is reopened.");
                refresh.run();
            }
        });
        binder.addStatusChangeListener(e -> schedule.setEnabled(maySchedule && binder.isValid()));
        unschedule.addClickListener(e -> {
            schedules.unschedule(issue.getId());
            Toast.show("Unscheduled. Nothing goes out until you release or schedule it again.");
            refresh.run();
        });
        add(at, schedule, scheduled, unschedule);
    }

    /** Shows what {@code actions} offers: a time to pick (disabled until the issue is ready), or the schedule to take back. */
    void show(Issue current, ReleaseActions actions) {
        this.issue = current;
        ZoneId zone = current.getPublication().getTimeZone();
        boolean offersSchedule = actions.offers(ReleaseAction.SCHEDULE);
        boolean isScheduled = current.isScheduled();
        setVisible(offersSchedule || actions.may(ReleaseAction.UNSCHEDULE));
        at.setLabel("Release at (" + zone.getId() + " time)");
        LocalDateTime earliest = LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
        at.setMin(earliest);
        if (at.getValue() == null && offersSchedule) {
            LocalDateTime planned = current.getPlannedRelease().atZone(zone).toLocalDateTime();
            // A late issue's planned time has passed: offered as it is, the field would open refused,
            // with no sentence saying why. The next quarter hour is the soonest time it can go out.
            at.setValue(planned.isBefore(earliest) ? nextQuarterHour(earliest) : planned);
        }
        at.setVisible(offersSchedule);
        schedule.setVisible(offersSchedule);
        maySchedule = actions.may(ReleaseAction.SCHEDULE);
        schedule.setEnabled(maySchedule);
        scheduled.setVisible(isScheduled);
        scheduled.setText(isScheduled ? "Scheduled for " + Formats.zoned(current.getScheduledFor(), zone) + "." : "");
        unschedule.setVisible(actions.may(ReleaseAction.UNSCHEDULE));
    }

    private static LocalDateTime nextQuarterHour(LocalDateTime time) {
        int past = time.getMinute() % 15;
        return time.truncatedTo(ChronoUnit.HOURS).plusMinutes(time.getMinute() - past + 15L);
    }
}
