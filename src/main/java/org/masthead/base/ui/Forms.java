package org.masthead.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * How a desk form binds its fields: through Bean Validation on a small bean of what the form asks,
 * so that each message shows on its field, and every field the bean requires is marked required
 * (Vaadin's default marks {@code @NotNull}, {@code @NotEmpty} and {@code @Size(min > 0)}; a name
 * made of spaces is no name either, so {@code @NotBlank} too).
 */
public final class Forms {

    private Forms() {
    }

    private static final RequiredFieldConfigurator REQUIRED = RequiredFieldConfigurator.DEFAULT
            .chain((annotation, binding) -> annotation instanceof NotBlank);

    public static <T> BeanValidationBinder<T> binder(Class<T> form) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(form);
        binder.setRequiredConfigurator((annotation, binding) -> marksRequiredAccessibly(binding.getField())
                && REQUIRED.test(annotation, binding));
        return binder;
    }

    /**
     * Whether Vaadin's required mark on this field is one assistive technology may read. A checkbox
     * group (role=group), a select (its value button, role=button) and a date-time picker (its host,
     * no role) get aria-required where their role does not allow it (axe: aria-allowed-attr,
     * critical), so they are left unmarked; the message on the field still says what is missing.
     */
    static boolean marksRequiredAccessibly(HasValue<?, ?> field) {
        return !(field instanceof CheckboxGroup || field instanceof Select || field instanceof DateTimePicker);
    }
}
