package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.base.ui.Formats;
import org.masthead.base.ui.Forms;
import org.masthead.base.ui.Toast;
import org.masthead.issue.CadenceService;
import org.masthead.issue.CadenceWeek;
import org.masthead.issue.CalendarWeek;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;

/** What a planner does with a week on the Calendar: one small dialog each, one service call, then a sentence. */
class WeekActions {

    /** The new release of a moved issue, on the publication's clock. */
    public static class NewDate {
        @NotNull(message = "Pick the new release date and time.")
        private LocalDateTime at;

        public LocalDateTime getAt() { return at; }
        public void setAt(LocalDateTime at) { this.at = at; }
    }

    /** Why a week is skipped: optional, and short. */
    public static class SkipReason {
        @Size(max = CadenceWeek.REASON_MAX, message = "Say why in at most " + CadenceWeek.REASON_MAX + " characters.")
        private String reason = "";

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    /** An issue's name. */
    public static class IssueName {
        @NotBlank(message = IssueService.TITLE_MISSING)
        @Size(max = Issue.TITLE_MAX, message = IssueService.TITLE_TOO_LONG)
        private String title = "";

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
    }

    private final CadenceService cadence;
    private final IssueService issues;
    private final Clock clock;
    private final Runnable refresh;

    WeekActions(CadenceService cadence, IssueService issues, Clock clock, Runnable refresh) {
        this.cadence = cadence;
        this.issues = issues;
        this.clock = clock;
        this.refresh = refresh;
    }

    void skip(CalendarWeek week) {
        TextField reason = new TextField("Why (shown on the Calendar; optional)");
        reason.setId("skip-reason");
        reason.setMaxLength(CadenceWeek.REASON_MAX);
        reason.setWidthFull();
        var binder = Forms.binder(SkipReason.class);
        binder.forField(reason).bind("reason");
        binder.setBean(new SkipReason());
        FieldRefusals refusals = new FieldRefusals().on(CadenceService.FIELD_REASON, reason);
        open("Skip the week of " + Formats.day(week.day()) + "?", "No issue is made for it, and it takes no number.",
                reason, "Skip this week", dialog -> {
                    if (binder.validate().isOk() && refusals.attemptRun(() -> cadence.skip(week.day(), binder.getBean().getReason()))) {
                        dialog.close();
                        Toast.show("The week of " + Formats.day(week.day()) + " is skipped. The next issue keeps the next number.");
                        refresh.run();
                    }
                });
    }

    void unskip(CalendarWeek week) {
        cadence.unskip(week.day()).ifPresentOrElse(
                made -> Toast.show("The week of " + Formats.day(week.day()) + " is back, and issue " + made.getNumber()
                        + " is made for it."),
                () -> Toast.show("The week of " + Formats.day(week.day()) + " is back. Its issue is made by itself when its time comes."));
        refresh.run();
    }

    void move(CalendarWeek week) {
        Issue issue = week.issue();
        ZoneId zone = issue.getPublication().getTimeZone();
        DateTimePicker at = new DateTimePicker("New release (" + zone.getId() + " time)");
        at.setId("move-to");
        at.setStep(Duration.ofMinutes(15));
        at.setMin(LocalDateTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES));
        var binder = Forms.binder(NewDate.class);
        binder.forField(at).bind("at");
        NewDate asked = new NewDate();
        asked.setAt(issue.getPlannedRelease().atZone(zone).toLocalDateTime());
        binder.setBean(asked);
        FieldRefusals refusals = new FieldRefusals().on(CadenceService.FIELD_MOVE_TO, at);
        open("Move issue " + issue.getNumber() + "?", "It keeps its number; the deadlines the cadence gave its writers move with it.",
                at, "Move issue " + issue.getNumber(), dialog -> {
                    if (binder.validate().isOk() && refusals.attemptRun(() -> cadence.move(issue.getId(), asked.getAt()))) {
                        dialog.close();
                        Toast.show("Issue " + issue.getNumber() + " now comes out on "
                                + Formats.zoned(asked.getAt().atZone(zone).toInstant(), zone) + ". Its writers have been told.");
                        refresh.run();
                    }
                });
    }

    void rename(CalendarWeek week) {
        Issue issue = week.issue();
        TextField title = new TextField("Title");
        title.setId("issue-name");
        title.setMaxLength(Issue.TITLE_MAX);
        title.setWidthFull();
        var binder = Forms.binder(IssueName.class);
        binder.forField(title).bind("title");
        IssueName asked = new IssueName();
        asked.setTitle(issue.getTitle());
        binder.setBean(asked);
        FieldRefusals refusals = new FieldRefusals().on(IssueService.FIELD_TITLE, title);
        open("Name issue " + issue.getNumber(), "The title readers see on the archive and in their mail.", title,
                "Save the name", dialog -> {
                    if (binder.validate().isOk() && refusals.attemptRun(() -> issues.rename(issue.getId(), asked.getTitle()))) {
                        dialog.close();
                        Toast.show("Issue " + issue.getNumber() + " is now called \"" + asked.getTitle().strip() + "\".");
                        refresh.run();
                    }
                });
    }

    private static void open(String header, String text, com.vaadin.flow.component.Component field, String act,
                             java.util.function.Consumer<Dialog> onAct) {
        Dialog dialog = new Dialog();
        dialog.setId("week-dialog");
        dialog.setHeaderTitle(header);
        dialog.add(new com.vaadin.flow.component.html.Paragraph(text), field);
        dialog.setWidth("min(28em, 95vw)");
        Button confirm = new Button(act, e -> onAct.accept(dialog));
        confirm.setId("week-dialog-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
