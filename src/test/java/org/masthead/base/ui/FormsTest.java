package org.masthead.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FormsTest {

    /** A form that requires one of each kind of field. */
    public static class Everything {
        @NotBlank(message = "Give a name.")
        private String name = "";
        @NotNull(message = "Pick a day.")
        private DayOfWeek day;
        @NotEmpty(message = "Pick one at least.")
        private Set<String> tags = Set.of();
        @NotNull(message = "Pick a time.")
        private LocalDateTime at;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DayOfWeek getDay() { return day; }
        public void setDay(DayOfWeek day) { this.day = day; }
        public Set<String> getTags() { return tags; }
        public void setTags(Set<String> tags) { this.tags = tags; }
        public LocalDateTime getAt() { return at; }
        public void setAt(LocalDateTime at) { this.at = at; }
    }

    @Test
    void a_required_text_field_is_marked_but_fields_whose_mark_breaks_aria_are_not_and_still_say_what_is_missing() {
        TextField name = new TextField();
        Select<DayOfWeek> day = new Select<>();
        day.setItems(DayOfWeek.values());
        CheckboxGroup<String> tags = new CheckboxGroup<>();
        tags.setItems("a", "b");
        DateTimePicker at = new DateTimePicker();
        BeanValidationBinder<Everything> binder = Forms.binder(Everything.class);
        binder.forField(name).bind("name");
        binder.forField(day).bind("day");
        binder.forField(tags).bind("tags");
        binder.forField(at).bind("at");
        binder.setBean(new Everything());

        assertThat(name.isRequiredIndicatorVisible()).as("a name made of nothing is no name").isTrue();
        assertThat(day.isRequiredIndicatorVisible()).isFalse();
        assertThat(tags.isRequiredIndicatorVisible()).isFalse();
        assertThat(at.isRequiredIndicatorVisible()).isFalse();
        assertThat(binder.validate().getFieldValidationErrors()).extracting(error -> error.getMessage().orElse(""))
                .containsExactlyInAnyOrder("Give a name.", "Pick a day.", "Pick one at least.", "Pick a time.");
    }
}
