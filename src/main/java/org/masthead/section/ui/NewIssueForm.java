package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.base.ui.Forms;
import org.masthead.base.ui.Toast;
import org.masthead.issue.Issue;
import org.masthead.issue.IssueService;

/**
 * The editors' and publishers' form for a new issue: a title and the planned release (next
 * Friday, 09:00 on the publication's clock, to start from). What is missing shows on its field.
 */
class NewIssueForm extends HorizontalLayout {

    /** What the form asks for; the service refuses the same, with the same sentences. */
    public static class NewIssue {
        @NotBlank(message = IssueService.TITLE_MISSING)
        @Size(max = Issue.TITLE_MAX, message = IssueService.TITLE_TOO_LONG)
        private String title = "";
        @NotNull(message = IssueService.PLANNED_RELEASE_MISSING)
        private LocalDateTime plannedRelease;

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDateTime getPlannedRelease() { return plannedRelease; }
        public void setPlannedRelease(LocalDateTime plannedRelease) { this.plannedRelease = plannedRelease; }
    }

    NewIssueForm(IssueService issues, ZoneId zone, Clock clock) {
        TextField title = new TextField("Title of the new issue");
        title.setId("new-issue-title");
        title.setMaxLength(Issue.TITLE_MAX);
        title.setWidth("24em");
        DateTimePicker release = new DateTimePicker("Planned release (" + zone.getId() + " time)");
        release.setId("new-issue-release");
        BeanValidationBinder<NewIssue> binder = Forms.binder(NewIssue.class);
        binder.forField(title).bind("title");
        binder.forField(release).bind("plannedRelease");
        NewIssue asked = new NewIssue();
        asked.setPlannedRelease(LocalDateTime.of(
                LocalDate.now(clock.withZone(zone)).with(TemporalAdjusters.next(DayOfWeek.FRIDAY)), LocalTime.of(9, 0)));
        binder.setBean(asked);
        FieldRefusals refusals = new FieldRefusals().on(IssueService.FIELD_TITLE, title)
                .on(IssueService.FIELD_PLANNED_RELEASE, release);
        Button create = new Button("Create issue");
        create.addClickListener(e -> {
            if (binder.validate().isOk()) {
                refusals.attempt(() -> issues.create(asked.getTitle(), asked.getPlannedRelease())).ifPresent(issue -> {
                    getUI().ifPresent(ui -> ui.navigate(IssueBoardView.class, issue.getId()));
                    Toast.show("Issue " + issue.getNumber() + " created with a section for every template slot.");
                });
            }
        });
        binder.addStatusChangeListener(e -> create.setEnabled(binder.isValid()));
        create.setId("create-issue");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, release, create);
        setAlignItems(FlexComponent.Alignment.BASELINE);
    }
}
