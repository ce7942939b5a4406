package org.masthead.section.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.masthead.base.ui.FieldRefusals;
import org.masthead.base.ui.Forms;
import org.masthead.base.ui.Toast;
import org.masthead.issue.Cadence;
import org.masthead.issue.CadenceService;
import org.masthead.issue.Publication;
import org.masthead.issue.TemplateSlot;
import org.masthead.user.User;
import org.masthead.user.UserService;

/**
 * The rhythm, for editors and publishers: weekday and time of release, the two deadlines and how
 * early the next issue is made, then each template slot's default writer and whether it carries
 * over. What is wrong shows on its field; a slot's change is saved as it is made.
 */
class CadenceForm extends VerticalLayout {

    private static final String DAYS = "Days from 0 to " + Cadence.DAYS_MAX + ".";

    /** What the form asks; the service refuses the order of the week with sentences on the same fields. */
    public static class Rhythm {
        @NotNull(message = "Pick the weekday the issue comes out.")
        private DayOfWeek weekday;
        @NotNull(message = "Set the time of the release.")
        private LocalTime releaseTime;
        @NotNull(message = DAYS) @Min(value = 0, message = DAYS) @Max(value = Cadence.DAYS_MAX, message = DAYS)
        private Integer writersDaysBefore;
        @NotNull(message = "Set the time of the writers' deadline.")
        private LocalTime writersTime;
        @NotNull(message = DAYS) @Min(value = 0, message = DAYS) @Max(value = Cadence.DAYS_MAX, message = DAYS)
        private Integer editingDaysBefore;
        @NotNull(message = "Set the time of the editing deadline.")
        private LocalTime editingTime;
        @NotNull(message = "Days from 1 to " + Cadence.DAYS_MAX + ".")
        @Min(value = 1, message = "Days from 1 to " + Cadence.DAYS_MAX + ".")
        @Max(value = Cadence.DAYS_MAX, message = "Days from 1 to " + Cadence.DAYS_MAX + ".")
        private Integer createDaysBefore;

        public DayOfWeek getWeekday() { return weekday; }
        public void setWeekday(DayOfWeek weekday) { this.weekday = weekday; }
        public LocalTime getReleaseTime() { return releaseTime; }
        public void setReleaseTime(LocalTime releaseTime) { this.releaseTime = releaseTime; }
        public Integer getWritersDaysBefore() { return writersDaysBefore; }
        public void setWritersDaysBefore(Integer days) { this.writersDaysBefore = days; }
        public LocalTime getWritersTime() { return writersTime; }
        public void setWritersTime(LocalTime writersTime) { this.writersTime = writersTime; }
        public Integer getEditingDaysBefore() { return editingDaysBefore; }
        public void setEditingDaysBefore(Integer days) { this.editingDaysBefore = days; }
        public LocalTime getEditingTime() { return editingTime; }
        public void setEditingTime(LocalTime editingTime) { this.editingTime = editingTime; }
        public Integer getCreateDaysBefore() { return createDaysBefore; }
        public void setCreateDaysBefore(Integer days) { this.createDaysBefore = days; }

        Cadence toCadence() {
            return new Cadence(weekday, releaseTime, writersDaysBefore, writersTime, editingDaysBefore, editingTime,
                    createDaysBefore);
        }
    }

    private final CadenceService cadence;
    private final UserService users;
    private final BeanValidationBinder<Rhythm> binder = Forms.binder(Rhythm.class);
    private final Div slots = new Div();

    CadenceForm(CadenceService cadence, UserService users, Runnable refresh) {
        this.cadence = cadence;
        this.users = users;
        setPadding(false);
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setLabel("Release day");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        weekday.setId("cadence-weekday");
        TimePicker releaseTime = time("Release time", "cadence-release-time");
        IntegerField writersDays = days("Writers' deadline: days before", "cadence-writers-days");
        TimePicker writersTime = time("Writers' deadline: time", "cadence-writers-time");
        IntegerField editingDays = days("Editing deadline: days before", "cadence-editing-days");
        TimePicker editingTime = time("Editing deadline: time", "cadence-editing-time");
        IntegerField createDays = days("Next issue made: days before", "cadence-create-days");
        binder.forField(weekday).bind("weekday");
        binder.forField(releaseTime).bind("releaseTime");
        binder.forField(writersDays).bind("writersDaysBefore");
        binder.forField(writersTime).bind("writersTime");
        binder.forField(editingDays).bind("editingDaysBefore");
        binder.forField(editingTime).bind("editingTime");
        binder.forField(createDays).bind("createDaysBefore");
        FieldRefusals refusals = new FieldRefusals().on(Cadence.FIELD_WEEKDAY, weekday)
                .on(Cadence.FIELD_RELEASE_TIME, releaseTime).on(Cadence.FIELD_WRITERS, writersDays)
                .on(Cadence.FIELD_EDITING, editingDays).on(Cadence.FIELD_CREATE, createDays);
        FormLayout layout = new FormLayout(weekday, releaseTime, writersDays, writersTime, editingDays, editingTime, createDays);
        layout.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
        Button save = new Button("Save the rhythm", e -> {
            if (binder.validate().isOk() && refusals.attemptRun(() -> cadence.setCadence(binder.getBean().toCadence()))) {
                Toast.show("The rhythm is saved. Each week's issue is now made by itself, "
                        + binder.getBean().getCreateDaysBefore() + " days before its release.");
                refresh.run();
            }
        });
        save.setId("save-cadence");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        slots.setId("template-slots");
        slots.addClassName("template-slots");
        add(layout, save, new H3("Template slots"), slots);
    }

    /** Fills the form from the publication as it is now. */
    void show(Publication publication) {
        Rhythm rhythm = new Rhythm();
        publication.getCadence().ifPresentOrElse(c -> {
            rhythm.setWeekday(c.getWeekday());
            rhythm.setReleaseTime(c.getReleaseTime());
            rhythm.setWritersDaysBefore(c.getWritersDaysBefore());
            rhythm.setWritersTime(c.getWritersTime());
            rhythm.setEditingDaysBefore(c.getEditingDaysBefore());
            rhythm.setEditingTime(c.getEditingTime());
            rhythm.setCreateDaysBefore(c.getCreateDaysBefore());
        }, () -> {
            // A start a weekly briefing would pick: Thursday morning, texts two days before.
            rhythm.setWeekday(DayOfWeek.THURSDAY);
            rhythm.setReleaseTime(LocalTime.of(9, 0));
            rhythm.setWritersDaysBefore(2);
            rhythm.setWritersTime(LocalTime.of(17, 0));
            rhythm.setEditingDaysBefore(1);
            rhythm.setEditingTime(LocalTime.of(12, 0));
            rhythm.setCreateDaysBefore(6);
        });
        binder.setBean(rhythm);
        List<User> writers = users.writers();
        slots.removeAll();
        publication.getSlots().forEach(slot -> slots.add(slotLine(slot, writers)));
    }

    private Div slotLine(TemplateSlot slot, List<User> writers) {
        Span heading = new Span(slot.getHeading());
        heading.addClassName("slot-heading");
        ComboBox<User> writer = new ComboBox<>("Default writer");
        writer.setItems(writers);
        writer.setItemLabelGenerator(User::getDisplayName);
        writer.setClearButtonVisible(true);
        writer.setPlaceholder("None");
        writer.setWidth("15em");
        writer.setId("slot-writer-" + slot.getPosition());
        writers.stream().filter(u -> slot.getDefaultWriter() != null && u.getId().equals(slot.getDefaultWriter().getId()))
                .findFirst().ifPresent(writer::setValue);
        Checkbox carried = new Checkbox("Carried over", slot.isCarriedOver());
        carried.setId("slot-carried-" + slot.getPosition());
        carried.setTooltipText("A new issue starts from this slot's last approved text");
        Runnable save = () -> {
            cadence.setSlotDefaults(slot.getId(), writer.getValue() == null ? null : writer.getValue().getId(), carried.getValue());
            Toast.show("\"" + slot.getHeading() + "\": " + (writer.getValue() == null ? "no default writer"
                    : writer.getValue().getDisplayName() + " writes it") + (carried.getValue()
                    ? ", and it starts from its last approved text." : ", and it starts empty."));
        };
        writer.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        carried.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save.run();
            }
        });
        Div line = new Div(heading, writer, carried);
        line.addClassName("slot-line");
        return line;
    }

    private static TimePicker time(String label, String id) {
        TimePicker picker = new TimePicker(label);
        picker.setStep(Duration.ofMinutes(15));
        picker.setId(id);
        picker.setLocale(Locale.UK);
        return picker;
    }

    private static IntegerField days(String label, String id) {
        IntegerField field = new IntegerField(label);
        // No min or max on the field itself: its own check would answer first, without a message;
        // the form's Bean Validation says the range in a sentence.
        field.setStepButtonsVisible(true);
        field.setId(id);
        return field;
    }
}
